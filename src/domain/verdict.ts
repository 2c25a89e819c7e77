import { meets } from './aggregate';
import { generalTarget } from './indicators';
import type { IndicatorTotals } from './validationIndex';

/**
 * What the aggregate row says about one indicator, the same in the grid, the readiness check, the
 * consolidated view and its CSV. Never a pass where nothing was checked:
 * - `pass`: every unit has a target, no unit's target breaks a rule, and the aggregate reaches the general
 *   target (and the allocating unit's own target when the plan checks it);
 * - `fail`: some rule is broken (a unit's target, or the aggregate's own rule);
 * - `incomplete`: nothing is broken yet, but not every unit has a target: neutral, with the count;
 * - `empty`: no unit has a target (or the plan has no units): nothing to judge;
 * - `unassigned`: the province's general target is not entered yet: nothing can be judged against it.
 */
export type Verdict = 'pass' | 'fail' | 'incomplete' | 'empty' | 'unassigned';

export function indicatorVerdict(totals: IndicatorTotals, unitErrors: number, unitCount: number): Verdict {
  const general = generalTarget(totals.indicator);
  if (unitErrors > 0 || totals.issues.some((i) => i.severity === 'error' && i.rule !== 'minUnset')) return 'fail';
  if (general === null) return 'unassigned';
  if (unitCount === 0 || totals.target.count === 0) return 'empty';
  if (totals.target.count < unitCount) return 'incomplete';
  return meets(totals.target, general) ? 'pass' : 'fail';
}
