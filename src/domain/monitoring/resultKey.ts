import { indicatorId, type IndicatorId } from '../ids';
import { monthsOf, parsePeriod } from '../period';

/**
 * A unit's monthly results are one flat record of numbers, one key per value: `YYYY-MM/<indicatorId>/<part>`.
 * Flat, so that each value is a field like a target is — typed, pasted, imported, undone, journaled and shown
 * in a cell's history through the same field-by-field path as every other value of a unit.
 *
 * - `n`: the numerator count of the month (online dossiers, dossiers paid online…), a whole number;
 * - `d`: its denominator count (dossiers received, dossiers with a fee…), a whole number;
 * - `r`: the month's rate, when only a rate is known (hundredths, as every rate): marked as entered as a rate.
 */
export type ResultPart = 'n' | 'd' | 'r';
/** A calendar month, `YYYY-MM`. */
export type MonthKey = string & { readonly __month: true };
export type ResultKey = string & { readonly __resultKey: true };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const KEY = /^(\d{4}-(?:0[1-9]|1[0-2]))\/([A-Za-z0-9_.-]{1,128})\/([ndr])$/;

export const isMonthKey = (text: string): text is MonthKey => MONTH.test(text);
export const monthKey = (year: number, month: number): MonthKey => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as MonthKey;

export const resultKey = (month: MonthKey, id: IndicatorId, part: ResultPart): ResultKey => `${month}/${id}/${part}` as ResultKey;

/**
 * The three keys of one month and indicator, made once: a report of 10,598 units reads every unit's figures of
 * every month several times, and building each key's text anew (then hashing it to look it up) was a third of
 * its time. Bounded like `parsedKeys`.
 */
export function resultKeys(month: MonthKey, id: IndicatorId): Readonly<Record<ResultPart, ResultKey>> {
  let byIndicator = keysByMonth.get(month);
  if (!byIndicator) {
    if (keysByMonth.size >= KEYS_KEPT) keysByMonth.clear();
    keysByMonth.set(month, (byIndicator = new Map()));
  }
  let keys = byIndicator.get(id);
  if (!keys) {
    if (byIndicator.size >= KEYS_KEPT) byIndicator.clear();
    keys = Object.freeze({ n: resultKey(month, id, 'n'), d: resultKey(month, id, 'd'), r: resultKey(month, id, 'r') });
    byIndicator.set(id, keys);
  }
  return keys;
}
const keysByMonth = new Map<MonthKey, Map<IndicatorId, Readonly<Record<ResultPart, ResultKey>>>>();
const KEYS_KEPT = 256;

/** A key's month, indicator and part; null when the text is no result key. */
export function parseResultKey(key: string): ParsedResultKey | null {
  let parsed = parsedKeys.get(key);
  if (parsed === undefined) {
    const m = KEY.exec(key);
    parsed = m ? Object.freeze({ month: m[1] as MonthKey, indicatorId: indicatorId(m[2]!), part: m[3] as ResultPart }) : null;
    if (parsedKeys.size >= PARSED_KEPT) parsedKeys.clear();
    parsedKeys.set(key, parsed);
  }
  return parsed;
}

export type ParsedResultKey = Readonly<{ month: MonthKey; indicatorId: IndicatorId; part: ResultPart }>;

/**
 * Keys already parsed: a plan has a few hundred distinct keys (months × indicators × parts), and a month's import
 * checks each of 10,598 units' keys several times. Bounded, so that odd keys from a bad file cannot grow it.
 */
const parsedKeys = new Map<string, ParsedResultKey | null>();
const PARSED_KEPT = 4096;

/** The months of a plan's period, in order (`2025-H2` → 2025-07 … 2025-12); none when the period is unreadable. */
export function periodMonths(period: string): MonthKey[] {
  const p = parsePeriod(period);
  return p ? monthsOf(p).map((m) => monthKey(p.year, m)) : [];
}
