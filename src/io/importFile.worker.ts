/// <reference lib="webworker" />
import type { Indicator } from '../domain/indicators';
import type { Unit } from '../domain/plan';
import type { CsvEncoding } from './csvDecode';
import { readCsvImport, type CsvPreview, type CsvProblem, type CsvRead } from './csvImport';
import type { UnitPatch } from '../domain/unitPatch';
import { readJsonFile, type JsonReading } from './jsonImport';

/**
 * Reads an imported file off the main thread (PapaParse's own `worker: true` does not work with Vite 8),
 * so even 100,000 rows never freeze the page: a CSV checked against the plan, or a JSON file (plan file,
 * assignment, backup) parsed and checked with Zod. It reports progress as it goes.
 *
 * Large lists cross between the threads in parts of `PART` items, each a message of its own: a message is
 * copied in and out in one piece on the receiving thread, and a large plan's units in one message kept the
 * page busy for many frames. The plan's units come in parts before a CSV request; the preview's lists and a
 * plan file's units go back in parts before the result they belong to.
 */
export const PART = 2000;

export type ImportWorkerRequest =
  /** Units of the plan the next CSV is checked against, in order (several messages). */
  | { type: 'units'; units: Unit[] }
  | { type: 'csv'; bytes: ArrayBuffer; indicators: Indicator[]; encoding?: CsvEncoding }
  | { type: 'json'; bytes: ArrayBuffer; file: string };

/** An update of the preview, its `before` given as the unit's position in the units sent (the page has them). */
export interface UpdatePart { index: number; after: Unit; patch: UnitPatch; line: number }

export type ImportWorkerPart =
  | { type: 'part'; list: 'adds'; items: CsvPreview['adds'] }
  | { type: 'part'; list: 'updates'; items: UpdatePart[] }
  | { type: 'part'; list: 'problems'; items: CsvProblem[] }
  /** Units of the plan file, or of the `plan`-th plan of a backup. */
  | { type: 'part'; list: 'units'; plan: number; items: Unit[] };

export type ImportWorkerReply =
  | { type: 'progress'; done: number }
  | ImportWorkerPart
  /** The result, its large lists emptied (they came before, in parts). */
  | { type: 'csv'; read: CsvRead }
  | { type: 'json'; reading: JsonReading }
  | { type: 'failed'; message: string };

const post = (reply: ImportWorkerReply) => self.postMessage(reply);

function inParts<T>(items: readonly T[], send: (part: T[]) => void) {
  for (let i = 0; i < items.length; i += PART) send(items.slice(i, i + PART));
}

let units: Unit[] = [];

function readCsv(request: Extract<ImportWorkerRequest, { type: 'csv' }>) {
  const context = { units, indicators: request.indicators };
  units = [];
  const read = readCsvImport(new Uint8Array(request.bytes), context, request.encoding, (done) => post({ type: 'progress', done }));
  if (!read.ok) return post({ type: 'csv', read });
  const { adds, updates, problems } = read.preview;
  const position = new Map(context.units.map((u, i) => [u, i]));
  inParts(adds, (items) => post({ type: 'part', list: 'adds', items }));
  inParts(updates.map(({ before, after, patch, line }) => ({ index: position.get(before) ?? -1, after, patch, line })), (items) => post({ type: 'part', list: 'updates', items }));
  inParts(problems, (items) => post({ type: 'part', list: 'problems', items }));
  post({ type: 'csv', read: { ok: true, preview: { ...read.preview, adds: [], updates: [], problems: [] } } });
}

function readJson(request: Extract<ImportWorkerRequest, { type: 'json' }>) {
  const reading = readJsonFile(new Uint8Array(request.bytes), request.file);
  post({ type: 'progress', done: 1 });
  if (reading.kind === 'planFile' && reading.restored.ok) {
    const { plan } = reading.restored.value;
    inParts(plan.units, (items) => post({ type: 'part', list: 'units', plan: 0, items }));
    return post({ type: 'json', reading: { ...reading, restored: { ...reading.restored, value: { ...reading.restored.value, plan: { ...plan, units: [] } } } } });
  }
  if (reading.kind === 'backup' && reading.restored.ok) {
    const { plans } = reading.restored.value;
    plans.forEach((plan, k) => inParts(plan.units, (items) => post({ type: 'part', list: 'units', plan: k, items })));
    return post({ type: 'json', reading: { ...reading, restored: { ...reading.restored, value: { ...reading.restored.value, plans: plans.map((p) => ({ ...p, units: [] })) } } } });
  }
  post({ type: 'json', reading });
}

self.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'units') {
      for (const u of request.units) units.push(u);
      return;
    }
    if (request.type === 'csv') readCsv(request);
    else readJson(request);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
