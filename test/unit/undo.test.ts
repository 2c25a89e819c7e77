import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedFields, changesOf, fieldValue, reverseChanges, type Change } from '../../src/domain/changes';
import { pendingChanges } from '../../src/domain/pendingChanges';
import { applyCommand, type Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import { code, ind, makeTestPlan, makeUnit, NOW, pct } from '../support/builders';
import { command } from '../support/commandArbitraries';

const content = (p: Plan) => ({ ...p, revision: 0, updatedAt: '' });

function step(plan: Plan, c: Command) {
  const r = applyCommand(plan, c, NOW);
  return r.ok ? r : undefined;
}

/** Applies `c` and returns the plan after it with its changes, or undefined when refused or without effect. */
function done(plan: Plan, c: Command): { plan: Plan; changes: Change[] } | undefined {
  const r = step(plan, c);
  return r && r.plan !== plan ? { plan: r.plan, changes: changesOf(plan, r.plan, r.effect) } : undefined;
}

function reversed(changes: readonly Change[], plan: Plan): { plan: Plan; changes: Change[] } {
  const reversal = reverseChanges(changes, plan);
  if (!reversal.ok) throw new Error(`conflicts: ${JSON.stringify(reversal.conflicts)}`);
  return done(plan, reversal.command) ?? { plan, changes: [] };
}

const setupPlan = (setup: readonly Command[]) => setup.reduce((p, s) => step(p, s)?.plan ?? p, makeTestPlan({ units: 3 }));

describe('undo and redo by field-level changes', () => {
  it('undoes any command of any type, and redoing the undo does it again (property)', () => {
    fc.assert(fc.property(fc.array(command, { maxLength: 8 }), command, (setup, c) => {
      const plan = setupPlan(setup);
      const edit = done(plan, c);
      if (!edit) return;
      const undone = reversed(edit.changes, edit.plan);
      expect(content(undone.plan)).toEqual(content(plan));
      const redone = reversed(undone.changes, undone.plan);
      expect(content(redone.plan)).toEqual(content(edit.plan));
    }), { numRuns: 600 });
  });

  it('keeps another tab\'s later edits to other cells, and refuses rather than overwrite a cell changed since (property)', () => {
    fc.assert(fc.property(fc.array(command, { maxLength: 6 }), command, command, (setup, mine, theirs) => {
      const plan = setupPlan(setup);
      const edit = done(plan, mine);
      if (!edit) return;
      const other = done(edit.plan, theirs);
      if (!other) return;
      const reversal = reverseChanges(edit.changes, other.plan);
      if (!reversal.ok) {
        expect(reversal.conflicts.length).toBeGreaterThan(0);
        return;
      }
      const after = step(other.plan, reversal.command);
      expect(after).toBeDefined();
      // Every field their change set, which mine did not touch, still holds their value after my undo.
      const minePerUnit = new Map(edit.changes.flatMap((c) => (c.kind === 'unit' ? [[c.code, c] as const] : [])));
      const now = new Map(after!.plan.units.map((u) => [u.code, u]));
      for (const c of other.changes) {
        if (c.kind !== 'unit' || !c.before || !c.after) continue;
        const m = minePerUnit.get(c.code);
        for (const field of changedFields(c.before, c.after)) {
          const touchedByMine = m?.before && m.after ? changedFields(m.before, m.after).some((f) => JSON.stringify(f) === JSON.stringify(field)) : !!m;
          if (touchedByMine) continue;
          expect(fieldValue(now.get(c.code)!, field)).toBe(fieldValue(c.after, field));
        }
      }
    }), { numRuns: 600 });
  });

  it('refuses to undo an indicator added here once another tab typed a value into it, naming the cell', () => {
    const plan = makeTestPlan({ units: 3 });
    const extra = { id: ind('extra'), name: { vi: 'Thêm', en: 'Extra' }, min: pct(50), mode: 'each' as const, floor: null, mandatory: false, ownTarget: null, checkOwnTarget: false };
    const mine = done(plan, { type: 'addIndicator', indicator: extra })!;
    const theirs = done(mine.plan, { type: 'setRate', unitCode: code('10000'), indicatorId: ind('extra'), field: 'target', value: pct(0) })!;
    expect(reverseChanges(mine.changes, theirs.plan)).toEqual({ ok: false, conflicts: [{ kind: 'unit', code: code('10000'), field: { key: 'target', indicatorId: ind('extra') } }] });
    // With nothing typed into it since, the undo takes the indicator away.
    expect(content(reversed(mine.changes, mine.plan).plan)).toEqual(content(plan));
  });

  it('puts a removed unit back at its place', () => {
    const plan = makeTestPlan({ units: 4 });
    const edit = done(plan, { type: 'removeUnit', unitCode: code('10001') })!;
    expect(reversed(edit.changes, edit.plan).plan.units.map((u) => u.code)).toEqual(['10000', '10001', '10002', '10003']);
  });

  it('undoes a target typed here after another tab typed a volume into the same unit, keeping the volume', () => {
    const plan = makeTestPlan({ units: 3 });
    const mine = done(plan, { type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(91) })!;
    const theirs = done(mine.plan, { type: 'setVolume', unitCode: code('10001'), volume: 4321 })!;
    const undone = reversed(mine.changes, theirs.plan).plan.units[1]!;
    expect([undone.target[ind('online_dossiers')], undone.volume]).toEqual([pct(80), 4321]);
  });

  it('refuses to undo a target that another tab has changed since, naming the cell', () => {
    const plan = makeTestPlan({ units: 3 });
    const mine = done(plan, { type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(91) })!;
    const theirs = done(mine.plan, { type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(95) })!;
    expect(reverseChanges(mine.changes, theirs.plan)).toEqual({ ok: false,
      conflicts: [{ kind: 'unit', code: code('10001'), field: { key: 'target', indicatorId: ind('online_dossiers') } }] });
  });

  it('refuses to take back a unit added here once another tab has typed into it', () => {
    const plan = makeTestPlan({ units: 3 });
    const mine = done(plan, { type: 'addUnit', unit: makeUnit(7) })!;
    const theirs = done(mine.plan, { type: 'setVolume', unitCode: code('10007'), volume: 1 })!;
    expect(reverseChanges(mine.changes, theirs.plan)).toEqual({ ok: false, conflicts: [{ kind: 'unit', code: code('10007'), field: { key: 'volume' } }] });
  });

  it('an undo made on a stale copy and merged onto a newer plan sets back only its own fields, and never brings back a removed unit', () => {
    const plan = makeTestPlan({ units: 3 });
    // Tab B renames a unit; tab A (not yet seeing it) sets that unit's target, and A's write lands first.
    const mine = done(plan, { type: 'renameUnit', unitCode: code('10001'), name: 'Xã Mới' })!;
    const reversal = reverseChanges(mine.changes, mine.plan);
    expect(reversal.ok).toBe(true);
    const theirs = done(mine.plan, { type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(60) })!;
    // B's undo, built on its own copy, replayed onto what storage holds (a merge): A's target stays.
    const merged = step(theirs.plan, reversal.ok ? reversal.command : { type: 'batch', commands: [] })!;
    expect([merged.plan.units[1]!.name, merged.plan.units[1]!.target[ind('online_dossiers')]]).toEqual(['Xã Thử 1', pct(60)]);
    // A removed the unit meanwhile: the replayed undo is refused (the merge drops it and says so), nothing comes back.
    const removed = done(mine.plan, { type: 'removeUnit', unitCode: code('10001') })!;
    expect(applyCommand(removed.plan, reversal.ok ? reversal.command : { type: 'batch', commands: [] }, NOW)).toEqual({ ok: false, reason: 'unknownUnit' });
  });
});

describe('a unit taken out and put back elsewhere in one command', () => {
  it('goes back to its place on undo, with its content or without a change of content', () => {
    const plan = makeTestPlan({ units: 3 });
    for (const unit of [makeUnit(1, { volume: 7, target: { online_dossiers: 61 } }), plan.units[1]!]) {
      const edit = done(plan, { type: 'batch', commands: [{ type: 'removeUnits', unitCodes: [code('10001')] }, { type: 'putUnits', entries: [{ unit, index: 0 }] }] })!;
      expect(edit.plan.units.map((u) => u.code)).toEqual(['10001', '10000', '10002']);
      expect(content(reversed(edit.changes, edit.plan).plan)).toEqual(content(plan));
    }
  });
});

describe('a ready plan', () => {
  it('returns to draft with data set alongside a status that was already ready, and undo makes it ready again', () => {
    const plan = done(makeTestPlan({ units: 3 }), { type: 'setStatus', status: 'ready' })!.plan;
    const edit = done(plan, { type: 'batch', commands: [{ type: 'setStatus', status: 'ready' }, { type: 'addUnit', unit: makeUnit(3) }] })!;
    expect(edit.plan.status).toBe('draft');
    expect(content(reversed(edit.changes, edit.plan).plan)).toEqual(content(plan));
  });
});

describe('changes worked out when asked (pendingChanges)', () => {
  it('say whether there are any exactly as the changes do, and are the same changes, whatever the command (property)', () => {
    fc.assert(fc.property(fc.array(command, { maxLength: 8 }), command, fc.boolean(), (setup, c, thereAndBack) => {
      const plan = setupPlan(setup);
      const there = step(plan, c);
      if (!there || there.plan === plan) return;
      // The command and its own undo in one batch: units replaced by copies of themselves, nothing changed.
      const back = reverseChanges(changesOf(plan, there.plan, there.effect), there.plan);
      const applied = thereAndBack && back.ok ? step(plan, { type: 'batch', commands: [c, back.command] }) : there;
      if (!applied || applied.plan === plan) return;
      const pending = pendingChanges(plan, applied.plan, applied.effect);
      const changes = changesOf(plan, applied.plan, applied.effect);
      expect(pending.any).toBe(changes.length > 0);
      expect(pending.list()).toEqual(changes);
      expect(pending.list()).toBe(pending.list()); // worked out once
    }), { numRuns: 800 });
  });

  it('find none when every unit touched is put back as it was, though the units are new objects', () => {
    const plan = makeTestPlan({ units: 3 });
    const copies = plan.units.map((u) => ({ unit: { ...u, target: { ...u.target } }, index: plan.units.indexOf(u) }));
    const put = step(plan, { type: 'putUnits', entries: copies })!;
    expect(put.effect.changed).toHaveLength(3); // new objects…
    expect(pendingChanges(plan, put.plan, put.effect).any).toBe(false); // …of the same values: no change
    const setBack = step(plan, { type: 'batch', commands: [
      { type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(55) },
      { type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: plan.units[1]!.target[ind('online_dossiers')]! },
    ] });
    expect(setBack?.effect.changed).toEqual([code('10001')]);
    expect(pendingChanges(plan, setBack!.plan, setBack!.effect).any).toBe(false);
    const edited = step(plan, { type: 'setRate', unitCode: code('10002'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(91) })!;
    const pending = pendingChanges(plan, edited.plan, edited.effect);
    expect(pending.any).toBe(true);
    expect(pending.list()).toEqual([{ kind: 'unit', code: code('10002'), before: plan.units[2], after: edited.plan.units[2], index: 2 }]);
  });
});
