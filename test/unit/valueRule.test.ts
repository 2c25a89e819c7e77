/**
 * The one rule for impossible values (src/domain/valueRule.ts), on every path a value takes into a plan: what the
 * rule says of rates, volumes and typed text; typing and every command that carries a value refuse what it
 * refuses; a plan reached by typing and importing always travels through a plan file and a backup unchanged; and
 * a file holding a value no path could produce is refused, at its path.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeAssignment } from '../../src/domain/assignment';
import { applyCommand, type Command } from '../../src/domain/commands';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { indicatorId, planId, unitCode } from '../../src/domain/ids';
import type { Indicator } from '../../src/domain/indicators';
import type { Plan, Unit } from '../../src/domain/plan';
import { formatRate, PERCENT_100, VOLUME_LIMIT, type Locale, type Rate } from '../../src/domain/rate';
import { impossibleIndicatorValues, impossibleUnitValues, rateProblem, readRate, readTenthsRate, unitIsPossible, volumeProblem } from '../../src/domain/valueRule';
import { restoreAssignmentFile, serializeAssignmentFile } from '../../src/io/assignmentFile';
import { restoreBackupFile, serializeBackupFile } from '../../src/io/backupFile';
import { readCsvImport } from '../../src/io/csvImport';
import { csvPreviewToCommand, withNewUnitsChoice } from '../../src/io/csvApply';
import { restorePlanFile } from '../../src/io/restorePlanFile';
import { serializePlanFile } from '../../src/io/serializePlanFile';
import { cellEditToCommand } from '../../src/state/cellCommands';
import { NOW } from '../support/builders';
import { asFileText, assignmentPaths, planPaths, withValueAt, type FieldPath } from '../support/jsonPath';

const demo = makeDemoPlan(NOW);
const IDS = demo.indicators.map((i) => i.id);
const CONTEXT = { appVersion: '0.1.0', exportedAt: '2023-12-01T08:00:00.000Z' };
const LATER = '2023-08-01T00:00:00.000Z';

describe('the value rule, as a table', () => {
  it.each([
    [0, null], [1, null], [8550, null], [4279, null], [10_000, null],
    [10_001, 'outOfRange'], [10_100, 'outOfRange'], [100_000_000, 'outOfRange'], [-1, 'outOfRange'], [-100, 'outOfRange'],
    [8550.5, 'tooManyDecimals'], [0.1, 'tooManyDecimals'], [Number.NaN, 'notANumber'], [Infinity, 'notANumber'], [-Infinity, 'notANumber'],
  ])('rateProblem(%s) (hundredths of a percent) is %s', (rate, problem) => {
    expect(rateProblem(rate)).toBe(problem);
  });

  it('rateProblem: a whole number of hundredths is possible exactly when it is 0–100 % (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -2 * PERCENT_100, max: 3 * PERCENT_100 }), (rate) => {
      expect(rateProblem(rate) === null).toBe(rate >= 0 && rate <= PERCENT_100);
    }), { numRuns: 200 });
  });

  it.each([
    [0, null], [2913, null], [VOLUME_LIMIT, null],
    [-1, 'negative'], [-1.5, 'negative'], [1.5, 'notAnInteger'], [0.001, 'notAnInteger'],
    [VOLUME_LIMIT + 1, 'tooLarge'], [1e9, 'tooLarge'], [Number.NaN, 'notANumber'], [Infinity, 'notANumber'],
  ])('volumeProblem(%s) is %s', (volume, problem) => {
    expect(volumeProblem(volume)).toBe(problem);
  });

  it.each([
    ['101', { ok: false, problem: 'outOfRange' }], ['-1', { ok: false, problem: 'outOfRange' }], ['100,01', { ok: false, problem: 'outOfRange' }],
    ['-0,01', { ok: false, problem: 'outOfRange' }], ['150 %', { ok: false, problem: 'outOfRange' }],
    ['100', { ok: true, value: 10_000 }], ['100,00', { ok: true, value: 10_000 }], ['0', { ok: true, value: 0 }], ['-0', { ok: true, value: 0 }],
    ['85,5', { ok: true, value: 8550 }], ['85.5', { ok: true, value: 8550 }], [' 85,5 % ', { ok: true, value: 8550 }], ['0,01', { ok: true, value: 1 }],
    ['abc', { ok: false, problem: 'notANumber' }], ['85,555', { ok: false, problem: 'tooManyDecimals' }], ['1.234', { ok: false, problem: 'ambiguous' }],
    ['', { ok: true, value: null }], ['   ', { ok: true, value: null }],
  ])('readRate(%j) is %j', (text, expected) => {
    expect(readRate(text)).toEqual(expected);
  });

  it('readRate reads back every possible rate as the grid writes it, and refuses every impossible one as out of range (property, both languages)', () => {
    fc.assert(fc.property(fc.integer({ min: -5 * PERCENT_100, max: 5 * PERCENT_100 }), fc.constantFrom<Locale>('vi', 'en'), (rate, locale) => {
      const read = readRate(formatRate(rate as Rate, locale));
      expect(read).toEqual(rate >= 0 && rate <= PERCENT_100 ? { ok: true, value: rate } : { ok: false, problem: 'outOfRange' });
    }), { numRuns: 200 });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Typing and commands

const unit = demo.units[0]!.code;
const RATE_COLUMNS = IDS.flatMap((id) => [`baseline.${id}`, `target.${id}`]);

describe('typing', () => {
  it.each(RATE_COLUMNS)('refuses 101 in %s exactly as it refuses abc: no command, the old value stays', (colId) => {
    for (const [text, problem] of [['101', 'outOfRange'], ['abc', 'notANumber'], ['-1', 'outOfRange'], ['100,01', 'outOfRange']] as const) {
      const edit = cellEditToCommand(colId, unit, text);
      expect(edit).toEqual({ ok: false, problem });
      expect('command' in edit).toBe(false);
    }
    expect(cellEditToCommand(colId, unit, '100')).toMatchObject({ ok: true, command: { type: 'setRate', value: 10_000 } });
  });

  it.each([['-1', 'negative'], ['1,5', 'notAnInteger'], ['100000001', 'tooLarge'], ['abc', 'notANumber']])('refuses %j as a volume (%s)', (text, problem) => {
    expect(cellEditToCommand('volume', unit, text)).toEqual({ ok: false, problem });
  });

  it('gives, for any text typed in any column, either a refusal or a command the plan takes with a possible value (property)', () => {
    const column = fc.constantFrom('volume', 'name', 'type', ...RATE_COLUMNS);
    fc.assert(fc.property(column, typedText, fc.nat(demo.units.length - 1), (colId, text, row) => {
      const edit = cellEditToCommand(colId, demo.units[row]!.code, text);
      if (!edit.ok) {
        expect('command' in edit).toBe(false);
        return;
      }
      const applied = applyCommand(demo, edit.command, LATER);
      if (!applied.ok) {
        expect(['emptyName', 'tooLong']).toContain(applied.reason);
        return;
      }
      for (const u of applied.plan.units) expect(impossibleUnitValues(u)).toEqual([]);
    }), { numRuns: 200 });
  });
});

/** Text as people type it into a cell or a CSV file: numbers in every form, slips, and anything at all. */
const typedText = fc.oneof(
  fc.constantFrom('85,5', '85.5', ' 85 ', '85,5 %', '100', '101', '-1', '-0', 'abc', '', '1.234', '12,345', '0,01', '99,99', '100,01',
    '1 234', '0', '100,00', '42,79', '1e2', '#DIV/0!', '-', '55,555', '3.365', '1000000000', '1,5'),
  fc.tuple(fc.integer({ min: -2 * PERCENT_100, max: 2 * PERCENT_100 }), fc.constantFrom<Locale>('vi', 'en')).map(([r, l]) => formatRate(r as Rate, l)),
  fc.integer({ min: -10, max: 200_000_000 }).map(String),
  fc.string({ maxLength: 12 }),
);

/** Rates no plan may hold (hundredths): above 100 %, below 0, not whole hundredths, not numbers. */
const impossibleRate = fc.oneof(
  fc.integer({ min: PERCENT_100 + 1, max: 1e9 }), fc.integer({ min: -1e9, max: -1 }),
  fc.double({ min: 0, max: PERCENT_100, noNaN: true }).filter((r) => !Number.isInteger(r)),
  fc.constantFrom(Number.NaN, Infinity, -Infinity),
).map((r) => r as Rate);
/** Volumes no unit may have: negative, fractional, above the limit, not numbers. */
const impossibleVolume = fc.oneof(
  fc.integer({ min: -1e9, max: -1 }), fc.double({ min: 0, max: VOLUME_LIMIT, noNaN: true }).filter((v) => !Number.isInteger(v)),
  fc.integer({ min: VOLUME_LIMIT + 1, max: 2 ** 40 }), fc.constantFrom(Number.NaN, Infinity, -Infinity),
);
const rowOf = fc.nat(demo.units.length - 1);
const indicatorOf = fc.nat(IDS.length - 1);
const rateField = fc.constantFrom('baseline' as const, 'target' as const);
const indicatorField = fc.constantFrom('min' as const, 'floor' as const, 'ownTarget' as const);

/** A unit holding one impossible value, in its volume, a previous result or a target. */
const impossibleUnit = (code: string) => fc.tuple(rowOf, indicatorOf, fc.oneof(
  impossibleVolume.map((volume) => (u: Unit): Unit => ({ ...u, volume })),
  fc.tuple(rateField, impossibleRate).map(([field, r]) => (u: Unit, id: Indicator['id']): Unit => ({ ...u, [field]: { ...u[field], [id]: r } })),
)).map(([row, n, spoil]) => spoil({ ...demo.units[row]!, code: unitCode(code) }, IDS[n]!));
/** An indicator holding one impossible general target, floor or own target. */
const impossibleIndicator = (id: string) => fc.tuple(indicatorOf, indicatorField, impossibleRate)
  .map(([n, field, r]): Indicator => ({ ...demo.indicators[n]!, id: indicatorId(id), [field]: r }));

/** Every command that carries a value, each with one impossible value in it. */
const impossibleCommand: fc.Arbitrary<Command> = fc.oneof(
  fc.tuple(rowOf, indicatorOf, rateField, impossibleRate).map(([row, n, field, value]): Command => ({ type: 'setRate', unitCode: demo.units[row]!.code, indicatorId: IDS[n]!, field, value })),
  fc.tuple(rowOf, impossibleVolume).map(([row, volume]): Command => ({ type: 'setVolume', unitCode: demo.units[row]!.code, volume })),
  impossibleUnit('30001').map((u): Command => ({ type: 'addUnit', unit: u })),
  // Replacing a unit (the code of a row), or inserting one, after a possible entry.
  fc.tuple(rowOf, fc.boolean(), fc.nat(20)).chain(([row, replace, index]) => impossibleUnit(replace ? demo.units[row]!.code : '30002')
    .map((u): Command => ({ type: 'putUnits', entries: [{ unit: { ...demo.units[(row + 1) % demo.units.length]!, volume: 7 }, index: 0 }, { unit: u, index }] }))),
  fc.tuple(indicatorOf, indicatorField, impossibleRate).map(([n, field, r]): Command => ({ type: 'updateIndicator', indicatorId: IDS[n]!, patch: { [field]: r } })),
  impossibleIndicator('digital_signature').map((indicator): Command => ({ type: 'addIndicator', indicator })),
  fc.tuple(indicatorOf, indicatorField, impossibleRate).map(([n, field, r]): Command => ({ type: 'setIndicators',
    indicators: demo.indicators.map((i, k) => (k === n ? { ...i, [field]: r } : i)) })),
);
/** Possible commands, to go before or after an impossible one in a batch. */
const possibleCommand: fc.Arbitrary<Command> = fc.oneof(
  fc.tuple(rowOf, indicatorOf, rateField, fc.integer({ min: 0, max: PERCENT_100 })).map(([row, n, field, v]): Command => ({ type: 'setRate', unitCode: demo.units[row]!.code, indicatorId: IDS[n]!, field, value: v as Rate })),
  fc.tuple(rowOf, fc.integer({ min: 0, max: VOLUME_LIMIT })).map(([row, volume]): Command => ({ type: 'setVolume', unitCode: demo.units[row]!.code, volume })),
  fc.constant<Command>({ type: 'renameUnit', unitCode: demo.units[0]!.code, name: 'Thị trấn Mới' }),
);

describe('commands', () => {
  const refusedUnchanged = (command: Command) => {
    const before = structuredClone(demo);
    expect(applyCommand(demo, command, LATER)).toEqual({ ok: false, reason: 'impossibleValue' });
    expect(demo).toEqual(before);
  };

  it('the arbitrary commands below each hold exactly one impossible value (the generators are right)', () => {
    fc.assert(fc.property(impossibleUnit('30001'), (u) => { expect(unitIsPossible(u)).toBe(false); }), { numRuns: 100 });
    fc.assert(fc.property(impossibleIndicator('x'), (i) => { expect(impossibleIndicatorValues(i)).toHaveLength(1); }), { numRuns: 100 });
    fc.assert(fc.property(possibleCommand, (c) => { expect(applyCommand(demo, c, LATER).ok).toBe(true); }), { numRuns: 100 });
  });

  it.each([
    ['setRate', { type: 'setRate', unitCode: unit, indicatorId: IDS[0]!, field: 'target', value: 10_100 as Rate }],
    ['setRate (a previous result)', { type: 'setRate', unitCode: unit, indicatorId: IDS[1]!, field: 'baseline', value: -100 as Rate }],
    ['setVolume', { type: 'setVolume', unitCode: unit, volume: -1 }],
    ['addUnit', { type: 'addUnit', unit: { ...demo.units[0]!, code: unitCode('30001'), volume: 1.5 } }],
    ['putUnits', { type: 'putUnits', entries: [{ unit: { ...demo.units[2]!, target: { [IDS[0]!]: 10_001 as Rate } }, index: 0 }] }],
    ['updateIndicator', { type: 'updateIndicator', indicatorId: IDS[0]!, patch: { min: 15_000 as Rate } }],
    ['addIndicator', { type: 'addIndicator', indicator: { ...demo.indicators[0]!, id: indicatorId('x'), floor: -100 as Rate } }],
    ['setIndicators', { type: 'setIndicators', indicators: demo.indicators.map((i, k) => (k === 2 ? { ...i, ownTarget: 10_100 as Rate } : i)) }],
    ['batch', { type: 'batch', commands: [{ type: 'setVolume', unitCode: unit, volume: 5 }, { type: 'setRate', unitCode: unit, indicatorId: IDS[0]!, field: 'target', value: 10_100 as Rate }] }],
  ] as [string, Command][])('%s with an impossible value is refused as impossibleValue; the plan is as it was', (_name, command) => {
    refusedUnchanged(command);
  });

  it('every command carrying an impossible value is refused, alone or inside a (nested) batch after possible ones (property)', () => {
    const batched = fc.tuple(fc.array(possibleCommand, { maxLength: 4 }), impossibleCommand, fc.array(possibleCommand, { maxLength: 2 }), fc.boolean())
      .map(([before, bad, after, nested]): Command => {
        const inner: Command = { type: 'batch', commands: [...before, bad, ...after] };
        return nested ? { type: 'batch', commands: [{ type: 'setStatus', status: 'draft' }, inner] } : inner;
      });
    fc.assert(fc.property(fc.oneof(impossibleCommand, batched), refusedUnchanged), { numRuns: 200 });
  });
});

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

describe('a rate typed once for a whole indicator (readTenthsRate)', () => {
  it('takes a possible rate with at most one decimal, empty as no value, and names what it refuses', () => {
    expect(readTenthsRate('62,5')).toEqual({ ok: true, value: 6250 });
    expect(readTenthsRate(' ')).toEqual({ ok: true, value: null });
    expect(readTenthsRate('62,55')).toEqual({ ok: false, problem: 'oneDecimal' });
    expect(readTenthsRate('101')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readTenthsRate('năm mươi')).toEqual({ ok: false, problem: 'notANumber' });
  });
});
