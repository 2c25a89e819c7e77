import { generalTarget, type Indicator } from '../indicators';
import type { Unit } from '../plan';
import { PERCENT_100, type Rate } from '../rate';
import type { MonthFigures } from './monthSums';

/** An exact non-negative rate in hundredths of a percent: num / den, den > 0. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

export type ProgressStatus = 'met' | 'on-track' | 'at-risk' | 'behind' | 'missing';

/**
 * Where a unit (or the allocating unit's aggregate) stands on one indicator at a month, from the period's first
 * month to that month. All rates are exact fractions; screens truncate them to one decimal (`progressText.ts`).
 */
export interface Progress {
  /** ΣN / ΣD so far; null when no dossiers are reported yet. */
  rate: Fraction | null;
  /** The target it is judged against; null when none is set (then nothing is judged). */
  target: Rate | null;
  /**
   * The rate the remaining months need: (T·(D + Dr) − N) / Dr, with Dr = the monthly average of D so far × the
   * months left. Null when nothing is left to need (met, no data, or no month left).
   */
  required: Fraction | null;
  /** The rate of the latest month so far that has figures. */
  last: Fraction | null;
  status: ProgressStatus;
  /** Months so far with figures; months left in the period after the chosen one. */
  monthsReported: number;
  monthsLeft: number;
  /**
   * Month entries so far given as a result (a count or a rate) without their dossier count: shown, never summed,
   * and while there is one the progress is not judged (status `missing`): a month half reported is not a pass.
   */
  unweighted: number;
  /**
   * For an aggregate (the allocating unit over its units, a province over its communes): the fewest units that
   * reported in any month so far, of the units it sums. Until every unit has reported every month so far the
   * aggregate's rate is shown but not judged (status `missing`): two communes' figures are not a district's pass.
   * Null for a single unit.
   */
  reporting: { least: number; of: number } | null;
}

const atLeast = (f: Fraction, rate: bigint): boolean => f.num >= rate * f.den;
const above = (a: Fraction, b: Fraction): boolean => a.num * b.den > b.num * a.den;

/**
 * The progress from `figures` (the months of the period up to the chosen one, in order), with `monthsLeft`
 * months of the period after it. The status rule (README, "Theo dõi"): met when the rate so far ≥ the target;
 * else on track when the required rate ≤ the last month's rate; at risk when it is above that and ≤ 100 %;
 * behind when it is above 100 % (or no month is left); missing when no figures or no target, while some month
 * so far has a result without its dossier count, and, for an aggregate of `units` units, while some unit has
 * not reported every month so far.
 */
export function progressOf(figures: readonly MonthFigures[], target: Rate | null, monthsLeft: number, units?: number): Progress {
  let num = 0n;
  let den = 0n;
  let months = 0;
  let unweighted = 0;
  let last: Fraction | null = null;
  for (const f of figures) {
    unweighted += f.unweighted;
    if (f.reported === 0) continue;
    num += f.num;
    den += f.den;
    months++;
    if (f.den > 0n) last = { num: f.num, den: f.den };
  }
  const rate = den > 0n ? { num, den } : null;
  const reporting = units === undefined ? null : { least: figures.reduce((least, f) => Math.min(least, f.reported), figures.length > 0 ? units : 0), of: units };
  const base = { rate, target, required: null, last, monthsReported: months, monthsLeft, unweighted, reporting };
  if (rate === null || target === null || unweighted > 0 || (reporting !== null && reporting.least < reporting.of)) return { ...base, status: 'missing' };
  const t = BigInt(target);
  if (atLeast(rate, t)) return { ...base, status: 'met' };
  if (monthsLeft <= 0) return { ...base, status: 'behind' };
  // (T·(D + Dr) − N) / Dr with Dr = D/k·L  =  (T·D·(k + L) − N·k) / (D·L)
  const k = BigInt(months);
  const l = BigInt(monthsLeft);
  const required = { num: t * den * (k + l) - num * k, den: den * l };
  const status: ProgressStatus = above(required, { num: BigInt(PERCENT_100), den: 1n }) ? 'behind'
    : last !== null && !above(required, last) ? 'on-track' : 'at-risk';
  return { ...base, required, status };
}

/** The target a unit's results are judged against: its own target, or the general target while it has none. */
export const unitTarget = (unit: Unit, ind: Indicator): Rate | null => unit.target[ind.id] ?? generalTarget(ind);

/** The target of the allocating unit's aggregate: the general target, or its own target when the plan checks it and it is higher. */
export function aggregateTarget(ind: Indicator): Rate | null {
  const general = generalTarget(ind);
  if (!ind.checkOwnTarget || ind.ownTarget === null) return general;
  return general === null || ind.ownTarget > general ? ind.ownTarget : general;
}
