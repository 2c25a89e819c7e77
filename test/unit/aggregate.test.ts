import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateText, meets, shortfall, truncatedMean, WeightedSums, type VolumeTotals } from '../../src/domain/aggregate';
import type { Rate } from '../../src/domain/rate';

type Entry = { volume: number | null; rate: Rate | undefined };

function sumsOf(entries: Entry[]) {
  const sums = new WeightedSums();
  const volumes: VolumeTotals = { known: 0, sum: 0 };
  for (const e of entries) {
    sums.add(e.volume, e.rate);
    if (e.volume !== null) {
      volumes.known++;
      volumes.sum += e.volume;
    }
  }
  return sums.mean(volumes);
}

/** The definition, computed independently with exact fractions: missing volumes weigh the mean known volume. */
function reference(entries: Entry[]): { num: bigint; den: bigint } {
  const known = entries.filter((e) => e.volume !== null);
  const rated = entries.filter((e) => e.rate !== undefined);
  const equal = { num: rated.reduce((s, e) => s + BigInt(e.rate!), 0n), den: BigInt(rated.length) };
  if (known.length === 0) return equal;
  const n = BigInt(known.length);
  const s = known.reduce((acc, e) => acc + BigInt(e.volume!), 0n);
  // weight of a unit, scaled by n so it stays an integer: v·n if known, s if missing
  const weight = (e: Entry) => (e.volume === null ? s : BigInt(e.volume) * n);
  const den = rated.reduce((acc, e) => acc + weight(e), 0n);
  // weights summing to zero (all zero volumes): equal weights, so that a rule never switches off
  if (den === 0n) return equal;
  return { num: rated.reduce((acc, e) => acc + weight(e) * BigInt(e.rate!), 0n), den };
}

const entry = fc.record({
  volume: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100_000_000 })), { nil: null }),
  rate: fc.option(fc.integer({ min: -100_000, max: 100_000 }).map((r) => r as Rate), { nil: undefined }),
});

describe('weighted aggregate', () => {
  it('equals the exact definition (property)', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
      const a = sumsOf(entries);
      const r = reference(entries);
      expect(a.num * r.den).toBe(r.num * a.den); // same fraction
      expect(a.den === 0n).toBe(r.den === 0n);
      expect(a.count).toBe(entries.filter((e) => e.rate !== undefined).length);
    }));
  });

  it('removing a unit undoes adding it (property)', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 30 }), entry, (entries, extra) => {
      const sums = new WeightedSums();
      for (const e of entries) sums.add(e.volume, e.rate);
      const totals = { known: 3, sum: 1000 };
      const before = sums.mean(totals);
      sums.add(extra.volume, extra.rate);
      sums.add(extra.volume, extra.rate, -1);
      expect(sums.mean(totals)).toEqual(before);
    }));
  });

  it('is exact: units all at 60,0 meet a minimum of 60 whatever their volumes (property)', () => {
    fc.assert(fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 100_000_000 }), { nil: null }), { minLength: 1, maxLength: 200 }), (volumes) => {
      const a = sumsOf(volumes.map((volume) => ({ volume, rate: 6000 as Rate })));
      expect(meets(a, 6000 as Rate)).toBe(true);
      expect(truncatedMean(a)).toBe(6000);
      expect(shortfall(a, 6000 as Rate)).toBe(0);
    }));
  });

  it('never shows a passing figure for a failing mean: truncation agrees with the exact comparison (property)', () => {
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 1000 }), (entries, minTenths) => {
      const a = sumsOf(entries);
      const min = (minTenths * 10) as Rate;
      const shown = truncatedMean(a);
      if (shown === null) {
        expect(a.den).toBe(0n);
        expect(meets(a, min)).toBe(false);
      } else {
        expect(shown >= min).toBe(meets(a, min));
        expect(Math.abs(shown % 10)).toBe(0);
      }
    }));
  });

  it('weighs by volume, and missing volumes by the average known volume', () => {
    // 50 % on 300 dossiers and 80 % on 100: (15000 + 8000) / 400 = 57,5 %
    expect(truncatedMean(sumsOf([{ volume: 300, rate: 5000 as Rate }, { volume: 100, rate: 8000 as Rate }]))).toBe(5750);
    // a unit of unknown volume counts as the mean known volume (200): (15000 + 8000 + 200·20) / 600 = 45 %
    expect(truncatedMean(sumsOf([{ volume: 300, rate: 5000 as Rate }, { volume: 100, rate: 8000 as Rate }, { volume: null, rate: 2000 as Rate }]))).toBe(4500);
    // no volume known: a plain mean
    expect(truncatedMean(sumsOf([{ volume: null, rate: 5000 as Rate }, { volume: null, rate: 6000 as Rate }]))).toBe(5500);
    // 59,96 % is shown as 59,9 % and fails 60, short by 0,04
    const a = sumsOf([{ volume: 1, rate: 5992 as Rate }, { volume: 1, rate: 6000 as Rate }]);
    expect(truncatedMean(a)).toBe(5990);
    expect(meets(a, 6000 as Rate)).toBe(false);
    expect(shortfall(a, 6000 as Rate)).toBe(4);
  });

  it('stays exact when the weighted sum leaves the safe-integer range of numbers (property)', () => {
    // Products up to 10^17 and sums far beyond 2^53: the part that does not fit a number goes to BigInt.
    const huge = fc.record({
      volume: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
      rate: fc.option(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((r) => r as Rate), { nil: undefined }),
    });
    fc.assert(fc.property(fc.array(huge, { maxLength: 80 }), fc.array(fc.nat(79), { maxLength: 20 }), (entries, removed) => {
      const sums = new WeightedSums();
      for (const e of entries) sums.add(e.volume, e.rate);
      // …and taking some out again, in any order, lands on the same exact value as never adding them.
      const gone = new Set(removed.filter((k) => k < entries.length));
      for (const k of gone) sums.add(entries[k]!.volume, entries[k]!.rate, -1);
      const kept = entries.filter((_, k) => !gone.has(k));
      const volumes: VolumeTotals = { known: 0, sum: 0 };
      for (const e of kept) if (e.volume !== null) { volumes.known++; volumes.sum += e.volume; }
      const a = sums.mean(volumes);
      const r = reference(kept);
      expect(a.num * r.den).toBe(r.num * a.den);
      expect(a.den === 0n).toBe(r.den === 0n);
    }));
  });

  it('is undefined only without any rate', () => {
    expect(truncatedMean(sumsOf([]))).toBeNull();
    expect(truncatedMean(sumsOf([{ volume: 10, rate: undefined }]))).toBeNull();
  });

  it('is written truncated to one decimal in the user\'s way, "—" with nothing to average', () => {
    // a mean of 57,83…: truncated, never rounded up to a figure the plan does not reach
    const a = sumsOf([{ volume: 100, rate: 5000 as Rate }, { volume: 200, rate: 6175 as Rate }]);
    expect(truncatedMean(a)).toBe(5780);
    expect(aggregateText(a, 'vi')).toBe('57,8');
    expect(aggregateText(a, 'en')).toBe('57.8');
    expect(aggregateText(sumsOf([{ volume: 1, rate: 6000 as Rate }]), 'vi')).toBe('60,0');
    expect(aggregateText(sumsOf([]), 'vi')).toBe('—');
    expect(aggregateText(undefined, 'en')).toBe('—');
  });

  it('falls back to equal weights when the weights add up to zero, so zero volumes never switch a rule off', () => {
    // one unit of volume 0, others blank: the blank ones weigh the mean known volume, 0
    const a = sumsOf([{ volume: 0, rate: 1000 as Rate }, { volume: null, rate: 2000 as Rate }, { volume: null, rate: 3000 as Rate }]);
    expect(truncatedMean(a)).toBe(2000);
    expect(meets(a, 6000 as Rate)).toBe(false);
    expect(truncatedMean(sumsOf([{ volume: 0, rate: 9000 as Rate }, { volume: 0, rate: 7000 as Rate }]))).toBe(8000);
    // a unit of volume 0 among weighted ones simply does not count
    expect(truncatedMean(sumsOf([{ volume: 0, rate: 0 as Rate }, { volume: 10, rate: 8000 as Rate }]))).toBe(8000);
  });
});
