/**
 * Rates are integers in hundredths of a percent: 8550 means 85.5 %, 4279 means 42.79 %.
 * Integers make every comparison exact (60,0 ≥ 60 is always true) and sums exact.
 * Hundredths, not tenths, because real half-year results carry two decimals (42,79 %)
 * and a target typed with two decimals must be kept and flagged, not silently rounded.
 * Parsing and formatting live here and only here; the locale is always passed in.
 */
export type Rate = number & { readonly __rate: true };
export type Locale = 'vi' | 'en';

export const RATE_SCALE = 100;
/** Beyond ±1,000,000 % nothing is a plausible rate; refusing it keeps all arithmetic exact. */
const RATE_LIMIT = 1_000_000 * RATE_SCALE;

export const rateFromPercent = (percent: number): Rate => Math.round(percent * RATE_SCALE) as Rate;
export const rateToPercent = (rate: Rate): number => rate / RATE_SCALE;
export const PERCENT_100 = (100 * RATE_SCALE) as Rate;

/** Why text is not a value: it does not read as a number, or (`outOfRange`) reads as one no rate can be. */
export type NumberProblem = 'notANumber' | 'tooManyDecimals' | 'tooLarge' | 'notAnInteger' | 'negative' | 'ambiguous' | 'outOfRange';
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; problem: NumberProblem };

export interface DecimalText {
  digits: string;
  decimals: string;
  negative: boolean;
  /** One separator followed by exactly three digits (`1.200`, `1,200`): thousands or decimals? */
  ambiguous: boolean;
  /** That separator, when `ambiguous`. */
  mark: '.' | ',' | null;
}

/**
 * Reads a decimal number the way Vietnamese and English users type it:
 * `85,5`, `85.5`, `85,5 %`, ` 85 `, `1.234,5`, `1,234.5`, `1 234,5`.
 * A lone separator is the decimal mark whichever it is; with both kinds present the last one is.
 * A separator repeated, or a space, groups thousands, and then only in groups of three (`1.234.567`, `1 234`).
 * Empty text means "no value" (null), never 0.
 */
export function parseDecimal(text: string): { ok: true; value: DecimalText | null } | { ok: false; problem: 'notANumber' } {
  const notANumber = { ok: false, problem: 'notANumber' } as const;
  let s = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (s.endsWith('%')) s = s.slice(0, -1).trim();
  if (s === '') return { ok: true, value: null };
  let negative = false;
  if (s.startsWith('-') || s.startsWith('−')) { negative = true; s = s.slice(1); }
  else if (s.startsWith('+')) s = s.slice(1);
  if (!/^[0-9][0-9., ]*$|^[.,][0-9]+$/.test(s)) return notANumber;
  const count = (ch: string) => s.split(ch).length - 1;
  const dots = count('.');
  const commas = count(',');
  let intPart = s;
  let decimals = '';
  let group: string | null = null;
  let ambiguous = false;
  let mark: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) {
    const mark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    group = mark === '.' ? ',' : '.';
    if (count(mark) > 1) return notANumber;
    [intPart = '', decimals = ''] = s.split(mark);
  } else if (dots + commas === 1) {
    [intPart = '', decimals = ''] = s.split(dots ? '.' : ',');
    ambiguous = /^[0-9]{3}$/.test(decimals) && /^[1-9][0-9]{0,2}$/.test(intPart);
    mark = ambiguous ? (dots ? '.' : ',') : null;
  } else if (dots + commas > 1) {
    group = dots ? '.' : ',';
  }
  if (!/^[0-9]*$/.test(decimals)) return notANumber;
  // Thousands are grouped by spaces or by the group mark, not both, and always by three.
  const separators = [' ', group].filter((sep): sep is string => sep !== null && intPart.includes(sep));
  if (separators.length > 1) return notANumber;
  const [sep] = separators;
  if (sep !== undefined) {
    if (!isGrouped(intPart, sep)) return notANumber;
    intPart = intPart.split(sep).join('');
  }
  if (!/^[0-9]*$/.test(intPart) || (intPart === '' && decimals === '')) return notANumber;
  return { ok: true, value: { digits: intPart.replace(/^0+(?=\d)/, '') || '0', decimals, negative, ambiguous, mark } };
}

function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return /^[0-9]{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((p) => /^[0-9]{3}$/.test(p));
}

/** What nearly every cell of an imported file looks like: `85`, `85,5`, `85.55`, `100`. */
const PLAIN_RATE = /^([0-9]{1,6})(?:[.,]([0-9]{1,2}))?$/;

/** Parses a rate in percent, keeping up to two decimals exactly. `85,55` is kept (and flagged by the rules); `85,555` is refused. */
export function parseRate(text: string): Parsed<Rate> {
  // The plain form, read directly: what the general reading below gives for it (a test checks), much
  // faster, which counts for the 500,000 cells of an import of 100,000 units.
  const plain = PLAIN_RATE.exec(text);
  if (plain) return { ok: true, value: (Number(plain[1]) * RATE_SCALE + (plain[2] ? Number(plain[2].padEnd(2, '0')) : 0)) as Rate };
  const d = parseDecimal(text);
  if (!d.ok) return d;
  if (d.value === null) return { ok: true, value: null };
  // `1.200`: a thousands dot to a Vietnamese reader, a decimal point to an English one. A lone comma is the
  // Vietnamese decimal mark (`85,555` has too many decimals), a rate is never in the thousands.
  if (d.value.ambiguous && d.value.mark === '.') return { ok: false, problem: 'ambiguous' };
  const decimals = d.value.decimals.replace(/0+$/, '');
  if (decimals.length > 2) return { ok: false, problem: 'tooManyDecimals' };
  const magnitude = Number(d.value.digits) * RATE_SCALE + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(magnitude) || magnitude > RATE_LIMIT) return { ok: false, problem: 'tooLarge' };
  const value = d.value.negative ? -magnitude : magnitude;
  return { ok: true, value: (value === 0 ? 0 : value) as Rate };
}

/** The largest plausible half-year dossier volume of one unit; it keeps weighted sums far from float limits. */
export const VOLUME_LIMIT = 100_000_000;

/** What nearly every count of a file looks like (`1120`, `1.120`, `1,120,500`): read directly, as the general reading below reads it. */
const PLAIN_COUNT = /^[0-9]{1,8}$/;
const GROUPED_COUNT = /^[1-9][0-9]{0,2}([.,])[0-9]{3}(?:\1[0-9]{3})?$/;

/** Parses a dossier count: a whole, non-negative number; `1.234` and `1 234` both read as 1234. */
export function parseCount(text: string): Parsed<number> {
  // Eight digits at most stay within VOLUME_LIMIT; a month's statistics file has some 100,000 such cells.
  if (PLAIN_COUNT.test(text)) return { ok: true, value: Number(text) };
  if (GROUPED_COUNT.test(text)) {
    const value = Number(text.replace(/[.,]/g, ''));
    if (value <= VOLUME_LIMIT) return { ok: true, value };
  }
  const d = parseDecimal(text);
  if (!d.ok) return d;
  if (d.value === null) return { ok: true, value: null };
  let { digits, decimals } = d.value;
  // "1.200" and "1,200" are thousands for a count: a count has no decimals.
  if (d.value.ambiguous) { digits += decimals; decimals = ''; }
  if (/[1-9]/.test(decimals)) return { ok: false, problem: 'notAnInteger' };
  const value = Number(digits);
  if (d.value.negative && value !== 0) return { ok: false, problem: 'negative' };
  if (!Number.isSafeInteger(value) || value > VOLUME_LIMIT) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value };
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, minDecimals: number, maxDecimals: number, grouping: boolean) {
  const key = `${locale}:${minDecimals}:${maxDecimals}:${grouping}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals, useGrouping: grouping });
    formatters.set(key, f);
  }
  return f;
}

const DECIMAL_MARK: Record<Locale, string> = { vi: ',', en: '.' };

/**
 * `8550` → `85,5` (vi) / `85.5` (en). Shows every stored decimal (at most two), no grouping, so the text reads
 * back to the same rate. Written from the integer directly: the same text as Intl.NumberFormat, several times
 * faster, which counts when a CSV export formats 100,000 rates.
 */
export function formatRate(rate: Rate | null | undefined, locale: Locale): string {
  if (rate === null || rate === undefined) return '';
  const abs = Math.abs(rate);
  const whole = Math.trunc(abs / RATE_SCALE);
  const hundredths = abs - whole * RATE_SCALE;
  const sign = rate < 0 ? '-' : '';
  if (hundredths === 0) return `${sign}${whole}`;
  const decimals = hundredths % 10 === 0 ? String(hundredths / 10) : String(hundredths).padStart(2, '0');
  return `${sign}${whole}${DECIMAL_MARK[locale]}${decimals}`;
}

/*
 * The two formats below are written from the number directly, as Intl.NumberFormat writes them (a property test
 * holds them to it): the first Intl.NumberFormat of a page loads its locale's data, some 50 ms of the first visit's
 * main thread on an office PC. Intl is kept for what they do not cover (a rate that is not whole hundredths, a count
 * beyond the safe integers, NaN).
 */
const GROUP_MARK: Record<Locale, string> = { vi: '.', en: ',' };
const MINUS = (n: number) => (n < 0 || Object.is(n, -0) ? '-' : '');

/** A one-decimal display, e.g. of an aggregate that was already truncated to tenths. */
export function formatRateFixed1(rate: Rate, locale: Locale): string {
  const abs = Math.abs(rate);
  // Past 10¹⁵ hundredths, Intl rounds the shortest decimal of rate / 100, which is no longer exact.
  if (!Number.isSafeInteger(abs) || abs >= 1e15) return formatter(locale, 1, 1, false).format(rate / RATE_SCALE);
  const tenths = Math.round(abs / 10); // half away from zero, as Intl rounds
  return `${MINUS(rate)}${Math.trunc(tenths / 10)}${DECIMAL_MARK[locale]}${tenths % 10}`;
}

/** A whole count with thousands grouped as the language writes them (`1.120` in Vietnamese, `1,120` in English). */
export function formatCount(count: number | null | undefined, locale: Locale): string {
  if (count === null || count === undefined) return '';
  const whole = Math.round(Math.abs(count)); // half away from zero, as Intl rounds
  if (!Number.isSafeInteger(whole)) return formatter(locale, 0, 0, true).format(count);
  return `${MINUS(count)}${String(whole).replace(/\B(?=(\d{3})+$)/g, GROUP_MARK[locale])}`;
}

/** True when a rate has more than one decimal (targets may have at most one). */
export const hasMoreThanOneDecimal = (rate: Rate) => rate % 10 !== 0;
