import { foldDiacritics } from '../domain/indicators';
import { monthKey, type MonthKey } from '../domain/monitoring/resultKey';

/** What a month cell of a statistics file says: a month, nothing (empty), or something that is no month. */
export type MonthCell = { ok: true; month: MonthKey | null } | { ok: false };

const MONTH_YEAR = /^(?:thang|th|t)?\s*(\d{1,2})\s*(?:[/.-]|\s+nam\s+|\s+)\s*(\d{4})$/;
const YEAR_MONTH = /^(\d{4})\s*[/.-]\s*(\d{1,2})$/;
/** A date, day first as Vietnamese write it (`01/10/2023`), or ISO (`2023-10-01`, with a time or not). */
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[t\s].*)?$/;

/** Excel's day 0 (its serial dates count days from 30 December 1899, its 1900 leap-year error included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials from 1 January 1990 to 31 December 2100: anything else in a month column is no date. */
const SERIAL_RANGE = [32874, 73415] as const;

const make = (year: number, month: number): MonthCell =>
  month >= 1 && month <= 12 && year >= 1900 && year <= 9999 ? { ok: true, month: monthKey(year, month) } : { ok: false };

/**
 * Reads a month cell: `10/2023`, `2023-10`, `T10/2023`, `Tháng 10/2023`, `Tháng 10 năm 2023`, a date in the month
 * (`01/10/2023`, `2023-10-01`) or an Excel date (a serial number, as a workbook stores a cell formatted as a date).
 */
export function readMonthCell(value: string | number | null): MonthCell {
  if (value === null) return { ok: true, month: null };
  if (typeof value === 'number') return fromSerial(value);
  const text = foldDiacritics(value).toLowerCase().replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: true, month: null };
  let m = MONTH_YEAR.exec(text);
  if (m) return make(Number(m[2]), Number(m[1]));
  m = YEAR_MONTH.exec(text);
  if (m) return make(Number(m[1]), Number(m[2]));
  m = ISO_DATE.exec(text);
  if (m) return Number(m[3]) >= 1 && Number(m[3]) <= 31 ? make(Number(m[1]), Number(m[2])) : { ok: false };
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 31 ? make(Number(m[3]), Number(m[2])) : { ok: false };
  // A serial date written out as text (a workbook's date cell saved to CSV unformatted).
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return fromSerial(Number(text));
  return { ok: false };
}

function fromSerial(serial: number): MonthCell {
  if (!Number.isFinite(serial) || serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return { ok: false };
  const date = new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS);
  return make(date.getUTCFullYear(), date.getUTCMonth() + 1);
}
