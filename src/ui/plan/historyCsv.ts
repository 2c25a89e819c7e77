import { fieldColumn, historyValueText, type HistoryItem } from '../../domain/cellHistory';
import type { UnitCode } from '../../domain/ids';
import type { Locale } from '../../domain/rate';

/** How the CSV is written: `;` with decimal commas for Excel on Vietnamese Windows, or `,` with points. */
export interface HistoryCsvDialect {
  delimiter: string;
  locale: Locale;
}

/** Text that a spreadsheet would take for a formula is written with a leading `'` (CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

function cell(text: string, delimiter: string): string {
  const safe = FORMULA.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The history as CSV: UTF-8 with BOM and CRLF, so that Excel shows the diacritics; one line per change, newest
 * first: when, unit code and name, column, old and new value, how, the file or version it came from, the tab.
 */
export function historyCsv(items: readonly (HistoryItem & { otherTab: boolean })[], dialect: HistoryCsvDialect, text: {
  header: readonly string[]; unitName: (code: UnitCode) => string; columnLabel: (colId: string) => string; how: (item: HistoryItem) => string; otherTab: string;
}): string {
  const rows = items.map((i) => [i.at, i.code, text.unitName(i.code), text.columnLabel(fieldColumn(i.field)),
    historyValueText(i.field, i.before, dialect.locale), historyValueText(i.field, i.after, dialect.locale), text.how(i), i.from ?? '', i.otherTab ? text.otherTab : '']);
  return `\uFEFF${[text.header, ...rows].map((r) => r.map((c) => cell(c, dialect.delimiter)).join(dialect.delimiter)).join('\r\n')}\r\n`;
}
