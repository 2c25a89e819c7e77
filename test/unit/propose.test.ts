import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import type { Plan } from '../../src/domain/plan';
import { proposalCommand, proposalSteps, proposeAllocation } from '../../src/domain/proposal/propose';
import type { GoalChoice, IndicatorProposal, ProposalMethod, ProposalRequest } from '../../src/domain/proposal/proposalTypes';
import type { Rate } from '../../src/domain/rate';
import { code, ind, NOW, pct } from '../support/builders';

/**
 * The 13 communes of the demo plan (volumes 2913 … 1363; H1 results as in demoPlan.ts) and what each method
 * proposes for them. Every table was computed apart from the solver, by trying each level, uplift or headroom
 * piece in turn with exact fractions, and is written out here: unit code → target in percent.
 */
const CODES = ['21952', '21955', '21958', '21961', '21964', '21967', '21970', '21973', '21976', '21979', '21982', '21985', '21988'];
const table = (percents: number[]) => Object.fromEntries(CODES.map((c, i) => [c, percents[i]]));

type Feasible = Extract<IndicatorProposal, { feasible: true }>;
const demo = () => makeDemoPlan(NOW);
const request = (method: ProposalMethod, ids: string[], goal: GoalChoice = { kind: 'own' }, more: Partial<ProposalRequest> = {}): ProposalRequest =>
  ({ indicatorIds: ids.map(ind), method, goal, onlyEmpty: false, allowBelowBaseline: false, scope: null, ...more });

function only(plan: Plan, req: ProposalRequest): IndicatorProposal {
  const result = proposeAllocation(plan, req);
  expect(result.indicators).toHaveLength(1);
  return result.indicators[0]!;
}
function feasible(plan: Plan, req: ProposalRequest) {
  const p = only(plan, req);
  if (!p.feasible) throw new Error(`infeasible: ${JSON.stringify(p.problem)}`);
  return p;
}
/** The share reported lies in (a/b, c/d], exactly (it is j / 2^30). */
function expectShareIn(p: IndicatorProposal, [a, b, c, d]: [number, number, number, number]) {
  if (!p.feasible || p.parameter?.kind !== 'share') throw new Error('expected a share');
  const j = BigInt(p.parameter.value * 2 ** 30);
  const steps = BigInt(2 ** 30);
  expect(j * BigInt(b) > BigInt(a) * steps && j * BigInt(d) <= BigInt(c) * steps).toBe(true);
}
const targets = (p: Feasible) => Object.fromEntries(p.cells.map((c) => [c.unitCode, (c.after ?? NaN) / 100]));

describe('proposals on the demo plan, computed by hand', () => {
  // Online dossiers: `each` mode, general target 50 %, the district's own target 60 % as the goal.
  // Headroom's parameters: the exact smallest share is just above a breakpoint (m − s) / (10000 − s); the share
  // reported lies in the piece from that breakpoint to the next, where every target stays the same.
  const dossiers: [ProposalMethod, Feasible['parameter'] | [number, number, number, number], number[]][] = [
    ['lift-lowest', { kind: 'level', value: pct(60) }, [60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60.3, 60]],
    ['equal-uplift', { kind: 'uplift', value: pct(11.9) }, [66.9, 54.4, 66.6, 50, 71, 50, 58, 51.8, 71.8, 57.5, 58.3, 72.2, 50]],
    ['headroom', [93, 401, 95, 409], [65.5, 55.9, 65.3, 50, 68.6, 52.2, 58.7, 53.9, 69.3, 58.3, 58.9, 69.6, 51.4]],
    ['same-for-all', null, [60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60.3, 60]],
  ];
  // Online payment: `weighted` mode, general target 45 %, floor 30 %, own target 51 % as the goal.
  const payment: [ProposalMethod, number[]][] = [
    ['lift-lowest', [60.5, 50.2, 48.2, 49.7, 48.2, 55.8, 48.2, 48.2, 48.2, 48.2, 48.2, 52.2, 48.2]],
    ['equal-uplift', [65.3, 55, 50.7, 54.5, 39.6, 60.6, 47.9, 36.4, 49.2, 39, 42.5, 57, 47.7]],
    ['headroom', [64, 54.6, 50.7, 54.2, 40.6, 59.7, 48.1, 37.6, 49.3, 40, 43.2, 56.4, 48]],
    ['same-for-all', [60.5, 51, 51, 51, 51, 55.8, 51, 51, 51, 51, 51, 52.2, 51]],
  ];
  // Digitisation: `each` mode, general target 70 %, own target 85 %.
  const digitisation: [ProposalMethod, number[]][] = [
    ['lift-lowest', [85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85]],
    ['equal-uplift', [99.9, 97.5, 72.9, 78.5, 80.6, 70.7, 82, 77.7, 84.6, 87, 75.3, 81.7, 79.8]],
    ['headroom', [89.9, 89.1, 81, 82.8, 83.5, 80.3, 84, 82.6, 84.9, 85.6, 81.8, 83.9, 83.3]],
    ['same-for-all', [85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85, 85]],
  ];

  it.each(dossiers)('online dossiers to the own target (60) by %s', (method, parameter, expected) => {
    const p = feasible(demo(), request(method, ['online_dossiers']));
    expect(targets(p)).toEqual(table(expected));
    expect(p.goal).toBe(pct(60));
    if (Array.isArray(parameter)) expectShareIn(p, parameter);
    else expect(p.parameter).toEqual(parameter);
    expect(p.changed).toBe(13);
  });

  it.each(payment)('online payment to the own target (51) by %s', (method, expected) => {
    expect(targets(feasible(demo(), request(method, ['online_payment'])))).toEqual(table(expected));
  });

  it.each(digitisation)('digitisation to the own target (85) by %s', (method, expected) => {
    expect(targets(feasible(demo(), request(method, ['digitisation'])))).toEqual(table(expected));
  });

  it('parameters of the other tables: payment level 48,2, uplift 4,8, share in (50/571, 5/57]; digitisation share in (155/231, 351/523]', () => {
    expect(feasible(demo(), request('lift-lowest', ['online_payment'])).parameter).toEqual({ kind: 'level', value: pct(48.2) });
    expect(feasible(demo(), request('equal-uplift', ['online_payment'])).parameter).toEqual({ kind: 'uplift', value: pct(4.8) });
    expectShareIn(feasible(demo(), request('headroom', ['online_payment'])), [50, 571, 5, 57]);
    expectShareIn(feasible(demo(), request('headroom', ['digitisation'])), [155, 231, 351, 523]);
    expect(feasible(demo(), request('equal-uplift', ['digitisation'])).parameter).toEqual({ kind: 'uplift', value: pct(30.8) });
  });

  it('below the last results when allowed: payment lifted to the level 51 for all; uplift −1,2 for the general target 45 %', () => {
    const lifted = feasible(demo(), request('lift-lowest', ['online_payment'], { kind: 'own' }, { allowBelowBaseline: true }));
    expect(targets(lifted)).toEqual(table(Array<number>(13).fill(51)));
    const custom = feasible(demo(), request('equal-uplift', ['online_payment'], { kind: 'custom', value: pct(40) }, { allowBelowBaseline: true }));
    expect(custom.goal).toBe(pct(45));
    expect(custom.goalRaisedBy).toBe('general');
    expect(custom.parameter).toEqual({ kind: 'uplift', value: -120 });
    expect(targets(custom)).toEqual(table([59.3, 49, 44.7, 48.5, 33.6, 54.6, 41.9, 30.4, 43.2, 33, 36.5, 51, 41.7]));
    expect(custom.cells[4]!.reason).toEqual({ kind: 'uplift', by: -120 });
  });

  it('the general target in `each` mode: every commune at least 50 %, the others keep their last result', () => {
    const p = feasible(demo(), request('lift-lowest', ['online_dossiers'], { kind: 'general' }));
    expect(targets(p)).toEqual(table([55, 50, 54.7, 50, 59.1, 50, 50, 50, 59.9, 50, 50, 60.3, 50]));
    expect(p.parameter).toEqual({ kind: 'level', value: 0 });
    expect(p.cells[0]!.reason).toEqual({ kind: 'keptBaseline', baseline: pct(55) });
    expect(p.cells[1]!.reason).toEqual({ kind: 'bound', bound: 'general' });
  });

  it('mandatory indicators: every target 100 %, whatever the goal; here only Xã Phước Hiệp had none', () => {
    const result = proposeAllocation(demo(), request('headroom', ['e_results', 'population_db'], { kind: 'custom', value: pct(10) }));
    expect(result.feasible).toBe(true);
    expect(result.changed).toBe(2);
    for (const p of result.indicators) {
      if (!p.feasible) throw new Error('infeasible');
      expect(p.cells.every((c) => c.after === pct(100) && c.reason.kind === 'bound')).toBe(true);
      expect(p.cells.filter((c) => c.after !== c.before).map((c) => c.unitCode)).toEqual([code('21973')]);
    }
  });
});

describe('what a proposal keeps, and when it cannot be met', () => {
  const lock = (plan: Plan, unit: string, indicator: string): Plan =>
    ({ ...plan, units: plan.units.map((u) => (u.code === unit ? { ...u, locked: { ...u.locked, [ind(indicator)]: true } } : u)) });

  it('a locked cell keeps its target, and the others make up for it', () => {
    const plan = lock(demo(), '21952', 'online_payment');
    const p = feasible(plan, request('lift-lowest', ['online_payment']));
    expect(p.cells[0]).toEqual({ unitCode: code('21952'), before: pct(68), after: pct(68), reason: { kind: 'locked' }, noBaseline: false });
    expect(p.parameter).toEqual({ kind: 'level', value: 4620 });
  });

  it('only empty cells: the typed targets stay, Xã Phước Hiệp gets one', () => {
    const p = feasible(demo(), request('same-for-all', ['online_dossiers'], { kind: 'general' }, { onlyEmpty: true }));
    expect(p.changed).toBe(1);
    expect(p.cells.filter((c) => c.reason.kind === 'typed')).toHaveLength(12);
    expect(p.cells[7]).toMatchObject({ unitCode: code('21973'), before: null, after: pct(50), reason: { kind: 'sameForAll', level: pct(50) } });
  });

  it('only the units in scope change', () => {
    const scope = new Set([code('21961'), code('21967')]);
    const p = feasible(demo(), request('lift-lowest', ['online_dossiers'], { kind: 'general' }, { scope }));
    expect(p.cells.filter((c) => c.reason.kind !== 'outOfScope').map((c) => c.unitCode)).toEqual([...scope]);
    expect(p.changed).toBe(2);
  });

  it('unreachable: with Thị trấn Tuy Phước locked at 68 %, a goal of 99 % stops at 95,6 %', () => {
    const plan = lock(demo(), '21952', 'online_payment');
    const p = only(plan, request('lift-lowest', ['online_payment'], { kind: 'custom', value: pct(99) }));
    expect(p).toMatchObject({ feasible: false, problem: { kind: 'goalUnreachable', goal: pct(99), best: pct(95.6) } });
    expect(proposalCommand(plan, proposeAllocation(plan, request('lift-lowest', ['online_payment'], { kind: 'custom', value: pct(99) })))).toBe(null);
  });

  it('a locked mandatory cell below 100 %, a locked cell below the general target or the floor, a typed one when only empty cells are filled', () => {
    const plan = demo();
    const low = (unit: string, indicator: string, value: number): Plan =>
      lock({ ...plan, units: plan.units.map((u) => (u.code === unit ? { ...u, target: { ...u.target, [ind(indicator)]: pct(value) } } : u)) }, unit, indicator);
    expect(only(low('21955', 'e_results', 90), request('lift-lowest', ['e_results']))).toMatchObject({ feasible: false, problem: { kind: 'lockedBelowMandatory', unitCodes: [code('21955')] } });
    expect(only(low('21955', 'online_dossiers', 40), request('lift-lowest', ['online_dossiers']))).toMatchObject({ feasible: false, problem: { kind: 'lockedBelowMin', min: pct(50) } });
    expect(only(low('21955', 'online_payment', 20), request('lift-lowest', ['online_payment']))).toMatchObject({ feasible: false, problem: { kind: 'lockedBelowFloor', floor: pct(30) } });
    const typed = { ...plan, units: plan.units.map((u, i) => (i === 1 ? { ...u, target: { ...u.target, [ind('online_dossiers')]: pct(40) } } : u)) };
    expect(only(typed, request('lift-lowest', ['online_dossiers'], { kind: 'general' }, { onlyEmpty: true })))
      .toMatchObject({ feasible: false, problem: { kind: 'typedBelowBound', bound: 'general', limit: pct(50), unitCodes: [code('21955')] } });
  });

  it('no goal to meet: the own target not given, or the general target not entered', () => {
    const plan = demo();
    const unset = { ...plan, indicators: plan.indicators.map((i) => ({ ...i, ownTarget: null, min: i.id === 'online_payment' ? null : i.min })) };
    expect(only(unset, request('headroom', ['online_dossiers']))).toMatchObject({ feasible: false, problem: { kind: 'goalUnset', goal: 'own' } });
    expect(only(unset, request('headroom', ['online_payment'], { kind: 'general' }))).toMatchObject({ feasible: false, problem: { kind: 'goalUnset', goal: 'general' } });
  });

  it('the own target, when the plan checks it, raises a lower goal', () => {
    const plan = demo();
    const checked = { ...plan, indicators: plan.indicators.map((i) => ({ ...i, checkOwnTarget: true })) };
    const p = feasible(checked, request('same-for-all', ['online_payment'], { kind: 'general' }));
    expect([p.goal, p.goalRaisedBy]).toEqual([pct(51), 'own']);
  });
});

describe('applying a proposal', () => {
  it('is one patchUnits command of every changed target, in plan order; proposing again changes nothing', () => {
    const plan = demo();
    const req = request('equal-uplift', ['online_dossiers', 'online_payment', 'digitisation', 'e_results']);
    const result = proposeAllocation(plan, req);
    const command = proposalCommand(plan, result);
    if (command?.type !== 'patchUnits') throw new Error('expected one patchUnits command');
    expect(command.entries.map((e) => e.code)).toEqual(CODES.map(code));
    const applied = applyCommand(plan, command, NOW);
    if (!applied.ok) throw new Error(applied.reason);
    expect(applied.plan.units[7]!.target).toEqual({ online_dossiers: pct(51.8), online_payment: pct(36.4), digitisation: pct(77.7), e_results: pct(100) });
    const again = proposeAllocation(applied.plan, req);
    expect([again.feasible, again.changed]).toEqual([true, 0]);
    expect(proposalCommand(applied.plan, again)).toBe(null);
  });

  it('one indicator at a time, for a caller that yields in between, gives the same result', () => {
    const plan = demo();
    const req = request('headroom', plan.indicators.map((i) => i.id));
    const steps = proposalSteps(plan, req);
    const seen: string[] = [];
    let next = steps.next();
    while (!next.done) {
      seen.push(next.value.indicatorId);
      next = steps.next();
    }
    expect(seen).toEqual(plan.indicators.map((i) => i.id));
    expect(next.value).toEqual(proposeAllocation(plan, req));
    expect(proposeAllocation(plan, { ...req, indicatorIds: [] })).toEqual({ indicators: [], feasible: true, changed: 0 });
  });

  it('an infeasible indicator holds back the whole proposal', () => {
    const plan = demo();
    const result = proposeAllocation(plan, request('lift-lowest', ['online_dossiers', 'online_payment'], { kind: 'custom', value: 10001 as Rate }));
    expect(result.feasible).toBe(false);
    expect(proposalCommand(plan, result)).toBe(null);
  });
});
