import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import type { IndicatorId, UnitCode } from '../../src/domain/ids';
import type { Indicator } from '../../src/domain/indicators';
import type { Plan, Unit } from '../../src/domain/plan';
import { makePlan } from '../../src/domain/planFactory';
import { proposalCommand, proposeAllocation } from '../../src/domain/proposal/propose';
import { PROPOSAL_METHODS, type IndicatorProposal, type ProposalRequest, type ProposedCell } from '../../src/domain/proposal/proposalTypes';
import type { Rate } from '../../src/domain/rate';
import { seeded } from '../../src/domain/seeded';
import { ValidationIndex } from '../../src/domain/validationIndex';
import { code, ind, NOW, testId } from '../support/builders';
import { aggregateOf, bruteForce, familyAt, reaches, specify, up10, type Spec } from './proposeReference';

const anyRate = fc.oneof(fc.integer({ min: 0, max: 1000 }).map((n) => n * 10), fc.integer({ min: 0, max: 10000 })) as fc.Arbitrary<Rate>;
const indicator = (id: string): fc.Arbitrary<Indicator> => fc.record({
  mode: fc.constantFrom('each' as const, 'weighted' as const),
  mandatory: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  min: fc.option(anyRate, { nil: null, freq: 6 }),
  floor: fc.option(anyRate, { nil: null, freq: 2 }),
  ownTarget: fc.option(anyRate, { nil: null, freq: 4 }),
  checkOwnTarget: fc.boolean(),
}).map((r) => ({ id: ind(id), name: { vi: id, en: id }, ...r }));

/** How the random units are drawn: shares of locks, targets and scope, and a seed for the rest. */
const knobs = (maxUnits: number) => fc.record({
  seed: fc.nat(), size: fc.integer({ min: 1, max: maxUnits }), locks: fc.constantFrom(0, 0.05, 0.3), targets: fc.constantFrom(0, 0.5, 0.95),
  scope: fc.option(fc.constantFrom(0.2, 0.7), { nil: null }), noVolumes: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

function randomPlan(indicators: Indicator[], k: { seed: number; size: number; locks: number; targets: number; noVolumes: boolean }): Plan {
  const r = seeded(k.seed + 1);
  const rate = () => (r() < 0.5 ? Math.floor(r() * 1001) * 10 : Math.floor(r() * 10001)) as Rate;
  const units = Array.from({ length: k.size }, (_, n): Unit => {
    const baseline: Partial<Record<IndicatorId, Rate>> = {};
    const target: Partial<Record<IndicatorId, Rate>> = {};
    const locked: Partial<Record<IndicatorId, true>> = {};
    for (const i of indicators) {
      if (r() > 0.15) baseline[i.id] = rate();
      if (r() < k.targets) target[i.id] = (r() < 0.8 ? Math.floor(r() * 1001) * 10 : rate()) as Rate;
      if (r() < k.locks) locked[i.id] = true;
    }
    const v = r();
    const volume = k.noVolumes || v < 0.1 ? null : v < 0.15 ? 0 : Math.floor(r() * 3000);
    return { code: code(String(10000 + n)), name: `Xã ${n}`, type: 'Xã', volume, baseline, target, locked };
  });
  return makePlan({ name: 'Thử', period: '2024-H1', units, indicators }, NOW, testId);
}

const request = fc.record({
  indicatorIds: fc.constantFrom(['a'], ['b'], ['a', 'b']).map((ids) => ids.map(ind)),
  method: fc.constantFrom(...PROPOSAL_METHODS),
  goal: fc.oneof(fc.constant({ kind: 'general' as const }), fc.constant({ kind: 'own' as const }), anyRate.map((value) => ({ kind: 'custom' as const, value }))),
  onlyEmpty: fc.boolean(),
  allowBelowBaseline: fc.boolean(),
});

const scenario = (maxUnits: number) => fc.tuple(indicator('a'), indicator('b'), knobs(maxUnits), request).map(([a, b, k, req]) => {
  const plan = randomPlan([a, b], k);
  const r = seeded(k.seed + 7);
  const scope = k.scope === null ? null : new Set<UnitCode>(plan.units.filter(() => r() < (k.scope ?? 1)).map((u) => u.code));
  return { plan, request: { ...req, scope } as ProposalRequest };
});

const KEPT = new Set(['locked', 'typed', 'outOfScope']);

/** The solver's parameter as the reference's: tenths for L, d and G, the share as j / 2^30. */
function parameterOf(p: Extract<IndicatorProposal, { feasible: true }>, spec: Spec): { p: number; share?: [bigint, bigint] } {
  const param = p.parameter;
  if (param === null) return { p: Math.min(1000, Math.max(0, up10(spec.level) / 10)) };
  if (param.kind === 'share') return { p: 0, share: [BigInt(param.value * 2 ** 30), BigInt(2 ** 30)] };
  return { p: param.value / 10 };
}

/** A changeable cell's reason says what set its number. */
function expectReason(reason: ProposedCell['reason'], after: number, indicator: Indicator, unit: Unit, start: number) {
  const baseline = unit.baseline[indicator.id];
  expect(reason.kind === 'bound' && reason.bound === 'mandatory').toBe(indicator.mandatory);
  switch (reason.kind) {
    case 'level': case 'sameForAll': return expect(after).toBe(reason.level);
    case 'uplift': return expect(after).toBe(Math.max(0, start + reason.by));
    case 'keptBaseline': expect(reason.baseline).toBe(baseline); return expect(after).toBe(up10(baseline!));
    case 'headroom': return expect(reason.share).toBeGreaterThan(-1);
    case 'bound': return expect(after).toBe({ mandatory: 10000, cap100: 10000, floor: up10(indicator.floor ?? NaN), general: up10(indicator.min ?? NaN) }[reason.bound]);
    default: throw new Error(`a changeable cell kept: ${reason.kind}`);
  }
}

/** Every property the issue states, for one proposal of one plan; `brute` compares with trying every parameter. */
function check(plan: Plan, req: ProposalRequest, brute: boolean) {
  const result = proposeAllocation(plan, req);
  expect(proposeAllocation(plan, req)).toEqual(result);
  expect(result.indicators.map((p) => p.indicatorId)).toEqual(plan.indicators.filter((i) => req.indicatorIds.includes(i.id)).map((i) => i.id));
  for (const proposal of result.indicators) {
    const indicator = plan.indicators.find((i) => i.id === proposal.indicatorId)!;
    const verdict = specify(plan, indicator, req);
    expect(proposal.feasible ? 'feasible' : proposal.problem.kind).toBe(verdict.feasible ? 'feasible' : verdict.kind);
    if (!proposal.feasible || !verdict.feasible) {
      if (!proposal.feasible && proposal.problem.kind === 'goalUnreachable' && !verdict.feasible) expect(proposal.problem.best).toBe(verdict.best);
      continue;
    }
    const { spec } = verdict;
    const after = proposal.cells.map((c) => c.after ?? undefined);
    proposal.cells.forEach((cell, i) => {
      expect(cell.unitCode).toBe(plan.units[i]!.code);
      expect(cell.before).toBe(plan.units[i]!.target[indicator.id] ?? null);
      expect(KEPT.has(cell.reason.kind)).toBe(!spec.changeable[i]);
      if (!spec.changeable[i]) return expect(cell.after).toBe(cell.before);
      expect(cell.after! % 10).toBe(0);
      expect(cell.after).toBeGreaterThanOrEqual(spec.lb[i]!);
      expect(cell.after).toBeLessThanOrEqual(10000);
      expect(cell.noBaseline).toBe(plan.units[i]!.baseline[indicator.id] === undefined);
      expectReason(cell.reason, cell.after!, indicator, plan.units[i]!, spec.start[i]!);
    });
    expect(proposal.changed).toBe(proposal.cells.filter((c) => c.after !== c.before).length);
    const agg = aggregateOf(plan.units, after);
    expect(proposal.after.num * agg.den).toBe(agg.num * proposal.after.den);
    if (indicator.mandatory) {
      expect(proposal.parameter).toBe(null);
      spec.changeable.forEach((c, i) => c && expect(after[i]).toBe(10000));
      continue;
    }
    // The targets are the family's at the parameter reported, and the next smaller parameter misses the goal.
    const { p, share } = parameterOf(proposal, spec);
    expect(after).toEqual(familyAt(spec, req.method, p, share));
    if (spec.aggregateGoal !== null) {
      const lower = share ? familyAt(spec, req.method, 0, [share[0] - 1n, share[1]]) : familyAt(spec, req.method, p - 1);
      const lowest = share ? share[0] === 0n : p === (req.method === 'equal-uplift' && req.allowBelowBaseline ? -1000 : req.method === 'same-for-all' ? Math.min(1000, Math.max(0, up10(spec.level) / 10)) : 0);
      if (!lowest) expect(reaches(aggregateOf(plan.units, lower), spec.aggregateGoal)).toBe(false);
    } else expect(p === 0 || req.method === 'same-for-all' || (req.method === 'equal-uplift' && p === -1000)).toBe(true);
    if (brute) {
      const best = bruteForce(plan, spec, req.method, req.allowBelowBaseline);
      expect(after).toEqual(best.targets);
      if (best.piece && share) {
        const k = Number(share[0]) / 2 ** 30;
        if (best.piece[1] === 0) expect(k).toBe(0);
        else expect(k > best.piece[0] && k <= best.piece[1]).toBe(true);
      }
    }
  }
  return result;
}

/** After applying: no error on any cell the proposal could change, nor on the aggregate; proposing again changes nothing. */
function checkApplied(plan: Plan, req: ProposalRequest, result: ReturnType<typeof proposeAllocation>) {
  const command = proposalCommand(plan, result);
  expect(command === null).toBe(!result.feasible || result.changed === 0);
  if (!result.feasible) return;
  const applied = command === null ? plan : (() => {
    const r = applyCommand(plan, command, NOW);
    if (!r.ok) throw new Error(r.reason);
    return r.plan;
  })();
  const index = new ValidationIndex(applied);
  for (const proposal of result.indicators) {
    if (!proposal.feasible) continue;
    const id = proposal.indicatorId;
    expect(index.totals().find((t) => t.indicator.id === id)!.issues.filter((i) => i.severity === 'error')).toEqual([]);
    proposal.cells.forEach((cell) => {
      if (KEPT.has(cell.reason.kind)) return;
      expect(index.cellIssues(cell.unitCode, 'target', id).filter((i) => i.severity === 'error')).toEqual([]);
    });
  }
  const again = proposeAllocation(applied, req);
  expect(again.feasible).toBe(true);
  expect(again.changed).toBe(0);
}

describe('proposing an allocation (properties)', () => {
  it('on small plans: the smallest parameter meeting the goal, found by trying every one, and every other property', () => {
    fc.assert(fc.property(scenario(10), ({ plan, request: req }) => {
      checkApplied(plan, req, check(plan, req, true));
    }), { numRuns: 300 });
  });

  it('on plans of up to 2,000 units: bounds, minimality, validation, determinism and idempotence', () => {
    fc.assert(fc.property(scenario(2000), ({ plan, request: req }) => {
      checkApplied(plan, req, check(plan, req, false));
    }), { numRuns: 60 });
  });

  it('proposes within every rule when the goal can be met (mostly feasible cases)', () => {
    const easy = scenario(300).map(({ plan, request: req }) => ({ plan, request: { ...req, goal: { kind: 'custom' as const, value: 3000 as Rate }, onlyEmpty: false } }));
    let feasible = 0;
    fc.assert(fc.property(easy, ({ plan, request: req }) => {
      const result = check(plan, req, false);
      if (result.feasible) feasible += 1;
      checkApplied(plan, req, result);
    }), { numRuns: 60 });
    expect(feasible).toBeGreaterThan(10);
  });
});
