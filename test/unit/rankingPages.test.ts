import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankingParts, RANKING_ROWS_PER_PAGE } from '../../src/ui/monitoring/report/rankingPages';

describe('the ranking paginated by the report', () => {
  it('fills the first page and then whole pages, the rest on the last', () => {
    expect(rankingParts(0, { first: 26, next: 32 })).toEqual([]);
    expect(rankingParts(26, { first: 26, next: 32 })).toEqual([26]);
    expect(rankingParts(27, { first: 26, next: 32 })).toEqual([26, 1]);
    expect(rankingParts(100, { first: 26, next: 32 })).toEqual([26, 32, 32, 10]);
    // A national report: 10,598 communes on 332 pages of figures.
    expect(rankingParts(10_598, RANKING_ROWS_PER_PAGE.figures)).toHaveLength(332);
  });

  it('puts every unit on exactly one page, never more on a page than it holds (property)', () => {
    fc.assert(fc.property(fc.nat(50_000), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), (count, first, next) => {
      const parts = rankingParts(count, { first, next });
      expect(parts.reduce((a, b) => a + b, 0)).toBe(count);
      parts.forEach((size, i) => {
        expect(size).toBeGreaterThan(0);
        expect(size).toBeLessThanOrEqual(i === 0 ? first : next);
        // Only the last page may be short.
        if (i < parts.length - 1) expect(size).toBe(i === 0 ? first : next);
      });
    }));
  });
});
