import type { IndicatorId } from '../ids';
import type { Indicator } from '../indicators';
import type { Plan, Unit } from '../plan';
import type { Rate } from '../rate';
import { unitMonths } from './monthSums';
import { progressOf } from './progress';
import { periodMonths } from './resultKey';

/**
 * What a unit achieved over a period, by indicator, from its monthly figures: ΣN / ΣD over the months that have
 * figures, in hundredths of a percent rounded down (a result is never overstated). An indicator is left out where
 * the unit has no figures, or has a month with a result but no dossier count (then no rate is exact).
 */
export function achievedRates(unit: Unit, indicators: readonly Indicator[], period: string): Partial<Record<IndicatorId, Rate>> {
  const achieved: Partial<Record<IndicatorId, Rate>> = {};
  if (!unit.results) return achieved;
  const months = periodMonths(period);
  for (const ind of indicators) {
    const p = progressOf(unitMonths(unit, ind.id, months), null, 0);
    if (p.rate && p.unweighted === 0) achieved[ind.id] = Number(p.rate.num / p.rate.den) as Rate;
  }
  return achieved;
}

/** How many of a plan's units have some achieved rate over its period (what a next period would start from). */
export function unitsWithAchieved(plan: Pick<Plan, 'units' | 'indicators' | 'period'>): number {
  return plan.units.filter((u) => Object.keys(achievedRates(u, plan.indicators, plan.period)).length > 0).length;
}
