/**
 * Shared by the value-rule tests (test/unit/valueRule*.test.ts): the demo plan, its indicators and rate columns,
 * and text as people type it.
 */
import fc from 'fast-check';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { formatRate, PERCENT_100, type Locale, type Rate } from '../../src/domain/rate';
import { NOW } from './builders';

export const demo = makeDemoPlan(NOW);
export const IDS = demo.indicators.map((i) => i.id);
export const LATER = '2023-08-01T00:00:00.000Z';
export const RATE_COLUMNS = IDS.flatMap((id) => [`baseline.${id}`, `target.${id}`]);

/** Text as people type it into a cell or a CSV file: numbers in every form, slips, and anything at all. */
export const typedText = fc.oneof(
  fc.constantFrom('85,5', '85.5', ' 85 ', '85,5 %', '100', '101', '-1', '-0', 'abc', '', '1.234', '12,345', '0,01', '99,99', '100,01',
    '1 234', '0', '100,00', '42,79', '1e2', '#DIV/0!', '-', '55,555', '3.365', '1000000000', '1,5'),
  fc.tuple(fc.integer({ min: -2 * PERCENT_100, max: 2 * PERCENT_100 }), fc.constantFrom<Locale>('vi', 'en')).map(([r, l]) => formatRate(r as Rate, l)),
  fc.integer({ min: -10, max: 200_000_000 }).map(String),
  fc.string({ maxLength: 12 }),
);
