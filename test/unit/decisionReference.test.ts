import { describe, expect, it } from 'vitest';
import { decisionNumberText, documentDate } from '../../src/domain/decisionReference';

describe('decisionNumberText', () => {
  it.each([
    ['125', '125/QĐ-UBND'],
    [' 125 ', '125/QĐ-UBND'],
    ['125/QĐ-UBND', '125/QĐ-UBND'],
    ['07/2023/QĐ-UBND', '07/2023/QĐ-UBND'],
    ['125 / QĐ-CT', '125 / QĐ-CT'],
    ['', null],
    ['   ', null],
  ])('%j → %j', (typed, cited) => {
    expect(decisionNumberText(typed)).toBe(cited);
  });
});

describe('documentDate (Decree 30: a leading zero for days below 10 and for months 1 and 2)', () => {
  it.each([
    ['2023-08-15', { day: '15', month: '8', year: '2023' }],
    ['2023-08-05', { day: '05', month: '8', year: '2023' }],
    ['2024-02-09', { day: '09', month: '02', year: '2024' }],
    ['2024-01-31', { day: '31', month: '01', year: '2024' }],
    ['2023-12-01', { day: '01', month: '12', year: '2023' }],
    ['2024-02-29', { day: '29', month: '02', year: '2024' }],
    [' 2023-03-10 ', { day: '10', month: '3', year: '2023' }],
  ])('%s', (iso, expected) => {
    expect(documentDate(iso)).toEqual(expected);
  });

  it.each(['', '2023-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '15/08/2023', '2023-8-5', 'abc'])('refuses %j', (iso) => {
    expect(documentDate(iso)).toBeNull();
  });
});
