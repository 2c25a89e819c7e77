import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import { blockCommand, blockStats, blockTsv, cellText, clearEdits, fillEdits, valueEdits } from '../../src/state/blockCommands';
import type { Block } from '../../src/state/cellBlock';
import { cellEditToCommand } from '../../src/state/cellCommands';
import { parseClipboardTable } from '../../src/state/pasteCommands';
import { code, makeTestPlan, NOW, pct } from '../support/builders';

const apply = (plan: Plan, command: Command): Plan => {
  const r = applyCommand(plan, command, NOW);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
};

/** The same cells typed one at a time, each as the grid's editor hands it on. */
function typedOneByOne(plan: Plan, cells: readonly { unitCode: Plan['units'][number]['code']; colId: string; text: string }[]): Plan {
  let current = plan;
  for (const cell of cells) {
    const edit = cellEditToCommand(cell.colId, cell.unitCode, cell.text);
    if (!edit.ok) throw new Error(edit.problem);
    current = apply(current, edit.command);
  }
  return current;
}

const COLS = ['code', 'name', 'type', 'volume', 'baseline.online_dossiers', 'target.online_dossiers', 'baseline.online_payment', 'target.online_payment'];

/** A random plan: some targets cleared, some locked, some changed. */
const planArb = fc.record({
  units: fc.integer({ min: 1, max: 8 }),
  cleared: fc.array(fc.nat(), { maxLength: 6 }),
  locked: fc.array(fc.nat(), { maxLength: 4 }),
  values: fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 8 }),
}).map(({ units, cleared, locked, values }) => {
  let plan = makeTestPlan({ units });
  const ids = plan.indicators.map((i) => i.id);
  const unitAt = (n: number) => plan.units[n % plan.units.length]!.code;
  values.forEach((v, n) => { plan = apply(plan, { type: 'setRate', unitCode: unitAt(n), indicatorId: ids[n % ids.length]!, field: 'target', value: pct(v / 10) }); });
  cleared.forEach((n) => { plan = apply(plan, { type: 'setRate', unitCode: unitAt(n), indicatorId: ids[n % ids.length]!, field: 'target', value: null }); });
  if (locked.length > 0) plan = apply(plan, { type: 'setLocks', cells: locked.map((n) => ({ unitCode: unitAt(n), indicatorId: ids[(n + 1) % ids.length]! })), locked: true });
  return plan;
});

const blockArb = (plan: Plan) => fc.record({
  top: fc.nat(plan.units.length - 1), height: fc.nat(plan.units.length - 1), left: fc.nat(COLS.length - 1), width: fc.nat(COLS.length - 1),
}).map(({ top, height, left, width }): Block => ({
  rows: plan.units.slice(top, top + height + 1).map((u) => u.code),
  cols: COLS.slice(left, left + width + 1),
}));

describe('block commands', () => {
  it('equal the same edits typed one by one, on random plans (fill down, fill right, clear, one value)', () => {
    fc.assert(fc.property(planArb.chain((plan) => fc.tuple(fc.constant(plan), blockArb(plan), fc.boolean(), fc.constantFrom('down', 'right', 'clear', 'value'))),
      ([plan, block, onlyEmpty, action]) => {
        const edits = action === 'clear' ? clearEdits(plan, block) : action === 'value' ? valueEdits(plan, block, '55,5')
          : fillEdits(plan, block, action as 'down' | 'right', onlyEmpty, 'vi');
        const built = blockCommand(edits.cells);
        if (!built.ok) return; // a name filled empty, a rate into volume…: refused whole, checked below
        expect(apply(plan, built.command).units).toEqual(typedOneByOne(plan, edits.cells).units);
      }), { numRuns: 300 });
  });

  it('fill down copies the top row into the rows below, skipping locked targets and, when asked, filled cells', () => {
    let plan = makeTestPlan({ units: 4 });
    const [a, b, c, d] = plan.units.map((u) => u.code) as [never, never, never, never];
    plan = apply(plan, { type: 'setRate', unitCode: a, indicatorId: plan.indicators[0]!.id, field: 'target', value: pct(61.5) });
    plan = apply(plan, { type: 'setRate', unitCode: c, indicatorId: plan.indicators[0]!.id, field: 'target', value: null });
    plan = apply(plan, { type: 'setLocks', cells: [{ unitCode: b, indicatorId: plan.indicators[0]!.id }], locked: true });
    const col = `target.${plan.indicators[0]!.id}`;
    const block = { rows: [a, b, c, d], cols: ['code', col] };
    const all = fillEdits(plan, block, 'down', false, 'vi');
    expect(all.cells.map((x) => [x.unitCode, x.colId, x.text])).toEqual([[c, col, '61,5'], [d, col, '61,5']]);
    expect(all.skipped).toBe(4); // three codes and the locked cell
    expect(fillEdits(plan, block, 'down', true, 'vi').cells.map((x) => x.unitCode)).toEqual([c]);
    const built = blockCommand(all.cells);
    expect(built.ok && built.command.type).toBe('patchUnits');
  });

  it('fill right copies the left column, rate into rate only', () => {
    const plan = makeTestPlan({ units: 1 });
    const [first, second] = plan.indicators.map((i) => i.id);
    const edits = fillEdits(plan, { rows: [plan.units[0]!.code], cols: [`baseline.${first}`, `target.${first}`, 'name', `target.${second}`] }, 'right', false, 'en');
    expect(edits.cells.map((x) => [x.colId, x.text])).toEqual([[`target.${first}`, '40'], [`target.${second}`, '40']]);
    expect(edits.skipped).toBe(1);
  });

  it('Delete clears the targets only, and counts what it passed over', () => {
    const plan = makeTestPlan({ units: 2 });
    const id = plan.indicators[0]!.id;
    const edits = clearEdits(plan, { rows: plan.units.map((u) => u.code), cols: ['volume', `baseline.${id}`, `target.${id}`] });
    expect(edits.cells.map((x) => x.text)).toEqual(['', '']);
    expect(edits.skipped).toBe(4);
  });

  it('refuses the whole block when one cell is refused, naming it', () => {
    const plan = makeTestPlan({ units: 2 });
    const result = blockCommand(valueEdits(plan, { rows: plan.units.map((u) => u.code), cols: ['volume', `target.${plan.indicators[0]!.id}`] }, '12,5').cells);
    expect(result).toEqual({ ok: false, problems: [
      { cell: expect.objectContaining({ colId: 'volume', row: 1 }), problem: 'notAnInteger' },
      { cell: expect.objectContaining({ colId: 'volume', row: 2 }), problem: 'notAnInteger' },
    ] });
  });

  it('copies a block as TSV in the language\'s numbers, which pastes back to the same values', () => {
    let plan = makeTestPlan({ units: 2 });
    const id = plan.indicators[0]!.id;
    plan = apply(plan, { type: 'setRate', unitCode: plan.units[1]!.code, indicatorId: id, field: 'target', value: pct(85.5) });
    plan = apply(plan, { type: 'renameUnit', unitCode: plan.units[0]!.code, name: 'Xã "Mới"' });
    const block = { rows: plan.units.map((u) => u.code), cols: ['name', 'volume', `target.${id}`] };
    const tsv = blockTsv(plan, block, 'vi');
    expect(tsv).toBe(`"Xã ""Mới"""\t100\t${cellText(plan.units[0]!, `target.${id}`, 'vi')}\r\nXã Thử 1\t101\t85,5\r\n`);
    expect(parseClipboardTable(tsv)[1]).toEqual(['Xã Thử 1', '101', '85,5']);
  });

  it('counts, sums and averages the numbers of a block, empty cells left out', () => {
    let plan = makeTestPlan({ units: 3 });
    const id = plan.indicators[0]!.id;
    plan = apply(plan, { type: 'setRate', unitCode: plan.units[0]!.code, indicatorId: id, field: 'target', value: pct(85.5) });
    plan = apply(plan, { type: 'setRate', unitCode: plan.units[1]!.code, indicatorId: id, field: 'target', value: null });
    const stats = blockStats(plan, { rows: plan.units.map((u) => u.code), cols: ['name', `target.${id}`] });
    expect(stats).toEqual({ count: 6, numbers: 2, sum: 85.5 + 80, mean: (85.5 + 80) / 2 });
    expect(blockStats(plan, { rows: [code('nope')], cols: ['name'] }).mean).toBeNull();
  });
});
