import { keepResultsIn } from './monitoring/results';
import { planId, type PlanId } from './ids';
import { makeDefaultIndicators, type Indicator } from './indicators';
import type { Plan, PlanInfo, Unit } from './plan';
import { ValidationIndex } from './validationIndex';
import type { Issue } from './rules';

export interface NewPlan extends Partial<PlanInfo> {
  id?: PlanId;
  units?: readonly Unit[];
  indicators?: readonly Indicator[];
}

export function makePlan(spec: NewPlan, now: string, newId: () => string): Plan {
  return {
    id: spec.id ?? planId(newId()),
    name: spec.name?.trim() || 'Kế hoạch',
    period: spec.period?.trim() ?? '',
    allocatingUnit: spec.allocatingUnit?.trim() ?? '',
    notes: spec.notes ?? '',
    status: 'draft',
    indicators: spec.indicators ?? makeDefaultIndicators(),
    units: spec.units ?? [],
    revision: 0,
    createdAt: now,
    updatedAt: now,
  };
}

export interface DuplicateOptions {
  name: string;
  period: string;
  /** Start the next period: this plan's targets become the new plan's previous results, and targets start empty. */
  targetsAsBaseline: boolean;
}

/** A copy of a plan under a new id, e.g. to start the next period from this one. */
export function duplicatePlan(plan: Plan, options: DuplicateOptions, now: string, newId: () => string): Plan {
  // The next period's targets start empty, and so do their locks: a lock guarded this period's target.
  // Monthly results stay only for months the copy's period has (another period's results are not its own).
  const units = plan.units.map((u): Unit => {
    if (!options.targetsAsBaseline) return { ...keepResultsIn(u, options.period) };
    const { locked: _locks, results: _results, ...rest } = u;
    return { ...rest, baseline: { ...u.target }, target: {} };
  });
  return { ...makePlan({ ...plan, id: undefined, name: options.name, period: options.period, units, indicators: plan.indicators }, now, newId) };
}

/** The errors that forbid marking a plan ready: the rules as they apply to a ready plan (a missing target is an error then). */
export function readinessErrors(plan: Plan): Issue[] {
  const index = new ValidationIndex({ ...plan, status: 'ready' });
  return index.allIssues(plan.units).filter((i) => i.severity === 'error');
}
