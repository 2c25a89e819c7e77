/**
 * The one rule for impossible values (src/domain/valueRule.ts) and files: a plan reached by typing and importing
 * always travels through a plan file and a backup unchanged, and a file holding a value no path could produce is
 * refused, at its path.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeAssignment } from '../../src/domain/assignment';
import { applyCommand, type Command } from '../../src/domain/commands';
import { planId } from '../../src/domain/ids';
import type { Plan } from '../../src/domain/plan';
import { formatRate, PERCENT_100, VOLUME_LIMIT, type Locale, type Rate } from '../../src/domain/rate';
import { impossibleIndicatorValues, impossibleUnitValues } from '../../src/domain/valueRule';
import { restoreAssignmentFile, serializeAssignmentFile } from '../../src/io/assignmentFile';
import { restoreBackupFile, serializeBackupFile } from '../../src/io/backupFile';
import { readCsvImport } from '../../src/io/csvImport';
import { csvPreviewToCommand, withNewUnitsChoice } from '../../src/io/csvApply';
import { restorePlanFile } from '../../src/io/restorePlanFile';
import { serializePlanFile } from '../../src/io/serializePlanFile';
import { cellEditToCommand } from '../../src/state/cellCommands';
import { asFileText, assignmentPaths, planPaths, withValueAt, type FieldPath } from '../support/jsonPath';
import { demo, IDS, LATER, RATE_COLUMNS, typedText } from '../support/valueRuleInputs';

const CONTEXT = { appVersion: '0.1.0', exportedAt: '2023-12-01T08:00:00.000Z' };

// ---------------------------------------------------------------------------------------------------------
// What typing and importing can reach travels through files unchanged

const HEADER = ['Mã', 'Tên đơn vị', 'Loại', 'Số hồ sơ dự kiến', ...demo.indicators.flatMap((i) => [`${i.name.vi} - KQ 2023-H1`, `${i.name.vi} - Chỉ tiêu 2023-H2`])];
// Mostly empty cells and numbers as spreadsheets write them, so that many rows are taken whole; sometimes anything.
const cellText = (valid: fc.Arbitrary<string>) => fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 6, arbitrary: valid }, { weight: 1, arbitrary: typedText });
const rateText = fc.tuple(fc.integer({ min: 0, max: PERCENT_100 }), fc.constantFrom<Locale>('vi', 'en')).map(([r, l]) => formatRate(r as Rate, l));
const csvRow = fc.record({
  code: fc.oneof({ weight: 4, arbitrary: fc.nat(40).map((n) => ({ row: n })) },
    { weight: 1, arbitrary: fc.constantFrom('30001', '30002', ' 30003 ', '', 'min', '__proto__', '21.952', '021952', '3000\u00a04').map((c) => ({ text: c })) }),
  name: fc.oneof(fc.constant(''), fc.constantFrom('Xã Mới', '=SUM(A1)', "'=1+1", ' Phường  Một ', 'Đồng Xuân'), fc.string({ maxLength: 8 })),
  type: fc.oneof(fc.constant(''), fc.constantFrom('Xã', 'Phường', ' Thị trấn '), fc.string({ maxLength: 5 })),
  volume: cellText(fc.oneof(fc.nat(VOLUME_LIMIT).map(String), fc.nat(99_999).map((n) => n.toLocaleString('vi-VN')))),
  rates: fc.array(cellText(rateText), { minLength: 2 * IDS.length, maxLength: 2 * IDS.length }),
});
type CsvRow = typeof csvRow extends fc.Arbitrary<infer T> ? T : never;
type Step = { kind: 'type'; colId: string; row: number; text: string } | { kind: 'csv'; rows: CsvRow[]; addNew: boolean; delimiter: string };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), colId: fc.constantFrom('volume', 'name', 'type', ...RATE_COLUMNS), row: fc.nat(40), text: typedText }),
  fc.record({ kind: fc.constant('csv' as const), rows: fc.array(csvRow, { minLength: 1, maxLength: 6 }), addNew: fc.boolean(), delimiter: fc.constantFrom(';', ',', '\t') }),
);

/** Plays the steps from the demo plan, as the app would: typed text through the cell adapter, CSV files through the import preview. */
function play(steps: readonly Step[]): { plan: Plan; applied: number } {
  let plan = demo;
  let applied = 0;
  const take = (command: Command) => {
    const result = applyCommand(plan, command, LATER);
    if (result.ok && result.plan !== plan) {
      plan = result.plan;
      applied++;
    }
  };
  for (const s of steps) {
    if (s.kind === 'type') {
      if (plan.units.length === 0) continue;
      const edit = cellEditToCommand(s.colId, plan.units[s.row % plan.units.length]!.code, s.text);
      if (edit.ok) take(edit.command);
      continue;
    }
    // A code of a unit of the plan as it is now, or a code written as such.
    const codeOf = (c: CsvRow['code']) => ('row' in c ? plan.units[c.row % Math.max(1, plan.units.length)]?.code ?? '30009' : c.text);
    const rows = s.rows.map((r) => [codeOf(r.code), r.name, r.type, r.volume, ...r.rates]);
    const text = Papa.unparse([HEADER, ...rows], { delimiter: s.delimiter, newline: '\r\n' });
    const read = readCsvImport(new TextEncoder().encode(text), { units: plan.units, indicators: plan.indicators });
    if (read.ok) take(csvPreviewToCommand(withNewUnitsChoice(read.preview, s.addNew), plan));
  }
  return { plan, applied };
}

describe('any plan reachable by typing and importing', () => {
  it('holds only possible values, and comes back unchanged from a plan file and from a backup (property)', () => {
    let changed = 0;
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
      const { plan, applied } = play(steps);
      changed += applied;
      for (const u of plan.units) expect(impossibleUnitValues(u)).toEqual([]);
      for (const i of plan.indicators) expect(impossibleIndicatorValues(i)).toEqual([]);

      const fromFile = restorePlanFile(serializePlanFile(plan, CONTEXT), 'ke-hoach.dvctt.json');
      if (!fromFile.ok) throw new Error(JSON.stringify(fromFile.problems));
      expect({ ...fromFile.value.plan, revision: plan.revision }).toEqual(plan);

      const fromBackup = restoreBackupFile(serializeBackupFile([plan], CONTEXT), 'sao-luu.json');
      if (!fromBackup.ok) throw new Error(JSON.stringify(fromBackup.problems));
      expect(fromBackup.value.plans).toHaveLength(1);
      expect({ ...fromBackup.value.plans[0]!, revision: plan.revision }).toEqual(plan);
    }), { numRuns: 100 });
    // The steps did change plans: most runs typed or imported something that was taken.
    expect(changed).toBeGreaterThan(100);
  }, 20_000);
});

// ---------------------------------------------------------------------------------------------------------
// A file holding a value no path could produce

/** Percent numbers no rate can be: outside 0–100 (two decimals at most, up to far beyond the schema's bounds), or with three decimals. */
const impossiblePercent = fc.oneof(
  fc.integer({ min: PERCENT_100 + 1, max: 1e11 }).map((h) => h / 100),
  fc.integer({ min: -1e11, max: -1 }).map((h) => h / 100),
  fc.integer({ min: -2e6, max: 2e6 }).filter((t) => t % 10 !== 0).map((t) => t / 1000),
);
/** Volumes no unit can have: negative, fractional, above 100,000,000. */
const impossibleFileVolume = fc.oneof(
  fc.integer({ min: -1e12, max: -1 }),
  fc.integer({ min: 0, max: 1e9 }).filter((t) => t % 10 !== 0).map((t) => t / 10),
  fc.double({ min: 1e-9, max: 0.999, noNaN: true }),
  fc.integer({ min: VOLUME_LIMIT + 1, max: 1e15 }),
);

describe('a file holding a value no path could produce', () => {
  // The next period's plan: the demo's July–October results are not of its months.
  const next: Plan = { ...demo, id: planId('tuy-phuoc-2024-h1'), period: '2024-H1', units: demo.units.map(({ results: _results, ...u }) => u) };
  const province = { ...demo, id: planId('binh-dinh'), indicators: demo.indicators.map((i) => ({ ...i, ownTarget: null })), units: demo.units.slice(0, 3) };
  const assignment = makeAssignment(province, (code) => (code === demo.units[1]!.code ? demo.units.slice(0, 5) : []));
  const FILES: { name: string; doc: unknown; paths: FieldPath[]; read: (text: string, file: string) => { ok: boolean; problems?: { field?: string }[] } }[] = [
    { name: 'ke-hoach.dvctt.json', doc: JSON.parse(serializePlanFile(demo, CONTEXT)), paths: planPaths(demo, 'plan'), read: restorePlanFile },
    { name: 'sao-luu.json', doc: JSON.parse(serializeBackupFile([demo, next], CONTEXT)), paths: [...planPaths(demo, 'plans[0]'), ...planPaths(next, 'plans[1]')], read: restoreBackupFile },
    { name: 'giao-chi-tieu.json', doc: JSON.parse(serializeAssignmentFile(assignment, CONTEXT)), paths: assignmentPaths(assignment), read: restoreAssignmentFile },
  ];

  it('each file as written is read, and its paths are many', () => {
    for (const f of FILES) {
      expect(f.read(asFileText(f.doc), f.name).ok).toBe(true);
      expect(f.paths.length).toBeGreaterThan(50);
    }
  });

  it('is refused, with its one problem at the path where it was put (property: any impossible rate or volume at any path of a plan file, a backup or an assignment file)', () => {
    const placed = fc.nat(FILES.length - 1).chain((k) => fc.tuple(fc.constant(FILES[k]!), fc.constantFrom(...FILES[k]!.paths)))
      .chain(([file, at]) => (at.kind === 'rate' ? impossiblePercent : impossibleFileVolume).map((value) => ({ file, at, value })));
    fc.assert(fc.property(placed, ({ file, at, value }) => {
      const restored = file.read(asFileText(withValueAt(file.doc, at.path, value)), file.name);
      expect(restored.ok, `${at.path} = ${value}`).toBe(false);
      expect(restored.problems?.map((p) => p.field)).toEqual([at.path]);
    }), { numRuns: 200 });
  });
});
