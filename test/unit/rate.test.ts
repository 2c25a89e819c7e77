import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatRate, formatRateFixed1, parseCount, parseRate, type Rate } from '../../src/domain/rate';

describe('parseRate', () => {
  it.each([
    ['85,5', 8550], ['85.5', 8550], ['85,5%', 8550], ['85,5 %', 8550], [' 85 ', 8500], ['85', 8500],
    ['60,0', 6000], ['60.00', 6000], ['0', 0], ['100', 10000], ['42,79', 4279], ['1.234,5', 123450],
    ['1,234.5', 123450], ['1 234,5', 123450], ['-1', -100], ['100,01', 10001], ['+7', 700], [',5', 50], ['5,', 500],
    ['\u00a085,5\u00a0', 8550], ['007', 700], ['-0', 0], ['1 234', 123400], ['85 %', 8500], ['0,5', 50],
    ['1,200', 120], // a lone comma is the Vietnamese decimal mark
  ])('reads %j as %i hundredths', (text, expected) => {
    expect(parseRate(text)).toEqual({ ok: true, value: expected });
  });

  it.each([[''], ['   '], ['%']])('reads %j as no value (never 0)', (text) => {
    expect(parseRate(text)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', 'notANumber'], ['85,5,5', 'notANumber'], ['8 5a', 'notANumber'], ['1.2.3', 'notANumber'], ['--5', 'notANumber'],
    ['85,555', 'tooManyDecimals'], ['0.125', 'tooManyDecimals'], ['1e5', 'notANumber'], ['.', 'notANumber'],
    ['12345678901', 'tooLarge'], ['=1+2', 'notANumber'], ['5 5', 'notANumber'], ['12 34', 'notANumber'], ['1 234.567,5', 'notANumber'],
    ['1.234', 'ambiguous'], ['1.200', 'ambiguous'], ['85.500', 'ambiguous'], ['1 234,567', 'tooManyDecimals'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseRate(text)).toEqual({ ok: false, problem });
  });
});

describe('parseRate on plain numbers (its fast path)', () => {
  it('reads them exactly as the general reading does (property)', () => {
    // A plain `85,5` is read directly; the same text with spaces around goes through the general reading.
    const plain = fc.tuple(fc.stringMatching(/^[0-9]{1,7}$/), fc.constantFrom('', '.', ','), fc.stringMatching(/^[0-9]{0,3}$/))
      .map(([int, mark, dec]) => (mark ? `${int}${mark}${dec}` : int));
    fc.assert(fc.property(plain, (text) => {
      expect(parseRate(text)).toEqual(parseRate(` ${text} `));
    }), { numRuns: 2000 });
  });
});

describe('formatRate', () => {
  it.each([
    [8550, '85,5', '85.5'], [6000, '60', '60'], [4279, '42,79', '42.79'], [0, '0', '0'], [-100, '-1', '-1'], [123450, '1234,5', '1234.5'],
  ])('writes %i as %j (vi) and %j (en)', (rate, vi, en) => {
    expect(formatRate(rate as Rate, 'vi')).toBe(vi);
    expect(formatRate(rate as Rate, 'en')).toBe(en);
  });

  it('writes nothing for a missing value', () => {
    expect(formatRate(null, 'vi')).toBe('');
  });

  it('writes what Intl.NumberFormat writes (at most two decimals, no grouping), for any rate', () => {
    const intl = { vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2, useGrouping: false }), en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false }) };
    fc.assert(fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }).filter((r) => r !== 0), (rate) => {
      expect(formatRate(rate as Rate, 'vi')).toBe(intl.vi.format(rate / 100));
      expect(formatRate(rate as Rate, 'en')).toBe(intl.en.format(rate / 100));
    }), { numRuns: 5000 });
  });

  it('reads back what it writes, in both languages', () => {
    for (let rate = -1000; rate <= 12000; rate += 7) {
      expect(parseRate(formatRate(rate as Rate, 'vi'))).toEqual({ ok: true, value: rate });
      expect(parseRate(formatRate(rate as Rate, 'en'))).toEqual({ ok: true, value: rate });
    }
  });
});

describe('parseCount', () => {
  it.each([
    ['1234', 1234], ['1.234', 1234], ['1,234', 1234], ['1 234', 1234], ['12.345.678', 12345678], [' 900 ', 900], ['0', 0], ['1,0', 1],
    ['1.200', 1200], ['1,000', 1000], ['1\u00a0234\u00a0567', 1234567],
  ])('reads %j as %i', (text, expected) => {
    expect(parseCount(text)).toEqual({ ok: true, value: expected });
  });

  it.each([['abc', 'notANumber'], ['1,5', 'notAnInteger'], ['-3', 'negative'], ['1000000000', 'tooLarge'], ['0.500', 'notAnInteger'], ['5 5', 'notANumber']])('refuses %j (%s)', (text, problem) => {
    expect(parseCount(text)).toEqual({ ok: false, problem });
  });

  it('reads back what it writes', () => {
    for (const n of [0, 7, 999, 1000, 1234567]) {
      expect(parseCount(formatCount(n, 'vi'))).toEqual({ ok: true, value: n });
      expect(parseCount(formatCount(n, 'en'))).toEqual({ ok: true, value: n });
    }
  });
});

describe('counts and one-decimal rates written without Intl', () => {
  const intl = (locale: 'vi' | 'en', decimals: number, grouping: boolean) =>
    new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
  const locale = fc.constantFrom<'vi' | 'en'>('vi', 'en');

  it('write a count as Intl.NumberFormat does, grouping and rounding included (property)', () => {
    const count = fc.oneof(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -10_000, max: 10_000 }).map((n) => n + 0.5), fc.constantFrom(0, -0, 999, 1000, 1e15, 2 ** 53, -0.4, NaN, Infinity));
    fc.assert(fc.property(count, locale, (n, l) => {
      expect(formatCount(n, l)).toBe(intl(l, 0, true).format(n));
    }), { numRuns: 3000 });
    expect(formatCount(1120, 'vi')).toBe('1.120');
    expect(formatCount(1120, 'en')).toBe('1,120');
  });

  it('write a rate with one decimal as Intl.NumberFormat does (property)', () => {
    const rate = fc.oneof(fc.integer({ min: -100_000, max: 1_000_000 }), fc.integer({ min: -1000, max: 100_000 }).map((n) => n * 10 + 5),
      fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.integer({ min: 0, max: 2 ** 53 - 1 }), fc.constantFrom(0, -0, -4, -5, 9995, 9007199254740985, 1e15, 1e15 - 5));
    fc.assert(fc.property(rate, locale, (r, l) => {
      expect(formatRateFixed1(r as Rate, l)).toBe(intl(l, 1, false).format(r / 100));
    }), { numRuns: 3000 });
    expect(formatRateFixed1(8550 as Rate, 'vi')).toBe('85,5');
  });
});
