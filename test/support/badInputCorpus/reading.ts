/**
 * Reading a file of the bad-input corpus (test/fixtures/bad-inputs/) the way the app does, against the demo plan
 * stored in a fresh database, and the two tests every file of the corpus gets: what the user is told, and that
 * reading writes nothing. Each test file calls `afterEach(closeDemoDatabases)`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import { DEMO_PLAN_ID, makeDemoPlan } from '../../../src/domain/demoPlan';
import type { IndicatorId } from '../../../src/domain/ids';
import type { Plan } from '../../../src/domain/plan';
import { formatRate, type Rate } from '../../../src/domain/rate';
import { readCsvImport, type CsvPreview } from '../../../src/io/csvImport';
import { csvPreviewToCommand, withNewUnitsChoice } from '../../../src/io/csvApply';
import { sniffFileKind } from '../../../src/io/fileKind';
import { restorePlanFile } from '../../../src/io/restorePlanFile';
import { restoreAssignmentFile } from '../../../src/io/assignmentFile';
import { restoreBackupFile } from '../../../src/io/backupFile';
import { existingIds } from '../../../src/state/backup';
import { decodeText } from '../../../src/io/csvDecode';
import { readJsonFile } from '../../../src/io/jsonImport';
import type { PlanRepository } from '../../../src/storage/planRepository';
import { csvProblemMessage, fileProblemMessage } from '../../../src/ui/i18n/fileProblemText';
import { demoBeforeResults } from '../fixturePlans';
import { NOW } from '../builders';
import { demoRepository as demoRepositoryIn, snapshot } from '../demoStorage';
import type { Case, Outcome } from './outcomes';
import { tFiles } from '../../../src/ui/i18n/filesText';

export const DIR = new URL('../../fixtures/bad-inputs/', import.meta.url);
export const bytesOf = (file: string) => new Uint8Array(readFileSync(new URL(file, DIR)));

const pct = (rate: Rate | null | undefined) => (rate === undefined || rate === null ? '∅' : formatRate(rate, 'vi'));
const volumeText = (v: number | null) => (v === null ? '∅' : String(v));

/** One line per changed field: `21952 target.online_dossiers: 64 → 64,5`, or `+code: name=…; type=…; volume=…` for a new unit. */
function describeChanges(plan: Plan, p: CsvPreview): string[] {
  const ids = plan.indicators.map((i) => i.id);
  const lines: string[] = [];
  for (const { before, after } of p.updates) {
    if (before.name !== after.name) lines.push(`${after.code} name: ${before.name} → ${after.name}`);
    if (before.type !== after.type) lines.push(`${after.code} type: ${before.type} → ${after.type}`);
    if (before.volume !== after.volume) lines.push(`${after.code} volume: ${volumeText(before.volume)} → ${volumeText(after.volume)}`);
    for (const field of ['baseline', 'target'] as const) {
      for (const id of ids) {
        if (before[field][id] !== after[field][id]) lines.push(`${after.code} ${field}.${id}: ${pct(before[field][id])} → ${pct(after[field][id])}`);
      }
    }
  }
  for (const { after: u } of p.adds) {
    const rates = (['baseline', 'target'] as const).flatMap((field) =>
      (Object.keys(u[field]) as IndicatorId[]).map((id) => `; ${field}.${id}=${pct(u[field][id])}`));
    lines.push(`+${u.code}: name=${u.name}; type=${u.type}; volume=${volumeText(u.volume)}${rates.join('')}`);
  }
  return lines;
}

const demoContent = (p: Plan) => ({ ...p, revision: 0 });

export const demoRepository = () => demoRepositoryIn('bad-inputs');

interface Reading {
  outcome: Outcome;
  /** The CSV preview, when there is one, to check what applying it would do. */
  preview?: CsvPreview;
}

/** The app's reading path: sniff the kind, then the CSV check or the plan-file restore (as state/fileImport.ts does). */
export async function read(file: string, repo: PlanRepository): Promise<Reading> {
  const bytes = bytesOf(file);
  if (file.endsWith('.xlsx')) {
    // Loaded as the app loads it, on demand.
    const { readWorkbook } = await import('../../../src/io/xlsx');
    const workbook = await readWorkbook(bytes, file);
    return { outcome: workbook.ok ? { kind: 'xlsx', read: workbook.sheets } : { kind: 'xlsx', refused: workbook.problem } };
  }
  const open = (await repo.loadPlan(DEMO_PLAN_ID))!;
  if (sniffFileKind(bytes, file) === 'csv') {
    const result = readCsvImport(bytes, { units: open.units, indicators: open.indicators });
    if (!result.ok) return { outcome: { kind: 'csv', refused: csvProblemMessage(result.problem) } };
    const raw = result.preview;
    // As the preview first shows it: new units only by the user's explicit choice (ImportDialog's default).
    const p = withNewUnitsChoice(raw, false);
    const chosen = withNewUnitsChoice(raw, true);
    return {
      preview: raw,
      outcome: { kind: 'csv', preview: {
        encoding: p.encoding, confident: p.confident, delimiter: p.delimiter, kind: p.kind,
        adds: p.adds.length, updates: p.updates.length, unchanged: p.unchanged,
        problems: p.problems.map(csvProblemMessage),
        ignored: p.ignoredColumns.length > 0 ? tFiles('importIgnored', { columns: p.ignoredColumns.map((c) => `«${c.header}»`).join(', ') }) : null,
        skippedRows: p.skippedRows, changes: describeChanges(open, p),
        newUnits: chosen === p ? null : { adds: chosen.adds.length, problems: chosen.problems.map(csvProblemMessage), changes: describeChanges(open, chosen).filter((line) => line.startsWith('+')) },
      } },
    };
  }
  // The plan-file path of the app itself (the import button and drag-and-drop): what its worker runs, and the
  // stored plan of the same id looked up (as state/fileImport.ts does).
  const json = readJsonFile(bytes, file);
  const decoded = decodeText(bytes);
  const text = decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes);
  if (json.kind === 'assignment' || json.kind === 'backup') {
    // …exactly the assignment or backup restore over the decoded text; a backup also looks up which of its plans are here.
    if (json.kind === 'assignment') expect(json.restored).toEqual(restoreAssignmentFile(text, file));
    else expect(json.restored).toEqual(restoreBackupFile(text, file));
    if (!json.restored.ok) return { outcome: { kind: json.kind, refused: json.restored.problems.map(fileProblemMessage) } };
    if (json.kind === 'assignment') return { outcome: { kind: 'assignment', restored: { districts: json.restored.value.assignment.districts.map((d) => d.code) } } };
    await existingIds(repo, json.restored.value.plans);
    return { outcome: { kind: 'backup', restored: { plans: json.restored.value.plans.map((p) => p.id) } } };
  }
  const reading = { ...json, existing: json.restored.ok ? await repo.getPlanRecord(json.restored.value.plan.id) : undefined };
  // …and it is exactly restorePlanFile over the bytes as decoded for any file from outside.
  expect(reading.restored).toEqual(restorePlanFile(text, file));
  const restored = reading.restored;
  if (!restored.ok) return { outcome: { kind: 'planFile', refused: restored.problems.map(fileProblemMessage) } };
  const { plan, exportedBy, formatVersion } = restored.value;
  return {
    outcome: { kind: 'planFile', restored: {
      name: plan.name, period: plan.period, units: plan.units.length, exportedBy, formatVersion,
      // The corpus's plan files hold the demo as it was before monthly results.
      sameAsDemo: JSON.stringify(demoContent(plan)) === JSON.stringify(demoContent(demoBeforeResults())),
      exists: reading.existing ? tFiles('importPlanExists', { name: reading.existing.name }) : null,
    } },
  };
}

export function emptyPreview(): CsvPreview {
  return { encoding: 'utf-8', confident: true, delimiter: ';', kind: 'values', rows: 0, adds: [], newUnitsNeedChoice: false, updates: [], unchanged: 0, problems: [], ignoredColumns: [], skippedRows: 0, repeatedHeaders: 0, zerosRestored: 0, fileSays: { titleLines: [], districts: [] } };
}

/** The two tests of one file of the corpus (a case marked `bug` states the correct behaviour and runs as `it.fails`). */
export function describeCase(c: Case) {
  describe(c.file, () => {
    (c.bug ? it.fails : it)(`tells the user what it must: ${c.story}`, async () => {
      const { repo } = await demoRepository();
      expect((await read(c.file, repo)).outcome).toEqual(c.expect);
    });

    it('is read without writing anything; applying nothing changes nothing', async () => {
      const { db, repo } = await demoRepository();
      const before = await snapshot(db, repo);
      const { preview: p } = await read(c.file, repo);

      // Reading never writes: the plan, the plan list and every table are as they were.
      const after = await snapshot(db, repo);
      expect(after).toEqual(before);
      expect(after.plan).toEqual(makeDemoPlan(NOW));

      // Applying nothing (Cancel, or a preview without changes) leaves the plan as it is, the very same object.
      const stored = after.plan!;
      const nothing = applyCommand(stored, csvPreviewToCommand({ ...(p ?? emptyPreview()), adds: [], updates: [] }, stored), NOW);
      expect(nothing.ok && nothing.plan).toBe(stored);
      // …and what the preview announces is exactly what Apply would change, no more, whether or not new units are chosen.
      for (const shown of p ? [withNewUnitsChoice(p, false), withNewUnitsChoice(p, true)] : []) {
        const applied = applyCommand(stored, csvPreviewToCommand(shown, stored), NOW);
        if (!applied.ok) throw new Error(`Apply would be refused: ${applied.reason}`);
        if (shown.adds.length + shown.updates.length === 0) expect(applied.plan).toBe(stored);
        else expect(applied.effect.changed.slice().sort()).toEqual([...shown.adds, ...shown.updates].map((u) => u.after.code).sort());
      }
      expect(await snapshot(db, repo)).toEqual(before);
    });
  });
}
