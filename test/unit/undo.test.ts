import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import type { Rate } from '../../src/domain/rate';
import { makeInverse } from '../../src/domain/undo';
import { code, ind, makeTestPlan, makeUnit, NOW, pct } from '../support/builders';

const unit = fc.integer({ min: 0, max: 6 }).map((n) => code(String(10000 + n)));
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('setRate' as const), unitCode: unit, indicatorId: fc.constantFrom('online_dossiers', 'e_results').map(ind),
    field: fc.constantFrom('target' as const, 'baseline' as const), value: fc.option(fc.integer({ min: 0, max: 10000 }).map((v) => v as Rate), { nil: null }) }),
  fc.record({ type: fc.constant('setVolume' as const), unitCode: unit, volume: fc.option(fc.nat(9999), { nil: null }) }),
  fc.record({ type: fc.constant('renameUnit' as const), unitCode: unit, name: fc.constantFrom('Xã A', 'Phường B') }),
  fc.integer({ min: 3, max: 6 }).map((n): Command => ({ type: 'addUnit', unit: makeUnit(n) })),
  unit.map((unitCode): Command => ({ type: 'removeUnit', unitCode })),
  fc.integer({ min: 0, max: 100 }).map((min): Command => ({ type: 'updateIndicator', indicatorId: ind('online_payment'), patch: { min: pct(min), mode: 'weighted' } })),
  fc.constant<Command>({ type: 'removeIndicator', indicatorId: ind('digitisation') }),
  fc.constantFrom('draft' as const, 'ready' as const).map((status): Command => ({ type: 'setStatus', status })),
  fc.constantFrom('Kế hoạch A', 'Kế hoạch B').map((name): Command => ({ type: 'setPlanInfo', info: { name } })),
  fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 5 }).map((ns): Command => ({ type: 'putUnits',
    entries: ns.map((n, k) => ({ unit: makeUnit(n, { volume: 7 * n, target: { online_dossiers: 60 + n } }), index: k * 2 })) })),
  fc.uniqueArray(unit, { maxLength: 3 }).map((unitCodes): Command => ({ type: 'removeUnits', unitCodes })),
);

const content = (p: Plan) => ({ ...p, revision: 0, updatedAt: '' });

function step(plan: Plan, c: Command) {
  const r = applyCommand(plan, c, NOW);
  return r.ok ? r : undefined;
}

describe('makeInverse', () => {
  it('undoes any command, and undoing the undo redoes it (property)', () => {
    fc.assert(fc.property(fc.array(command, { maxLength: 8 }), command, (setup, c) => {
      let plan = makeTestPlan({ units: 3 });
      for (const s of setup) plan = step(plan, s)?.plan ?? plan;
      const done = step(plan, c);
      if (!done || done.plan === plan) return;
      const undo = makeInverse(plan, done.plan, done.effect);
      const undone = step(done.plan, undo);
      expect(undone).toBeDefined();
      expect(content(undone!.plan)).toEqual(content(plan));
      const redo = makeInverse(done.plan, undone!.plan, undone!.effect);
      const redone = step(undone!.plan, redo);
      expect(content(redone!.plan)).toEqual(content(done.plan));
    }), { numRuns: 500 });
  });

  it('puts a removed unit back at its place', () => {
    const plan = makeTestPlan({ units: 4 });
    const done = step(plan, { type: 'removeUnit', unitCode: code('10001') })!;
    const undone = step(done.plan, makeInverse(plan, done.plan, done.effect))!;
    expect(undone.plan.units.map((u) => u.code)).toEqual(['10000', '10001', '10002', '10003']);
  });
});
