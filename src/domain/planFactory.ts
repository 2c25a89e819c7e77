import { achievedRates } from './monitoring/achieved';
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

/**
 * Where a plan started for the next period takes its previous results (`baseline`) from: what each unit achieved
 * this period by its monthly figures (left empty where it has none), or this period's targets, as offices do when
 * the follow-up was not kept in the app.
 */
export type NextPeriodBaseline = 'achieved' | 'targets';

export interface DuplicateOptions {
  name: string;
  period: string;
  /** Start the next period: new targets empty, the previous results taken as said. Absent: a copy as it is. */
  nextPeriod?: { baseline: NextPeriodBaseline };
}

/** A copy of a plan under a new id, e.g. to start the next period from this one. */
export function duplicatePlan(plan: Plan, options: DuplicateOptions, now: string, newId: () => string): Plan {
  // The next period's targets start empty, and so do their locks: a lock guarded this period's target.
  // Monthly results stay only for months the copy's period has (another period's results are not its own).
  const next = options.nextPeriod;
  const units = plan.units.map((u): Unit => {
    if (!next) return { ...keepResultsIn(u, options.period) };
    const { locked: _locks, results: _results, ...rest } = u;
    const baseline = next.baseline === 'targets' ? { ...u.target } : achievedRates(u, plan.indicators, plan.period);
    return { ...rest, baseline, target: {} };
  });
  return { ...makePlan({ ...plan, id: undefined, name: options.name, period: options.period, units, indicators: plan.indicators }, now, newId) };
}

/** The errors that forbid marking a plan ready: the rules as they apply to a ready plan (a missing target is an error then). */
export function readinessErrors(plan: Plan): Issue[] {
  const index = new ValidationIndex({ ...plan, status: 'ready' });
  return index.allIssues(plan.units).filter((i) => i.severity === 'error');
}
