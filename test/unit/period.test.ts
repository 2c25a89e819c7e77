import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, isValidPeriod, monthsOf, nextPeriod, normalizePeriod, parsePeriod, previousPeriod, shiftPeriod, type Period } from '../../src/domain/period';

const year = fc.integer({ min: 1000, max: 9999 });
const periodArb: fc.Arbitrary<Period> = fc.oneof(
  year.map((y): Period => ({ kind: 'year', year: y })),
  fc.tuple(year, fc.constantFrom(1 as const, 2 as const)).map(([y, half]): Period => ({ kind: 'half', year: y, half })),
  fc.tuple(year, fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const)).map(([y, quarter]): Period => ({ kind: 'quarter', year: y, quarter })),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, month]): Period => ({ kind: 'month', year: y, month })),
);

describe('periods', () => {
  it.each([
    ['2024', { kind: 'year', year: 2024 }], ['2024-H1', { kind: 'half', year: 2024, half: 1 }], [' 2023-h2 ', { kind: 'half', year: 2023, half: 2 }],
    ['2024-Q3', { kind: 'quarter', year: 2024, quarter: 3 }], ['2024-07', { kind: 'month', year: 2024, month: 7 }], ['2024-7', { kind: 'month', year: 2024, month: 7 }],
    ['2024-12', { kind: 'month', year: 2024, month: 12 }],
  ])('reads %j', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each(['', '24', '2024-H3', '2024-Q5', '2024-Q0', '2024-13', '2024-00', '2024-H12', '2024-07-01', 'H1-2024', '2024 H1', 'năm 2024'])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
    expect(isValidPeriod(text)).toBe(false);
    expect(nextPeriod(text)).toBeNull();
  });

  it('writes back exactly what it read, and reads back what it wrote (property)', () => {
    fc.assert(fc.property(periodArb, (p) => {
      const text = formatPeriod(p);
      expect(parsePeriod(text)).toEqual(p);
      expect(formatPeriod(parsePeriod(text)!)).toBe(text);
      expect(normalizePeriod(` ${text.toLowerCase()} `)).toBe(text);
    }));
  });

  it.each([
    ['2024', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], ['2024-H1', [1, 2, 3, 4, 5, 6]], ['2024-H2', [7, 8, 9, 10, 11, 12]],
    ['2024-Q1', [1, 2, 3]], ['2024-Q3', [7, 8, 9]], ['2024-Q4', [10, 11, 12]], ['2024-07', [7]],
  ])('knows the months of %s', (text, months) => {
    expect(monthsOf(parsePeriod(text)!)).toEqual(months);
  });

  it('splits the year: the periods of one kind cover its twelve months once each, in order (property)', () => {
    fc.assert(fc.property(periodArb, (p) => {
      let first: Period = p;
      for (let q = shiftPeriod(p, -1); q && q.year === p.year; q = shiftPeriod(q, -1)) first = q;
      const months: number[] = [];
      for (let q: Period | null = first; q && q.year === p.year; q = shiftPeriod(q, 1)) months.push(...monthsOf(q));
      expect(months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    }));
  });

  it.each([
    ['2023-H2', '2024-H1', '2023-H1'], ['2024-H1', '2024-H2', '2023-H2'], ['2024', '2025', '2023'], ['2024-Q4', '2025-Q1', '2024-Q3'],
    ['2024-Q1', '2024-Q2', '2023-Q4'], ['2024-12', '2025-01', '2024-11'], ['2024-01', '2024-02', '2023-12'], ['2024-h1', '2024-H2', '2023-H2'],
  ])('after %s comes %s, and before it %s', (text, next, previous) => {
    expect(nextPeriod(text)).toBe(next);
    expect(previousPeriod(text)).toBe(previous);
  });

  it('steps forward and back to where it started, keeping the kind (property)', () => {
    fc.assert(fc.property(periodArb, fc.integer({ min: -30, max: 30 }), (p, steps) => {
      const there = shiftPeriod(p, steps);
      fc.pre(there !== null);
      expect(there!.kind).toBe(p.kind);
      expect(shiftPeriod(there!, -steps)).toEqual(p);
      const first = (q: Period) => q.year * 12 + monthsOf(q)[0]!;
      expect(Math.sign(first(there!) - first(p))).toBe(Math.sign(steps));
    }));
  });

  it('stops at the ends of four-digit years', () => {
    expect(nextPeriod('9999-12')).toBeNull();
    expect(previousPeriod('1000')).toBeNull();
  });
});
