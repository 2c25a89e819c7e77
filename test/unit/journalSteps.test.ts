import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesOf, reverseChanges } from '../../src/domain/changes';
import { applyCommand, type Command } from '../../src/domain/commands';
import { journalChanges } from '../../src/domain/journal';
import { changesFromJournal } from '../../src/domain/journalSteps';
import type { Plan } from '../../src/domain/plan';
import { code, ind, makeTestPlan, NOW, pct } from '../support/builders';
import { command } from '../support/commandArbitraries';

const content = (p: Plan) => ({ ...p, revision: 0, updatedAt: '' });
const apply = (plan: Plan, c: Command) => {
  const r = applyCommand(plan, c, NOW);
  return r.ok && r.plan !== plan ? r : undefined;
};
const setupPlan = (setup: readonly Command[]) => setup.reduce((p, s) => apply(p, s)?.plan ?? p, makeTestPlan({ units: 3 }));

describe('a step taken back from the journal alone (after a reload)', () => {
  it('undoes any command exactly as the live step does, and refuses where the live step refuses (property)', () => {
    fc.assert(fc.property(fc.array(command, { maxLength: 6 }), command, fc.option(command, { nil: undefined }), (setup, mine, theirs) => {
      const plan = setupPlan(setup);
      const edit = apply(plan, mine);
      if (!edit) return;
      const live = changesOf(plan, edit.plan, edit.effect);
      const journaled = journalChanges(live);
      const now = (theirs && apply(edit.plan, theirs)?.plan) ?? edit.plan;
      const a = reverseChanges(live, now);
      const b = reverseChanges(changesFromJournal(journaled, now), now);
      expect(b.ok).toBe(a.ok);
      if (!a.ok || !b.ok) return;
      const viaLive = applyCommand(now, a.command, NOW);
      const viaJournal = applyCommand(now, b.command, NOW);
      expect(viaJournal.ok && content(viaJournal.plan)).toEqual(viaLive.ok && content(viaLive.plan));
      if (now === edit.plan && viaJournal.ok) expect(content(viaJournal.plan)).toEqual(content(plan));
    }), { numRuns: 600 });
  });

  it('a unit put back exactly as it was has nothing to take back, even once removed since, live or from the journal', () => {
    const plan = makeTestPlan({ units: 3 });
    const unit = { ...plan.units[0]!, volume: 0 };
    const put: Command = { type: 'putUnits', entries: [{ unit, index: 0 }] };
    const before = apply(plan, put)!.plan;
    const same = apply(before, put)!;
    const gone = apply(same.plan, { type: 'removeUnit', unitCode: unit.code })!.plan;
    const live = changesOf(before, same.plan, same.effect);
    expect(reverseChanges(live, gone)).toMatchObject({ ok: true });
    expect(reverseChanges(changesFromJournal(journalChanges(live), gone), gone)).toMatchObject({ ok: true });
  });

  it('names the cell changed since', () => {
    const plan = makeTestPlan({ units: 3 });
    const set = (v: number): Command => ({ type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(v) });
    const mine = apply(plan, set(91))!;
    const theirs = apply(mine.plan, set(95))!;
    const journaled = journalChanges(changesOf(plan, mine.plan, mine.effect));
    expect(reverseChanges(changesFromJournal(journaled, theirs.plan), theirs.plan)).toEqual({ ok: false,
      conflicts: [{ kind: 'unit', code: code('10001'), field: { key: 'target', indicatorId: ind('online_dossiers') } }] });
  });
});
