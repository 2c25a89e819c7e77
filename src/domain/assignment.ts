import { planId, type IndicatorId, type PlanId } from './ids';
import type { Indicator } from './indicators';
import type { Plan, Unit } from './plan';
import { makePlan } from './planFactory';
import type { Rate } from './rate';

/**
 * What a province sends its districts: the indicators with the commune-level general targets and how they
 * apply, and per district its own targets (and, when the province has it, its unit list). In the app the
 * province prepares it as a plan of its own whose member units are the districts: a district's target in
 * that plan is the district's own target. The tool never hard-codes the levels: any allocating unit can
 * hand down to its member units this way (since 2025, a province directly to its communes).
 */
export interface Assignment {
  period: string;
  /** The unit that assigns, e.g. "UBND tỉnh Bình Định". */
  issuedBy: string;
  indicators: readonly Indicator[];
  districts: readonly AssignedDistrict[];
}

export interface AssignedDistrict {
  code: string;
  name: string;
  ownTargets: Partial<Record<IndicatorId, Rate>>;
  units: readonly Unit[];
}

/** The assignment a plan hands down to its member units: their targets become their own targets. */
export function makeAssignment(plan: Plan, unitsOf: (districtCode: string) => readonly Unit[] = () => []): Assignment {
  return {
    period: plan.period,
    issuedBy: plan.allocatingUnit,
    indicators: plan.indicators.map((i) => ({ ...i, ownTarget: null })),
    districts: plan.units.map((u) => ({ code: u.code, name: u.name, ownTargets: { ...u.target }, units: unitsOf(u.code) })),
  };
}

/** The plan a district starts from: the province's indicators with its own targets, and its unit list if given. */
export function makeDistrictPlan(assignment: Assignment, district: AssignedDistrict, now: string, newId: () => string): Plan {
  const indicators = assignment.indicators.map((i) => ({ ...i, ownTarget: district.ownTargets[i.id] ?? null }));
  return makePlan({
    id: planId(newId()) as PlanId,
    name: `${district.name} — ${assignment.period}`,
    period: assignment.period,
    allocatingUnit: district.name,
    notes: assignment.issuedBy ? `Chỉ tiêu giao bởi ${assignment.issuedBy}.` : '',
    indicators,
    units: district.units.map((u) => ({ ...u, baseline: { ...u.baseline }, target: {} })),
  }, now, newId);
}

/**
 * The assignment into a plan that already exists (it arrived after the plan was started): the file's
 * indicators replace those of the same id or are added; the plan's other indicators and every value stay.
 */
export function mergeAssignment(current: readonly Indicator[], assignment: Assignment, district: AssignedDistrict): Indicator[] {
  const incoming = assignmentIndicatorsFor(assignment, district);
  const byId = new Map(incoming.map((i) => [i.id, i]));
  // Whether the plan checks its own target is the plan's choice, not the province's: it is kept.
  const merged = (i: Indicator) => {
    const next = byId.get(i.id);
    return next ? { ...next, checkOwnTarget: i.checkOwnTarget } : i;
  };
  return [...current.map(merged), ...incoming.filter((i) => !current.some((c) => c.id === i.id))];
}

/** The district's own targets into the assignment's indicators. */
export function assignmentIndicatorsFor(assignment: Assignment, district: AssignedDistrict): Indicator[] {
  return assignment.indicators.map((i) => ({ ...i, ownTarget: district.ownTargets[i.id] ?? null }));
}
