import type { Indicator } from '../indicators';
import type { Plan, Unit } from '../plan';
import { unitMonths, unitsMonths } from './monthSums';
import { aggregateTarget, progressOf, unitTarget, type Fraction, type Progress } from './progress';
import { periodMonths, type MonthKey } from './resultKey';

/** The months of the plan's period up to `month` and how many are left after it; null when `month` is outside the period. */
export function monthWindow(period: string, month: MonthKey): { months: MonthKey[]; left: number } | null {
  const all = periodMonths(period);
  const at = all.indexOf(month);
  return at < 0 ? null : { months: all.slice(0, at + 1), left: all.length - at - 1 };
}

/** One unit's progress on one indicator at `month` (cumulative from the period's start). */
export function unitProgress(plan: Plan, unit: Unit, ind: Indicator, month: MonthKey): Progress | null {
  const w = monthWindow(plan.period, month);
  return w && progressOf(unitMonths(unit, ind.id, w.months), unitTarget(unit, ind), w.left);
}

/**
 * The allocating unit's progress on one indicator at `month`: ΣN / ΣD over all its units and months so far, so
 * each unit weighs by the dossiers it really handled (not by its planned volume), judged against the assignment.
 */
export function aggregateProgress(plan: Plan, ind: Indicator, month: MonthKey, units: readonly Unit[] = plan.units): Progress | null {
  const w = monthWindow(plan.period, month);
  return w && progressOf(unitsMonths(units, ind.id, w.months), aggregateTarget(ind), w.left, units.length);
}

/** A rate truncated (towards 0: rates are never negative) to one decimal, in hundredths: what every screen shows. */
export const truncatedTenths = (f: Fraction): number => Number((f.num * 10n) / (f.den * 100n)) * 10;

/** A rate rounded up to one decimal, in hundredths: a required rate is never understated. */
export function ceilingTenths(f: Fraction): number {
  const d = f.den * 10n;
  return Number((f.num + d - 1n) / d) * 10;
}

/** The exact rate in percent as a plain number (the `data-value` hook of a rate cell). */
export const percentValue = (f: Fraction): number => Number(f.num) / Number(f.den) / 100;
