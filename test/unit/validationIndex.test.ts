import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import type { Rate } from '../../src/domain/rate';
import { compareIssues } from '../../src/domain/rules';
import { unitAt } from '../../src/domain/unitPositions';
import { ValidationIndex } from '../../src/domain/validationIndex';
import { createPlanView } from '../../src/state/planView';
import { code, ind, makeTestPlan, makeUnit, NOW, pct } from '../support/builders';

const INDICATORS = ['online_dossiers', 'online_payment', 'e_results'];

/** Random commands over a small plan, including ones that change rules, volumes and membership, and batches of them. */
const command = (units: number): fc.Arbitrary<Command> => fc.oneof(
  { arbitrary: single(units), weight: 4 },
  { arbitrary: fc.array(single(units), { maxLength: 4 }).map((commands): Command => ({ type: 'batch', commands })), weight: 1 },
  // "replace a unit": the batch an import sends
  { arbitrary: fc.integer({ min: 0, max: units }).map((n): Command => ({ type: 'batch', commands: [
    { type: 'removeUnit', unitCode: code(String(10000 + n)) }, { type: 'addUnit', unit: makeUnit(n, { volume: 0, target: { online_payment: 20 } }) }] })), weight: 1 },
);

const single = (units: number): fc.Arbitrary<Command> => fc.oneof(
  fc.record({
    type: fc.constant('setRate' as const), unitCode: fc.integer({ min: 0, max: units }).map((n) => code(String(10000 + n))),
    indicatorId: fc.constantFrom(...INDICATORS).map(ind), field: fc.constantFrom('target' as const, 'baseline' as const),
    value: fc.option(fc.integer({ min: -500, max: 10500 }).map((v) => v as Rate), { nil: null }),
  }),
  fc.record({
    type: fc.constant('setVolume' as const), unitCode: fc.integer({ min: 0, max: units }).map((n) => code(String(10000 + n))),
    volume: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5000 })), { nil: null }),
  }),
  fc.integer({ min: units, max: units + 3 }).map((n): Command => ({ type: 'addUnit', unit: makeUnit(n, { target: { online_dossiers: 55 } }) })),
  fc.integer({ min: 0, max: units + 3 }).map((n): Command => ({ type: 'removeUnit', unitCode: code(String(10000 + n)) })),
  fc.record({ min: fc.integer({ min: 0, max: 1000 }), weighted: fc.boolean(), floor: fc.option(fc.integer({ min: 0, max: 100 })) })
    .map(({ min, weighted, floor }): Command => ({ type: 'updateIndicator', indicatorId: ind('online_payment'),
      patch: { min: (min * 10) as Rate, mode: weighted ? 'weighted' : 'each', floor: floor === null ? null : pct(floor) } })),
  fc.constantFrom('draft' as const, 'ready' as const).map((status): Command => ({ type: 'setStatus', status })),
  fc.uniqueArray(fc.integer({ min: 0, max: units + 3 }), { maxLength: 4 }).map((ns): Command => ({ type: 'putUnits',
    entries: ns.map((n) => ({ unit: makeUnit(n, { volume: n === 0 ? null : n, target: { online_dossiers: 40 + n } }), index: n })) })),
);

/**
 * A tab's view of a plan (state/planView.ts), told of each command as the session tells it: applied, and shown
 * unless refused or a no-op. Its `validation` is the index under test, kept up to date by the view's own code.
 */
function viewOf(plan: Plan) {
  const view = createPlanView(() => {});
  view.replace(plan);
  return view;
}
function tell(view: ReturnType<typeof createPlanView>, c: Command): Plan {
  const before = view.plan()!;
  const result = applyCommand(before, c, NOW);
  if (result.ok && result.plan !== before) view.show(before, result.plan, result.effect);
  expect(view.busy()).toBeUndefined(); // a small change is shown at once: nothing waits behind it
  return view.plan()!;
}

/** A fork told of a command through the index's own API (what the view gives a fork is tested through the view). */
function updateFork(fork: ValidationIndex, before: Plan, c: Command): Plan {
  const result = applyCommand(before, c, NOW);
  if (!result.ok || result.plan === before) return before;
  if (result.effect.rulesChanged || result.effect.unitsMoved) fork.reset(result.plan);
  else {
    for (const changed of result.effect.changed) fork.updateUnit(unitAt(before.units, changed), unitAt(result.plan.units, changed));
    for (const removed of result.effect.removed) fork.updateUnit(unitAt(before.units, removed), undefined);
  }
  return result.plan;
}

describe('ValidationIndex', () => {
  it('kept up to date edit by edit, ends where a full re-validation ends (property)', () => {
    fc.assert(fc.property(fc.array(command(5), { maxLength: 40 }), (commands) => {
      const view = viewOf(makeTestPlan({ units: 5 }));
      let plan = view.plan()!;
      for (const c of commands) plan = tell(view, c);
      const index = view.validation;
      const fresh = new ValidationIndex(plan);
      expect(index.counts()).toEqual(fresh.counts());
      expect(index.allIssues(plan.units)).toEqual(fresh.allIssues(plan.units));
      expect(index.totals()).toEqual(fresh.totals());
      for (const i of INDICATORS) expect(index.unitErrorsFor(ind(i))).toBe(fresh.unitErrorsFor(ind(i)));
    }), { numRuns: 300 });
  });

  it('lists every issue in the order of sorting them by compareIssues, without sorting (property)', () => {
    fc.assert(fc.property(fc.array(command(6), { maxLength: 30 }), (commands) => {
      const view = viewOf(makeTestPlan({ units: 6 }));
      let plan = view.plan()!;
      for (const c of commands) plan = tell(view, c);
      const index = view.validation;
      const unitOrder = new Map(plan.units.map((u, i) => [u.code, i]));
      const indicatorOrder = new Map(plan.indicators.map((x, i) => [x.id, i]));
      const sorted = [...index.aggregateIssues(), ...plan.units.flatMap((u) => index.unitIssues(u.code))].sort(compareIssues(unitOrder, indicatorOrder));
      expect(index.allIssues(plan.units)).toEqual(sorted);
    }), { numRuns: 200 });
  });

  it('brings a large change in on a fork, leaving the index as it was until it adopts the fork (property)', () => {
    fc.assert(fc.property(fc.array(command(5), { maxLength: 20 }), fc.array(command(5), { maxLength: 20 }), (first, second) => {
      const view = viewOf(makeTestPlan({ units: 5 }));
      let plan = view.plan()!;
      for (const c of first) plan = tell(view, c);
      const index = view.validation;
      const shown = { counts: index.counts(), issues: index.allIssues(plan.units), totals: index.totals() };
      const fork = index.fork();
      let next = plan;
      for (const c of second) next = updateFork(fork, next, c);
      // The index still describes the plan on screen…
      expect({ counts: index.counts(), issues: index.allIssues(plan.units), totals: index.totals() }).toEqual(shown);
      // …and once it adopts the fork, it describes the new plan exactly.
      index.adopt(fork);
      const fresh = new ValidationIndex(next);
      expect(index.counts()).toEqual(fresh.counts());
      expect(index.allIssues(next.units)).toEqual(fresh.allIssues(next.units));
      expect(index.totals()).toEqual(fresh.totals());
    }), { numRuns: 200 });
  });

  it('counts errors and warnings, and lists errors first', () => {
    const view = viewOf(makeTestPlan({ units: 3 }));
    const index = view.validation;
    expect(index.counts()).toEqual({ error: 0, warning: 0 });
    tell(view, { type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: null });
    const plan = tell(view, { type: 'setRate', unitCode: code('10002'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(10) });
    expect(index.counts()).toEqual({ error: 1, warning: 2 });
    expect(index.allIssues(plan.units).map((i) => [i.severity, i.rule, i.unitCode])).toEqual([
      ['error', 'belowMin', '10002'], ['warning', 'missing', '10001'], ['warning', 'belowBaseline', '10002'],
    ]);
    expect(index.cellIssues(code('10002'), 'target', ind('online_dossiers')).map((i) => i.rule)).toEqual(['belowMin', 'belowBaseline']);
  });

  it('counts a failing weighted aggregate as an error', () => {
    const view = viewOf(makeTestPlan({ units: 2 }));
    const index = view.validation;
    tell(view, { type: 'updateIndicator', indicatorId: ind('online_payment'), patch: { mode: 'weighted', min: pct(90) } });
    expect(index.aggregateIssues()).toEqual([expect.objectContaining({ rule: 'aggregateBelowMin', unitCode: null, limit: pct(90), off: pct(10) })]);
    expect(index.counts().error).toBe(1);
  });
});
