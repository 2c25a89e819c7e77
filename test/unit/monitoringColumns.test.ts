import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncatedTenths } from '../../src/domain/monitoring/monthProgress';
import type { Rate } from '../../src/domain/rate';
import { gapTenths } from '../../src/ui/grid/monitoringColumns';

describe('the gap column (rate so far − target)', () => {
  it('is the shown rate (truncated to a tenth) minus the target: below the target never reads 0,0', () => {
    expect(gapTenths({ num: 4997n * 100n, den: 100n }, 5000 as Rate)).toBe(-10);
    expect(gapTenths({ num: 5000n, den: 1n }, 5000 as Rate)).toBe(0);
    expect(gapTenths({ num: 5019n, den: 1n }, 5000 as Rate)).toBe(10);
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 8 }), fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 0, max: 1000 }), (n, d, tenths) => {
      const rate = { num: BigInt(n), den: BigInt(d) };
      const target = (tenths * 10) as Rate;
      if (Number(rate.num) / Number(rate.den) > 10_000) return;
      expect(gapTenths(rate, target)).toBe(truncatedTenths(rate) - target);
    }));
  });
});
