import { formatRateFixed1, type Locale, type Rate } from './rate';

/**
 * The aggregate of a plan's units for one indicator: the volume-weighted mean of their rates,
 * over the units that have a rate. Units whose volume is missing weigh as much as the average
 * known volume; when no volume is known at all, every unit weighs the same.
 *
 * Exactness: with N units of known volume summing to S, a unit of known volume v weighs v·N and a unit
 * of missing volume weighs S. All weights and products are integers, sums of products are BigInt,
 * so the mean is an exact fraction `num / den` and comparing it with a minimum never suffers from
 * floating-point noise. When the weights of the units that have a rate add up to zero (every such unit has
 * a volume of 0, say), the mean falls back to equal weights: a rule is never switched off by zero volumes.
 *
 * Rounding rule for display: the mean is truncated (rounded down) to one decimal. Because every
 * minimum has at most one decimal, the displayed figure meets a minimum exactly when the exact mean does:
 * 59,96 shows as 59,9 and fails a minimum of 60, it never shows as "60,0" while failing.
 */
export interface Aggregate {
  /** Exact mean = num / den (hundredths of a percent); den = 0 when no unit has a weight. */
  num: bigint;
  den: bigint;
  /** Units that have a rate. */
  count: number;
}

export interface VolumeTotals {
  /** Units with a known volume. */
  known: number;
  /** Sum of the known volumes. */
  sum: number;
}

/** Running sums for one column; adding and removing a unit costs O(1). */
export class WeightedSums {
  /**
   * Σ v·r over units with a known volume and a rate, in two exact parts: a number that takes every product
   * while the running sum stays a safe integer (the usual case, and much faster than BigInt), and a BigInt
   * that takes whatever would not fit.
   */
  private knownProduct = 0n;
  private knownProductSmall = 0;
  /** Σ v over units with a known volume and a rate. */
  private knownVolume = 0;
  /** Σ r over units with a missing volume and a rate. */
  private missingRates = 0;
  /** Units with a missing volume and a rate. */
  private missingCount = 0;
  /** Units with a known volume and a rate. */
  private knownCount = 0;
  /** Σ r over every unit with a rate, for the equal-weight fallback. */
  private allRates = 0;

  add(volume: number | null, rate: Rate | undefined, sign: 1 | -1 = 1): void {
    if (rate === undefined) return;
    this.allRates += sign * rate;
    if (volume === null) {
      this.missingRates += sign * rate;
      this.missingCount += sign;
    } else {
      const product = sign * volume * rate;
      // Both are safe integers, so the sum is exact whenever it is itself a safe integer.
      const sum = this.knownProductSmall + product;
      if (Number.isSafeInteger(product) && Number.isSafeInteger(sum)) this.knownProductSmall = sum;
      else this.knownProduct += BigInt(sign * volume) * BigInt(rate);
      this.knownVolume += sign * volume;
      this.knownCount += sign;
    }
  }

  copy(): WeightedSums {
    const c = new WeightedSums();
    c.knownProduct = this.knownProduct;
    c.knownProductSmall = this.knownProductSmall;
    c.knownVolume = this.knownVolume;
    c.missingRates = this.missingRates;
    c.missingCount = this.missingCount;
    c.knownCount = this.knownCount;
    c.allRates = this.allRates;
    return c;
  }

  mean(volumes: VolumeTotals): Aggregate {
    const count = this.missingCount + this.knownCount;
    const equal = { num: BigInt(this.allRates), den: BigInt(count), count };
    if (volumes.known === 0) return equal;
    const n = BigInt(volumes.known);
    const s = BigInt(volumes.sum);
    const den = BigInt(this.knownVolume) * n + BigInt(this.missingCount) * s;
    if (den === 0n) return equal;
    return { num: (this.knownProduct + BigInt(this.knownProductSmall)) * n + BigInt(this.missingRates) * s, den, count };
  }
}

/** True when the exact mean is at least `min` (and defined). */
export function meets(aggregate: Aggregate, min: Rate): boolean {
  return aggregate.den > 0n && aggregate.num >= BigInt(min) * aggregate.den;
}

/** The mean truncated (rounded towards −∞) to one decimal, in hundredths; null when undefined. */
export function truncatedMean(aggregate: Aggregate): Rate | null {
  if (aggregate.den <= 0n) return null;
  const tenthsDen = aggregate.den * 10n;
  let q = aggregate.num / tenthsDen;
  if (aggregate.num < 0n && q * tenthsDen !== aggregate.num) q -= 1n;
  return Number(q * 10n) as Rate;
}

/** An aggregate as the screens write it: truncated to one decimal (`truncatedMean`), "—" when nothing is there to average. */
export function aggregateText(aggregate: Aggregate | undefined, locale: Locale): string {
  const mean = aggregate ? truncatedMean(aggregate) : null;
  return mean === null ? '—' : formatRateFixed1(mean, locale);
}

/** How far the exact mean is below `min`, rounded up to hundredths (so it is never understated). */
export function shortfall(aggregate: Aggregate, min: Rate): Rate | null {
  if (aggregate.den <= 0n) return null;
  const gap = BigInt(min) * aggregate.den - aggregate.num;
  if (gap <= 0n) return 0 as Rate;
  return Number((gap + aggregate.den - 1n) / aggregate.den) as Rate;
}
