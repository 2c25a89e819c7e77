import { meets, type Aggregate, type VolumeTotals, type WeightedSums } from '../aggregate';
import { PERCENT_100, type Rate } from '../rate';
import type { PreparedCells } from './proposalCells';
import { ceilTenth } from './proposalGoal';
import type { ProposalMethod } from './proposalTypes';

/**
 * The methods as families of allocations over an integer parameter p, each target non-decreasing in p:
 * - `lift-lowest`: the level L = 10·p hundredths (tenths of a percent), p in 0…1000;
 * - `equal-uplift`: the uplift d = 10·p, p in 0…1000 (from −1000 when targets may go below last results);
 * - `headroom`: the share k = p / 2^30, p in 0…2^30;
 * - `same-for-all`: the level G = 10·p, p from the goal rounded up to a tenth, to 1000.
 *
 * Headroom's exact breakpoints k = (m − s) / (10000 − s) are rationals with denominators ≤ 10000, so two of them
 * differ by at least 1e-8, more than the grid's step 2^-30 ≈ 9.3e-10: the smallest grid point that meets the goal
 * lies in the same constant piece as the exact smallest share, and gives the same targets.
 */
export const HEADROOM_STEPS = 2 ** 30;
const HEADROOM_DIVISOR = 10 * HEADROOM_STEPS;

/**
 * ⌈(s + p/2^30 · (10000 − s)) / 10⌉ · 10 in integers: the numerator stays below 2^53, and the quotient is corrected
 * by an exact product, so no rounding of the division can move a target across a tenth.
 */
function headroomValue(start: number, p: number): number {
  const numerator = start * HEADROOM_STEPS + p * (PERCENT_100 - start);
  let q = Math.ceil(numerator / HEADROOM_DIVISOR);
  if (q * HEADROOM_DIVISOR < numerator) q += 1;
  else if ((q - 1) * HEADROOM_DIVISOR >= numerator) q -= 1;
  return q * 10;
}

/** What the method asks of a cell that starts at `start` (hundredths, a multiple of 10), before its bounds. */
export function methodValue(method: ProposalMethod, start: number, p: number): number {
  switch (method) {
    // max(start, L) in the words; without `allowBelowBaseline` the start is the cell's lower bound, which
    // `bounded` applies anyway, and with it the start holds nothing up. L alone lets the reasons see the bound.
    case 'lift-lowest': return p * 10;
    case 'equal-uplift': return start + p * 10;
    case 'headroom': return headroomValue(start, p);
    case 'same-for-all': return p * 10;
  }
}

/** The parameter's range; the largest value puts every changeable cell at 100 %. */
export function parameterRange(method: ProposalMethod, allowBelowBaseline: boolean, level: Rate): [number, number] {
  switch (method) {
    case 'lift-lowest': return [0, 1000];
    case 'equal-uplift': return [allowBelowBaseline ? -1000 : 0, 1000];
    case 'headroom': return [0, HEADROOM_STEPS];
    case 'same-for-all': return [Math.min(1000, Math.max(0, ceilTenth(level) / 10)), 1000];
  }
}

/** The target a changeable cell gets: the method's value within the cell's bounds. */
export const bounded = (value: number, lower: number): number => (value < lower ? lower : value > PERCENT_100 ? PERCENT_100 : value);

/** A family fixed by method and options: what the search probes. */
export interface Family {
  method: ProposalMethod;
  allowBelowBaseline: boolean;
}

/** The sums of the aggregate with every changeable cell at its target for p (`null`: at 100 %). */
export function sumsAt(cells: PreparedCells, family: Family, p: number | null): WeightedSums {
  const sums = cells.fixed.copy();
  const { lower, start, volumes } = cells;
  const { method } = family;
  for (let i = 0; i < lower.length; i++) {
    const target = p === null ? PERCENT_100 : bounded(methodValue(method, start[i]!, p), lower[i]!);
    sums.add(volumes[i]!, target as Rate);
  }
  return sums;
}

export function aggregateAt(cells: PreparedCells, family: Family, p: number | null, volumes: VolumeTotals): Aggregate {
  return sumsAt(cells, family, p).mean(volumes);
}

/**
 * The smallest p in [lo, hi] whose allocation meets `goal`, by bisection (the aggregate is monotone in p: every
 * target is, and the set of units with a target does not depend on p). The caller has checked that `hi` meets it.
 */
export function smallestMeeting(cells: PreparedCells, family: Family, range: [number, number], goal: Rate, volumes: VolumeTotals): number {
  let [lo, hi] = range;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(aggregateAt(cells, family, mid, volumes), goal)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
