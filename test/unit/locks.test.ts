import { describe, expect, it } from 'vitest';
import { changesOf, reverseChanges, type Change } from '../../src/domain/changes';
import { applyCommand, type Command } from '../../src/domain/commands';
import { commandSize, journalChanges } from '../../src/domain/journal';
import { isLocked, type Plan } from '../../src/domain/plan';
import { duplicatePlan } from '../../src/domain/planFactory';
import { applyPatch } from '../../src/domain/unitPatch';
import { columnCells, rowCells, targetCell, toggleLocks } from '../../src/ui/grid/cellLocks';
import { code, ind, makeTestPlan, NOW, pct, testId } from '../support/builders';

const ONLINE = ind('online_dossiers');
const PAYMENT = ind('online_payment');
const cell = (unit: string, indicator = ONLINE) => ({ unitCode: code(unit), indicatorId: indicator });
const lock = (cells: ReturnType<typeof cell>[], locked = true): Command => ({ type: 'setLocks', cells, locked });

/** Applies `c`, with the field-level changes it made; throws when refused. */
function done(plan: Plan, c: Command): { plan: Plan; changes: Change[] } {
  const r = applyCommand(plan, c, NOW);
  if (!r.ok) throw new Error(r.reason);
  return { plan: r.plan, changes: changesOf(plan, r.plan, r.effect) };
}

function undo(changes: readonly Change[], plan: Plan): Plan {
  const reversal = reverseChanges(changes, plan);
  if (!reversal.ok) throw new Error(JSON.stringify(reversal.conflicts));
  return done(plan, reversal.command).plan;
}

const lockedCells = (plan: Plan) => plan.units.flatMap((u) => plan.indicators.filter((i) => isLocked(u, i.id)).map((i) => `${u.code}|${i.id}`));

describe('setLocks', () => {
  const plan = makeTestPlan({ units: 3 });

  it('locks one cell, touching only its unit, and changes no number', () => {
    const r = applyCommand(plan, lock([cell('10001')]), NOW);
    expect(r.ok && r.effect).toEqual({ changed: ['10001'], removed: [], rulesChanged: false, unitsMoved: false });
    const next = r.ok ? r.plan : plan;
    expect(lockedCells(next)).toEqual(['10001|online_dossiers']);
    expect(next.units[1]).toEqual({ ...plan.units[1], locked: { [ONLINE]: true } });
    expect(next.units[0]).toBe(plan.units[0]);
    expect(next.revision).toBe(plan.revision + 1);
  });

  it('locks a row and a column as one command, and unlocking them all leaves no `locked` key', () => {
    const row = plan.indicators.map((i) => cell('10002', i.id));
    const column = plan.units.map((u) => cell(u.code, PAYMENT));
    const both = done(plan, lock([...row, ...column])).plan;
    expect(lockedCells(both)).toEqual([
      '10000|online_payment', '10001|online_payment', ...plan.indicators.map((i) => `10002|${i.id}`)]);
    const none = done(both, lock([...row, ...column], false)).plan;
    expect(lockedCells(none)).toEqual([]);
    expect(none.units.some((u) => 'locked' in u)).toBe(false);
    expect(none.units).toEqual(plan.units);
  });

  it('returns the same plan when every cell already is as asked, and refuses unknown units and indicators whole', () => {
    const locked = done(plan, lock([cell('10000')])).plan;
    expect(applyCommand(locked, lock([cell('10000')]), NOW)).toEqual({ ok: true, plan: locked, effect: expect.anything() });
    expect(applyCommand(plan, lock([cell('10000'), cell('nope')]), NOW)).toEqual({ ok: false, reason: 'unknownUnit' });
    expect(applyCommand(plan, lock([cell('10000'), cell('10001', ind('ghost'))]), NOW)).toEqual({ ok: false, reason: 'unknownIndicator' });
  });

  it('leaves typing into a locked cell allowed, and the lock stays', () => {
    const locked = done(plan, lock([cell('10001')])).plan;
    const typed = done(locked, { type: 'setRate', unitCode: code('10001'), indicatorId: ONLINE, field: 'target', value: pct(93) }).plan;
    expect([typed.units[1]!.target[ONLINE], isLocked(typed.units[1]!, ONLINE)]).toEqual([pct(93), true]);
  });

  it('keeps a ready plan ready (a lock changes no number), while a number changed with it returns it to draft', () => {
    const ready = done(plan, { type: 'setStatus', status: 'ready' }).plan;
    const locked = done(ready, lock([cell('10000'), cell('10001', PAYMENT)]));
    expect(locked.plan.status).toBe('ready');
    expect(done(locked.plan, lock([cell('10000')], false)).plan.status).toBe('ready');
    expect(undo(locked.changes, locked.plan).status).toBe('ready'); // undoing a lock is a lock too
    const withNumber = done(ready, { type: 'batch', commands: [lock([cell('10000')]), { type: 'setVolume', unitCode: code('10000'), volume: 1 }] });
    expect(withNumber.plan.status).toBe('draft');
  });

  it('goes with an indicator removed, and comes back with it on undo', () => {
    const locked = done(plan, lock([cell('10000', ind('digitisation')), cell('10001', ind('digitisation')), cell('10001')])).plan;
    const removed = done(locked, { type: 'removeIndicator', indicatorId: ind('digitisation') });
    expect(lockedCells(removed.plan)).toEqual(['10001|online_dossiers']);
    expect(removed.plan.units[0]).not.toHaveProperty('locked');
    expect(lockedCells(undo(removed.changes, removed.plan))).toEqual(lockedCells(locked));
  });
});

describe('undoing a lock, field by field', () => {
  const plan = makeTestPlan({ units: 3 });

  it('takes back exactly the lock, keeping another tab\'s later edit of the same cell\'s target', () => {
    const mine = done(plan, lock([cell('10001'), cell('10002')]));
    const theirs = done(mine.plan, { type: 'setRate', unitCode: code('10001'), indicatorId: ONLINE, field: 'target', value: pct(77) }).plan;
    const undone = undo(mine.changes, theirs);
    expect(lockedCells(undone)).toEqual([]);
    expect(undone.units[1]!.target[ONLINE]).toBe(pct(77));
    expect(undone.units.map((u) => 'locked' in u)).toEqual([false, false, false]);
  });

  it('takes back an unlock, putting back exactly the locks it removed', () => {
    const locked = done(plan, lock([cell('10000'), cell('10000', PAYMENT)])).plan;
    const mine = done(locked, lock([cell('10000')], false));
    const theirs = done(mine.plan, { type: 'setVolume', unitCode: code('10000'), volume: 9 }).plan;
    const undone = undo(mine.changes, theirs);
    expect(undone.units[0]).toEqual({ ...locked.units[0], volume: 9 });
  });

  it('is refused, naming the cell, when another tab unlocked that cell since', () => {
    const mine = done(plan, lock([cell('10001')]));
    const theirs = done(mine.plan, lock([cell('10001')], false)).plan;
    expect(reverseChanges(mine.changes, theirs)).toEqual({ ok: false, conflicts: [{ kind: 'unit', code: code('10001'), field: { key: 'locked', indicatorId: ONLINE } }] });
  });

  it('is journaled as one field change per cell: 1 when locked, null when not', () => {
    const mine = done(plan, lock([cell('10001'), cell('10001', PAYMENT)]));
    expect(journalChanges(mine.changes)).toEqual([
      { kind: 'field', code: code('10001'), field: { key: 'locked', indicatorId: ONLINE }, before: null, after: 1 },
      { kind: 'field', code: code('10001'), field: { key: 'locked', indicatorId: PAYMENT }, before: null, after: 1 },
    ]);
  });
});

describe('locks and the other ways a plan changes', () => {
  const plan = done(makeTestPlan({ units: 3 }), lock([cell('10001'), cell('10002', PAYMENT)])).plan;

  it('are kept by a file row that sets values (a CSV import patches the unit)', () => {
    const patched = applyPatch(plan.units[1]!, { code: code('10001'), volume: 5, baseline: {}, target: { [ONLINE]: pct(66) } });
    expect(patched).toEqual({ ...plan.units[1], volume: 5, target: { ...plan.units[1]!.target, [ONLINE]: pct(66) } });
  });

  it('are refused by a patch that would lock an indicator the plan does not have', () => {
    const patch = { code: code('10000'), baseline: {}, target: {}, locked: { [ind('ghost')]: true as const } };
    expect(applyCommand(plan, { type: 'patchUnits', entries: [patch] }, NOW)).toEqual({ ok: false, reason: 'unknownIndicator' });
  });

  it('travel with a copy of the plan, but not into the next period, whose targets start empty', () => {
    const copy = duplicatePlan(plan, { name: 'Bản sao', period: '2023-H2' }, NOW, testId);
    expect(lockedCells(copy)).toEqual(lockedCells(plan));
    const next = duplicatePlan(plan, { name: 'Kỳ sau', period: '2024-H1', nextPeriod: { baseline: 'targets' } }, NOW, testId);
    expect(next.units.some((u) => 'locked' in u)).toBe(false);
  });
});

describe('the lock toggle over a list of cells (the focused one, or a selection)', () => {
  const plan = done(makeTestPlan({ units: 3 }), lock([cell('10000'), cell('10001')])).plan;

  it('locks them all unless every one is locked, and then unlocks them all', () => {
    expect(toggleLocks(plan, [cell('10000')])).toEqual(lock([cell('10000')], false));
    expect(toggleLocks(plan, [cell('10002')])).toEqual(lock([cell('10002')]));
    expect(toggleLocks(plan, [cell('10000'), cell('10002')])).toEqual(lock([cell('10000'), cell('10002')]));
    expect(toggleLocks(plan, columnCells(plan, ONLINE).slice(0, 2))).toEqual(lock([cell('10000'), cell('10001')], false));
    expect(toggleLocks(plan, [])).toBeUndefined();
  });

  it('names only a unit\'s target cells of the plan: not a result, a pinned row or an unknown indicator', () => {
    expect(targetCell(plan, { rowId: '10001', colId: 'target.online_dossiers' })).toEqual(cell('10001'));
    expect(targetCell(plan, { rowId: '10001', colId: 'baseline.online_dossiers' })).toBeUndefined();
    expect(targetCell(plan, { rowId: 'aggregate', colId: 'target.online_dossiers' })).toBeUndefined();
    expect(targetCell(plan, { rowId: '10001', colId: 'target.ghost' })).toBeUndefined();
    expect(rowCells(plan, code('10002')).map((c) => c.indicatorId)).toEqual(plan.indicators.map((i) => i.id));
  });

  it('keeps a command over a whole column out of the journal once it names more than 200 cells', () => {
    const big = makeTestPlan({ units: 250 });
    expect(commandSize(lock(columnCells(big, ONLINE)))).toBe(250);
  });
});
