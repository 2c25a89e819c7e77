/**
 * The one rule for impossible values (src/domain/valueRule.ts): what it says of rates, volumes and typed text, as
 * a table and as properties. Typing and commands: valueRuleCommands.test.ts; files: valueRuleFiles.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRate, PERCENT_100, VOLUME_LIMIT, type Locale, type Rate } from '../../src/domain/rate';
import { rateProblem, readRate, readTenthsRate, volumeProblem } from '../../src/domain/valueRule';

describe('the value rule, as a table', () => {
  it.each([
    [0, null], [1, null], [8550, null], [4279, null], [10_000, null],
    [10_001, 'outOfRange'], [10_100, 'outOfRange'], [100_000_000, 'outOfRange'], [-1, 'outOfRange'], [-100, 'outOfRange'],
    [8550.5, 'tooManyDecimals'], [0.1, 'tooManyDecimals'], [Number.NaN, 'notANumber'], [Infinity, 'notANumber'], [-Infinity, 'notANumber'],
  ])('rateProblem(%s) (hundredths of a percent) is %s', (rate, problem) => {
    expect(rateProblem(rate)).toBe(problem);
  });

  it('rateProblem: a whole number of hundredths is possible exactly when it is 0–100 % (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -2 * PERCENT_100, max: 3 * PERCENT_100 }), (rate) => {
      expect(rateProblem(rate) === null).toBe(rate >= 0 && rate <= PERCENT_100);
    }), { numRuns: 200 });
  });

  it.each([
    [0, null], [2913, null], [VOLUME_LIMIT, null],
    [-1, 'negative'], [-1.5, 'negative'], [1.5, 'notAnInteger'], [0.001, 'notAnInteger'],
    [VOLUME_LIMIT + 1, 'tooLarge'], [1e9, 'tooLarge'], [Number.NaN, 'notANumber'], [Infinity, 'notANumber'],
  ])('volumeProblem(%s) is %s', (volume, problem) => {
    expect(volumeProblem(volume)).toBe(problem);
  });

  it.each([
    ['101', { ok: false, problem: 'outOfRange' }], ['-1', { ok: false, problem: 'outOfRange' }], ['100,01', { ok: false, problem: 'outOfRange' }],
    ['-0,01', { ok: false, problem: 'outOfRange' }], ['150 %', { ok: false, problem: 'outOfRange' }],
    ['100', { ok: true, value: 10_000 }], ['100,00', { ok: true, value: 10_000 }], ['0', { ok: true, value: 0 }], ['-0', { ok: true, value: 0 }],
    ['85,5', { ok: true, value: 8550 }], ['85.5', { ok: true, value: 8550 }], [' 85,5 % ', { ok: true, value: 8550 }], ['0,01', { ok: true, value: 1 }],
    ['abc', { ok: false, problem: 'notANumber' }], ['85,555', { ok: false, problem: 'tooManyDecimals' }], ['1.234', { ok: false, problem: 'ambiguous' }],
    ['', { ok: true, value: null }], ['   ', { ok: true, value: null }],
  ])('readRate(%j) is %j', (text, expected) => {
    expect(readRate(text)).toEqual(expected);
  });

  it('readRate reads back every possible rate as the grid writes it, and refuses every impossible one as out of range (property, both languages)', () => {
    fc.assert(fc.property(fc.integer({ min: -5 * PERCENT_100, max: 5 * PERCENT_100 }), fc.constantFrom<Locale>('vi', 'en'), (rate, locale) => {
      const read = readRate(formatRate(rate as Rate, locale));
      expect(read).toEqual(rate >= 0 && rate <= PERCENT_100 ? { ok: true, value: rate } : { ok: false, problem: 'outOfRange' });
    }), { numRuns: 200 });
  });
});

describe('a rate typed once for a whole indicator (readTenthsRate)', () => {
  it('takes a possible rate with at most one decimal, empty as no value, and names what it refuses', () => {
    expect(readTenthsRate('62,5')).toEqual({ ok: true, value: 6250 });
    expect(readTenthsRate(' ')).toEqual({ ok: true, value: null });
    expect(readTenthsRate('62,55')).toEqual({ ok: false, problem: 'oneDecimal' });
    expect(readTenthsRate('101')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readTenthsRate('năm mươi')).toEqual({ ok: false, problem: 'notANumber' });
  });
});
