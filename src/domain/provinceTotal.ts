import { truncatedMean } from './aggregate';
import type { Indicator } from './indicators';
import type { Plan } from './plan';
import type { Rate } from './rate';
import { ValidationIndex } from './validationIndex';
import { indicatorVerdict, type Verdict } from './verdict';

/** The whole province's figure for one indicator. */
export interface TotalIndicator {
  indicator: Indicator;
  /** The aggregate over every commune of every district received, truncated to one decimal; null without targets. */
  aggregate: Rate | null;
  /**
   * Judged as a plan's aggregate row is, against the province plan's general target; never `pass` while
   * a member district sent no file (`incomplete`), nor when no province plan says which districts there are.
   */
  verdict: Verdict;
  /** False when no province plan gives this indicator's general target: the figure is shown, not judged. */
  compared: boolean;
  withTarget: number;
  unitCount: number;
}

/**
 * The province total: the communes of all the received districts taken as the member units of one plan, so
 * that the aggregate is the plan aggregate (`ValidationIndex`, `WeightedSums`: volume-weighted, a commune
 * without volume weighing the average known volume, exact), judged by `indicatorVerdict` against the general
 * target the province set for communes. Only the general target: an own target is the province's, for other
 * dossiers. `ruleOf` gives the province's indicator, or undefined where it sets none (then nothing is judged).
 */
export function provinceTotal(
  plans: readonly Pick<Plan, 'units'>[], columns: readonly Indicator[], ruleOf: (column: Indicator) => Indicator | undefined, missingDistricts: number,
): TotalIndicator[] {
  const judged = columns.map((c) => {
    const rule = ruleOf(c);
    // Where nothing is assigned, a rule no target can break: the aggregate is still computed the same way.
    return rule ? { ...rule, id: c.id, ownTarget: null, checkOwnTarget: false } : { ...c, min: 0 as Rate, mode: 'each' as const, floor: null, mandatory: false, ownTarget: null, checkOwnTarget: false };
  });
  const units = plans.flatMap((p) => p.units);
  const index = new ValidationIndex({ units, indicators: judged, status: 'draft' });
  return index.totals().map((t, k) => {
    const compared = ruleOf(columns[k]!) !== undefined;
    const verdict = indicatorVerdict(t, index.unitErrorsFor(t.indicator.id), units.length);
    const capped = verdict === 'pass' && (!compared || missingDistricts > 0) ? 'incomplete' : verdict;
    return { indicator: t.indicator, aggregate: truncatedMean(t.target), verdict: capped, compared, withTarget: t.target.count, unitCount: units.length };
  });
}
