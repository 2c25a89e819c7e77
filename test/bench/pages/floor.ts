/**
 * The benchmark's harness page, served from the app's origin so that it shares the app's IndexedDB:
 * - it makes the data (plans stored through the app's own repository, the CSV and plan files to import);
 * - it runs the floor of the import and export steps: the same library calls (PapaParse, Zod, Dexie)
 *   with nothing of the app around them.
 * The runner (test/bench/run.mjs) drives it through `window.harness`.
 */
import type { GridApi } from 'ag-grid-community';
import Papa from 'papaparse';
import { z } from 'zod';
import { PlannerDatabase } from '../../../src/storage/database';
import { PlanRepository } from '../../../src/storage/planRepository';
import { serializePlanCsv } from '../../../src/io/csvExport';
import { serializePlanFile } from '../../../src/io/serializePlanFile';
import { csvHeaders } from '../../../src/ui/files/exportPlan';
import { BENCH_MONTHS, benchFilePlanId, FLOOR_FIELDS, floorRows, makeBenchPlan, makeMonitoringPlan, monthResultsCsv, withChangedTargets, type FloorRow } from './benchData';
import { FloorDatabase } from './floorDb';
import { DATA_ROW, showFloorGrid } from './floorGrid';

interface Timed { ms: number; longest: number; count: number }

/** Milliseconds since `t0`, and the longest main-thread task seen since then. */
function timed(t0: number, count: number): Timed {
  const now = performance.now();
  return { ms: now - t0, longest: window.__bench.longestTaskBetween(t0, now), count };
}

const floorDb = new FloorDatabase();
/** The follow-up is measured up to all the communes of Vietnam (10,598), not on the 100,000-unit stress plan. */
const MONITORING_MAX = 20_000;

/** Stores the plan through the app's repository and, unless `appOnly`, the same rows in the floor's table. */
async function seed(size: number, appOnly = false): Promise<{ units: number }> {
  const plan = makeBenchPlan(size);
  const db = new PlannerDatabase();
  await new PlanRepository(db).savePlan(plan);
  // The follow-up's plan: the same units with five months of results (measured up to a province's size).
  if (size <= MONITORING_MAX) await new PlanRepository(db).savePlan(makeMonitoringPlan(size));
  db.close();
  if (appOnly) return { units: plan.units.length };
  await floorDb.rows.clear();
  await floorDb.rows.bulkPut(floorRows(plan) as (FloorRow & { code: string })[]);
  return { units: plan.units.length };
}

/** The files a district sends back: its plan as a CSV with every target changed, and as a plan file. */
function files(size: number): { csv: string; planFile: string; changedCode: string; results: string } {
  const plan = makeBenchPlan(size);
  const changed = withChangedTargets(plan);
  const csv = serializePlanCsv(changed, [], csvHeaders(changed), 'excel-vn');
  const planFile = serializePlanFile({ ...plan, id: benchFilePlanId(size), name: `${plan.name} (tệp)` }, { appVersion: __APP_VERSION__, exportedAt: '2026-11-02T00:00:00.000Z' });
  return { csv, planFile, changedCode: String(plan.units[0]?.code), results: size <= MONITORING_MAX ? monthResultsCsv(makeMonitoringPlan(size), BENCH_MONTHS[5]) : '' };
}

// ---- floor of the CSV import: PapaParse parse + Zod safeParse + Dexie bulkPut --------------------------
const decimal = z.string().regex(/^-?\d*(,\d+)?$/).transform((v) => (v === '' ? null : Number(v.replace(',', '.'))));

/** The rows of an appendix CSV: PapaParse + Zod (a row that does not pass is left out). */
function csvRows(text: string): (FloorRow & { code: string })[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  // Columns in the appendix's order: STT, code, name, type, volume, then two rates per indicator.
  const shape: Record<string, z.ZodType> = {};
  fields.forEach((f, i) => { shape[f] = i === 1 ? z.string().min(1) : i < 4 ? z.string() : decimal; });
  const schema = z.object(shape);
  const names = [undefined, ...FLOOR_FIELDS]; // STT is not stored
  const rows: (FloorRow & { code: string })[] = [];
  for (const raw of parsed.data) {
    const checked = schema.safeParse(raw);
    if (!checked.success) continue;
    const row: FloorRow & { code: string } = { code: '' };
    fields.forEach((f, i) => {
      const name = names[i];
      if (name) row[name] = checked.data[f] as string | number | null;
    });
    rows.push(row);
  }
  return rows;
}

async function importCsv(file: File): Promise<number> {
  const rows = csvRows(await file.text());
  await floorDb.rows.bulkPut(rows);
  return rows.length;
}

// ---- floor of the plan-file import: JSON.parse + Zod safeParse + Dexie bulkPut ------------------------
const unitSchema = z.object({
  code: z.string().min(1), name: z.string(), type: z.string(), volume: z.number().nullable(),
  baseline: z.record(z.string(), z.number()), target: z.record(z.string(), z.number()),
});
const planFileSchema = z.object({ plan: z.object({ units: z.array(unitSchema) }) });

/** The rows of a plan file: JSON.parse + Zod. */
function planFileRows(text: string): (FloorRow & { code: string })[] {
  const checked = planFileSchema.safeParse(JSON.parse(text));
  if (!checked.success) throw new Error(z.prettifyError(checked.error));
  return checked.data.plan.units.map((u) => {
    const row: FloorRow & { code: string } = { code: u.code, name: u.name, type: u.type, volume: u.volume };
    for (const [id, v] of Object.entries(u.baseline)) row[`b_${id}`] = v;
    for (const [id, v] of Object.entries(u.target)) row[`t_${id}`] = v;
    return row;
  });
}

async function importPlanFile(file: File): Promise<number> {
  const rows = planFileRows(await file.text());
  await floorDb.rows.bulkPut(rows);
  return rows.length;
}

// ---- the same imports as a user sees them: the file read, a preview painted, then stored and shown in a bare grid --
// The app's lines (3. and 4.) time a preview dialog painted, then Apply until the grid shows the file and storage
// holds it; the floor does the same work with nothing of the app around it: a bare <dialog> saying what the file
// holds, then a transaction into a bare grid of the open table (CSV) or a bare grid made for the file's rows
// (plan file, the grid in view destroyed first as the app's page changes), stored meanwhile.
const gridHost = document.getElementById('floor-grid') as HTMLDivElement;
const previewDialog = document.getElementById('floor-preview') as HTMLDialogElement;
let grid: GridApi<FloorRow> | undefined;

/** The floor's grid showing its stored table, as the plan is on screen when the app imports a CSV into it (not timed). */
async function showStoredTable(): Promise<void> {
  grid?.destroy();
  grid = showFloorGrid(gridHost, await floorDb.rows.toArray());
  await window.__bench.untilPainted(() => gridHost.querySelector(DATA_ROW) !== null, performance.now());
}

/** A bare preview of what the file holds, painted, then closed. */
async function previewPainted(rows: number, t0: number): Promise<void> {
  previewDialog.textContent = `${rows} dòng`;
  previewDialog.show();
  await window.__bench.untilPainted(() => previewDialog.open, t0);
  previewDialog.close();
}

async function importCsvShown(file: File, t0: number): Promise<number> {
  const rows = csvRows(await file.text());
  await previewPainted(rows.length, t0);
  const stored = floorDb.rows.bulkPut(rows);
  grid?.applyTransaction({ update: rows });
  await Promise.all([window.__bench.untilPainted(() => true, t0), stored]);
  return rows.length;
}

async function importPlanFileShown(file: File, t0: number): Promise<number> {
  const rows = planFileRows(await file.text());
  await previewPainted(rows.length, t0);
  grid?.destroy();
  const stored = floorDb.rows.bulkPut(rows);
  grid = showFloorGrid(gridHost, rows);
  await Promise.all([window.__bench.untilPainted(() => gridHost.querySelector(DATA_ROW) !== null, t0), stored]);
  return rows.length;
}

/** Runs an import when the runner puts a file into one of the page's inputs; the result waits in `last`. */
let last: Promise<Timed> | undefined;
function onFile(id: string, read: (file: File, t0: number) => Promise<number>) {
  document.getElementById(id)?.addEventListener('change', (e) => {
    // From the event's time stamp, as the probe times the app's imports.
    const now = performance.now();
    const t0 = e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now;
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) last = read(file, t0).then((count) => timed(t0, count));
  });
}
onFile('floor-csv', importCsv);
onFile('floor-plan-file', importPlanFile);
onFile('floor-csv-shown', importCsvShown);
onFile('floor-plan-file-shown', importPlanFileShown);

// ---- floor of the exports: PapaParse unparse / JSON.stringify, handed to the browser as a Blob URL --------
async function exportFloor(kind: 'csv' | 'planFile'): Promise<Timed> {
  const rows = await floorDb.rows.toArray();
  const fields = FLOOR_FIELDS;
  const t0 = performance.now();
  const text = kind === 'csv'
    ? `\uFEFF${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { delimiter: ';', newline: '\r\n' })}\r\n`
    : `${JSON.stringify({ units: rows }, null, 1)}\n`;
  URL.revokeObjectURL(URL.createObjectURL(new Blob([text], { type: 'text/plain' })));
  return timed(t0, rows.length);
}

const harness = { seed, files, exportFloor, showStoredTable, lastImport: () => last };
declare global {
  interface Window { harness: typeof harness }
}
window.harness = harness;
