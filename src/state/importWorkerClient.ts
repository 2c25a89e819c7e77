import type { CsvEncoding } from '../io/csvDecode';
import type { CsvImportContext, CsvPreview, CsvProblem, CsvRead } from '../io/csvImport';
import type { ImportWorkerReply, ImportWorkerRequest, UpdatePart } from '../io/importFile.worker';
import type { JsonReading } from '../io/jsonImport';
import type { Unit } from '../domain/plan';
import { yieldToBrowser } from './slices';

/** Units per message to the worker: each is copied in one piece on this thread, so a message must stay short work. */
const UNITS_PER_MESSAGE = 5000;

/**
 * Runs one request in the import worker (a module worker of its own, stopped afterwards); `onProgress` gets
 * 0…1. The bytes are handed over (transferred, not copied); aborting stops the worker at once. Large lists
 * come back in parts (see the worker), gathered here by `collect`.
 */
function runInWorker<T>(send: (worker: Worker) => Promise<void>, finish: (reply: ImportWorkerReply) => T | undefined,
  collect: (part: Extract<ImportWorkerReply, { type: 'part' }>) => void, onProgress: (done: number) => void, signal?: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../io/importFile.worker.ts', import.meta.url), { type: 'module' });
    const fail = (error: Error) => {
      worker.terminate();
      reject(error);
    };
    signal?.addEventListener('abort', () => fail(new DOMException('The file reading was cancelled', 'AbortError')), { once: true });
    worker.onmessage = (event: MessageEvent<ImportWorkerReply>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.done);
      if (message.type === 'part') {
        try {
          collect(message);
        } catch (e) {
          fail(e instanceof Error ? e : new Error(String(e)));
        }
        return;
      }
      if (message.type === 'failed') return fail(new Error(message.message));
      const result = finish(message);
      worker.terminate();
      if (result === undefined) reject(new Error(`Unexpected reply from the import worker: ${message.type}`));
      else resolve(result);
    };
    worker.onerror = (event) => fail(new Error(event.message || 'The import worker failed'));
    send(worker).catch((e: unknown) => fail(e instanceof Error ? e : new Error(String(e))));
  });
}

/** Checks a CSV against a plan in the worker and resolves with the preview. */
export function readCsvInWorker(bytes: ArrayBuffer, context: CsvImportContext, encoding: CsvEncoding | undefined,
  onProgress: (done: number) => void, signal?: AbortSignal): Promise<CsvRead> {
  const units = [...context.units];
  const adds: CsvPreview['adds'] = [];
  const updates: CsvPreview['updates'] = [];
  const problems: CsvProblem[] = [];
  const update = ({ index, after, patch, line }: UpdatePart): CsvPreview['updates'][number] => {
    const before = units[index];
    if (!before) throw new Error(`The import worker named no unit of the plan (${index}).`);
    return { before, after, patch, line };
  };
  return runInWorker<CsvRead>(async (worker) => {
    // The plan's units in parts, with a turn for the page between them; then the file.
    for (let i = 0; i < units.length; i += UNITS_PER_MESSAGE) {
      const request: ImportWorkerRequest = { type: 'units', units: units.slice(i, i + UNITS_PER_MESSAGE) };
      worker.postMessage(request);
      if (i + UNITS_PER_MESSAGE < units.length) await yieldToBrowser();
    }
    const request: ImportWorkerRequest = { type: 'csv', bytes, indicators: [...context.indicators], encoding };
    worker.postMessage(request, [bytes]);
  }, (reply) => {
    if (reply.type !== 'csv') return undefined;
    if (!reply.read.ok) return reply.read;
    return { ok: true, preview: { ...reply.read.preview, adds, updates, problems } };
  }, (part) => {
    if (part.list === 'adds') for (const item of part.items) adds.push(item);
    else if (part.list === 'updates') for (const item of part.items) updates.push(update(item));
    else if (part.list === 'problems') for (const item of part.items) problems.push(item);
  }, onProgress, signal);
}

/** Reads and checks a JSON file (plan file, assignment, backup) in the worker. */
export function readJsonInWorker(bytes: ArrayBuffer, file: string, onProgress: (done: number) => void, signal?: AbortSignal): Promise<JsonReading> {
  const units: Unit[][] = [];
  return runInWorker<JsonReading>(async (worker) => {
    const request: ImportWorkerRequest = { type: 'json', bytes, file };
    worker.postMessage(request, [bytes]);
  }, (reply) => {
    if (reply.type !== 'json') return undefined;
    const reading = reply.reading;
    if (reading.kind === 'planFile' && reading.restored.ok) {
      const value = reading.restored.value;
      return { ...reading, restored: { ...reading.restored, value: { ...value, plan: { ...value.plan, units: units[0] ?? [] } } } };
    }
    if (reading.kind === 'backup' && reading.restored.ok) {
      const value = reading.restored.value;
      return { ...reading, restored: { ...reading.restored, value: { ...value, plans: value.plans.map((p, k) => ({ ...p, units: units[k] ?? [] })) } } };
    }
    return reading;
  }, (part) => {
    if (part.list !== 'units') return;
    const list = (units[part.plan] ??= []);
    for (const item of part.items) list.push(item);
  }, onProgress, signal);
}
