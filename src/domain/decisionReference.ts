/**
 * The decision an appendix is attached to, as an administrative document cites it ("Quyết định số 125/QĐ-UBND
 * ngày 05 tháng 8 năm 2023"). Decree 30/2020/NĐ-CP fixes how the number and the date are written.
 */

/** The symbol of a decision of a People's Committee (or of its chair), written after the number. */
export const DECISION_SYMBOL = 'QĐ-UBND';

/**
 * The decision's number as cited: `125` → `125/QĐ-UBND`; a number typed with its symbol (`125/QĐ-UBND`,
 * `07/2023/QĐ-UBND`) is kept as typed; nothing typed → null (the appendix then prints a blank to fill in).
 */
export function decisionNumberText(typed: string): string | null {
  const number = typed.trim().replace(/\s+/g, ' ');
  if (!number) return null;
  return number.includes('/') ? number : `${number}/${DECISION_SYMBOL}`;
}

export interface DocumentDate {
  day: string;
  month: string;
  year: string;
}

/**
 * A date as an administrative document writes it (Decree 30/2020/NĐ-CP, Appendix I): a day below 10 and the
 * months 1 and 2 take a leading zero (`ngày 05 tháng 02 năm 2024`, `ngày 15 tháng 8 năm 2023`).
 * `iso` is `yyyy-mm-dd`, what a date field gives; anything else, or a day that does not exist, → null.
 */
export function documentDate(iso: string): DocumentDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return {
    day: String(day).padStart(2, '0'),
    month: month <= 2 ? String(month).padStart(2, '0') : String(month),
    year: String(year),
  };
}
