import { districtKey } from './districtKey';
import type { Plan, Unit } from './plan';

/**
 * How a district's plan is tied to a member unit of the province's plan. A district's plan does not carry
 * its district's code: it is made from the province's assignment file with the district's name as its
 * allocating unit (`makeDistrictPlan`), and a planner may type it as "UBND huyện X". So the tie is the
 * district's name, folded (`districtKey`): the member's name, or its type and name ("Huyện" + "Tuy Phước"),
 * or its code where a district typed the code as its unit.
 */
export function memberKeys(unit: Pick<Unit, 'code' | 'name' | 'type'>): string[] {
  const name = districtKey(unit.name);
  const type = districtKey(unit.type);
  const keys = [name, districtKey(unit.code)];
  if (type && !name.startsWith(`${type} `)) keys.push(districtKey(`${unit.type} ${unit.name}`));
  return keys.filter((k) => k !== '');
}

/** The district a received plan stands for, as a key comparable with `memberKeys`. */
export const districtOfPlan = (plan: Pick<Plan, 'allocatingUnit' | 'name'>) => districtKey(plan.allocatingUnit || plan.name);

export interface MemberMatch {
  /** Per received plan (same order): the member unit it belongs to, or null when it is no member. */
  memberOf: (Unit | null)[];
  /** Member units that no received plan stands for, in the province plan's order. */
  missing: Unit[];
}

/** Which received plans belong to which of the province plan's member units, and which members sent nothing. */
export function matchMembers(members: readonly Unit[], plans: readonly Pick<Plan, 'allocatingUnit' | 'name'>[]): MemberMatch {
  const byKey = new Map<string, Unit>();
  for (const m of members) for (const k of memberKeys(m)) if (!byKey.has(k)) byKey.set(k, m);
  const memberOf = plans.map((p) => byKey.get(districtOfPlan(p)) ?? null);
  const sent = new Set(memberOf.filter((m): m is Unit => m !== null).map((m) => m.code));
  return { memberOf, missing: members.filter((m) => !sent.has(m.code)) };
}

/**
 * The plan among `candidates` whose member units the received plans' districts match most (at least one),
 * a plan of the same period first when two match as many; undefined when none matches any.
 */
export function likeliestProvincePlan<P extends Pick<Plan, 'units' | 'period'>>(
  candidates: readonly P[], received: readonly Pick<Plan, 'allocatingUnit' | 'name' | 'period'>[],
): P | undefined {
  let best: { plan: P; score: number } | undefined;
  const periods = new Set(received.map((r) => r.period));
  for (const plan of candidates) {
    const matched = matchMembers(plan.units, received).memberOf.filter((m) => m !== null).length;
    if (matched === 0) continue;
    const score = matched * 2 + (periods.has(plan.period) ? 1 : 0);
    if (!best || score > best.score) best = { plan, score };
  }
  return best?.plan;
}
