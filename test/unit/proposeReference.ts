import type { Indicator } from '../../src/domain/indicators';
import type { Plan, Unit } from '../../src/domain/plan';
import type { ProposalMethod, ProposalRequest } from '../../src/domain/proposal/proposalTypes';

/**
 * The proposal's specification, written again plainly and slowly for the tests: exact fractions in BigInt,
 * every parameter value tried in turn, headroom's exact breakpoints enumerated. Shares no code with the solver.
 */

const HUNDRED = 10000;
export const up10 = (r: number) => Math.ceil(r / 10) * 10;
const clampTo = (t: number, lb: number) => Math.min(HUNDRED, Math.max(lb, t));

/** The aggregate of these targets (undefined: none) as aggregate.ts documents it, as an exact fraction. */
export function aggregateOf(units: readonly Unit[], targets: readonly (number | undefined)[]): { num: bigint; den: bigint } {
  const known = units.filter((u) => u.volume !== null);
  const n = BigInt(known.length);
  const s = known.reduce((a, u) => a + BigInt(u.volume ?? 0), 0n);
  let num = 0n;
  let den = 0n;
  let count = 0n;
  let plain = 0n;
  units.forEach((u, i) => {
    const t = targets[i];
    if (t === undefined) return;
    count += 1n;
    plain += BigInt(t);
    const w = u.volume === null ? s : BigInt(u.volume) * n;
    num += w * BigInt(t);
    den += w;
  });
  return n === 0n || den === 0n ? { num: plain, den: count } : { num, den };
}

export const reaches = (a: { num: bigint; den: bigint }, goal: number) => a.den > 0n && a.num >= BigInt(goal) * a.den;
export const truncated = (a: { num: bigint; den: bigint }) => (a.den > 0n ? Number((a.num / (a.den * 10n)) * 10n) : null);

export interface Spec {
  changeable: boolean[];
  lb: number[];
  start: number[];
  /** The targets of the kept cells, and the changeable ones' own (replaced by the family). */
  targets: (number | undefined)[];
  aggregateGoal: number | null;
  level: number;
  rule: number | null;
}

export type Verdict = { feasible: false; kind: string; best?: number | null } | { feasible: true; spec: Spec };

/** Which cells may change, their bounds and start, the goal, and whether the request is infeasible (and why). */
export function specify(plan: Plan, ind: Indicator, request: ProposalRequest): Verdict {
  const id = ind.id;
  const rule = ind.mandatory ? HUNDRED : ind.mode === 'each' ? ind.min : ind.floor;
  const assigned = ind.mandatory || ind.min !== null;
  const own = assigned && ind.checkOwnTarget && ind.ownTarget !== null ? ind.ownTarget : null;
  const minRule = assigned && !ind.mandatory && ind.mode === 'weighted' ? ind.min : null;
  const required = own === null ? minRule : minRule === null ? own : Math.max(own, minRule);
  let aggregateGoal: number | null;
  let level = HUNDRED;
  if (ind.mandatory) aggregateGoal = own;
  else {
    const chosen = request.goal.kind === 'general' ? ind.min : request.goal.kind === 'own' ? ind.ownTarget : request.goal.value;
    if (chosen === null) return { feasible: false, kind: 'goalUnset' };
    const goal = required === null ? chosen : Math.max(chosen, required);
    aggregateGoal = ind.mode === 'each' && request.goal.kind === 'general' ? required : goal;
    level = ind.mode === 'each' && ind.min !== null ? Math.max(goal, ind.min) : goal;
  }
  const spec: Spec = { changeable: [], lb: [], start: [], targets: [], aggregateGoal, level, rule };
  const lockedLow: Unit[] = [];
  const typedLow: Unit[] = [];
  for (const u of plan.units) {
    const target = u.target[id];
    const inScope = request.scope === null || request.scope.has(u.code);
    const locked = u.locked?.[id] === true;
    const typed = request.onlyEmpty && target !== undefined;
    const changeable = inScope && !locked && !typed;
    if (inScope && !changeable && rule !== null && target !== undefined && target < rule) (locked ? lockedLow : typedLow).push(u);
    const b = u.baseline[id];
    spec.changeable.push(changeable);
    spec.lb.push(ind.mandatory ? HUNDRED : Math.max(0, up10(rule ?? 0), request.allowBelowBaseline || b === undefined ? 0 : up10(b)));
    spec.start.push(b !== undefined ? up10(b) : up10(rule ?? 0));
    spec.targets.push(target);
  }
  if (lockedLow.length > 0) return { feasible: false, kind: ind.mandatory ? 'lockedBelowMandatory' : ind.mode === 'each' ? 'lockedBelowMin' : 'lockedBelowFloor' };
  if (typedLow.length > 0) return { feasible: false, kind: 'typedBelowBound' };
  const best = aggregateOf(plan.units, allocate(spec, () => HUNDRED));
  if (aggregateGoal !== null && !reaches(best, aggregateGoal)) return { feasible: false, kind: 'goalUnreachable', best: truncated(best) };
  return { feasible: true, spec };
}

/** Every changeable cell at `value(i)` within its bounds, the others as they are. */
export function allocate(spec: Spec, value: (i: number) => number): (number | undefined)[] {
  return spec.targets.map((t, i) => (spec.changeable[i] ? clampTo(value(i), spec.lb[i]!) : t));
}

/** The family's allocation at parameter p (tenths for L, d, G; the share k as a fraction a/b for headroom). */
export function familyAt(spec: Spec, method: ProposalMethod, p: number, share: [bigint, bigint] = [0n, 1n]): (number | undefined)[] {
  switch (method) {
    case 'lift-lowest': case 'same-for-all': return allocate(spec, () => p * 10);
    case 'equal-uplift': return allocate(spec, (i) => spec.start[i]! + p * 10);
    case 'headroom': return allocate(spec, (i) => {
      const s = BigInt(spec.start[i]!);
      const [a, b] = share;
      const x = s * b + a * (10000n - s);
      return Number((x + 10n * b - 1n) / (10n * b)) * 10;
    });
  }
}

/** The first allocation of the family, in increasing parameter order, that meets the goal: found by trying them all. */
export function bruteForce(plan: Plan, spec: Spec, method: ProposalMethod, allowBelow: boolean): { targets: (number | undefined)[]; piece?: [number, number] } {
  const meets = (t: (number | undefined)[]) => spec.aggregateGoal === null || reaches(aggregateOf(plan.units, t), spec.aggregateGoal);
  if (method !== 'headroom') {
    const from = method === 'same-for-all' ? Math.min(1000, Math.max(0, up10(spec.level) / 10)) : method === 'equal-uplift' && allowBelow ? -1000 : 0;
    for (let p = from; p <= 1000; p++) {
      const t = familyAt(spec, method, p);
      if (meets(t)) return { targets: t };
    }
    throw new Error('the largest parameter must meet a feasible goal');
  }
  if (meets(familyAt(spec, method, 0))) return { targets: familyAt(spec, method, 0), piece: [0, 0] };
  const points: [number, number][] = [];
  spec.start.forEach((s, i) => {
    if (!spec.changeable[i]) return;
    for (let m = s; m < HUNDRED; m += 10) points.push([m - s, HUNDRED - s]);
  });
  points.sort((x, y) => x[0] * y[1] - y[0] * x[1]);
  const distinct = points.filter((x, i) => i === 0 || x[0] * points[i - 1]![1] !== points[i - 1]![0] * x[1]);
  distinct.push([1, 1]);
  for (let i = 0; i + 1 < distinct.length; i++) {
    const [a1, b1] = distinct[i]!;
    const [a2, b2] = distinct[i + 1]!;
    // Every target is constant between two breakpoints: its midpoint stands for the whole piece.
    const t = familyAt(spec, method, 0, [BigInt(a1 * b2 + a2 * b1), BigInt(2 * b1 * b2)]);
    if (meets(t)) return { targets: t, piece: [a1 / b1, a2 / b2] };
  }
  throw new Error('k = 1 must meet a feasible goal');
}
