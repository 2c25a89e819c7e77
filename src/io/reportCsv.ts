import Papa from 'papaparse';
import { formatRate, rateFromPercent } from '../domain/rate';
import { CSV_DIALECTS, type CsvDialectId } from './csvDialect';
import { neutralise } from './csvExport';
import type { ReportSheet } from './reportTables';

/**
 * The report's tables as one CSV file, each under its name and a blank line apart, in the plan CSV's
 * conventions (`csvExport.ts`): UTF-8 with BOM, CRLF, the dialect's delimiter and decimal mark (Excel Việt Nam:
 * `;` and `85,5`), numbers as numbers, text cells neutralised against formula injection. Rows are padded to one
 * width so that a spreadsheet reads the file as one table.
 */
export function serializeReportCsv(sheets: readonly ReportSheet[], dialectId: CsvDialectId = 'excel-vn'): string {
  const dialect = CSV_DIALECTS[dialectId];
  const width = Math.max(...sheets.flatMap((s) => s.rows.map((r) => r.length)), 1);
  const cell = (v: string | number | null): string => {
    if (v === null) return '';
    // Rates (at most one decimal) and counts go through the one number writer: `43,1`, `12`.
    if (typeof v === 'number') return formatRate(rateFromPercent(v), dialect.locale);
    return neutralise(v);
  };
  const rows: string[][] = [];
  sheets.forEach((sheet, i) => {
    if (i > 0) rows.push([]);
    if (i > 0) rows.push([neutralise(sheet.name)]);
    for (const r of sheet.rows) rows.push(r.map(cell));
  });
  const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  return `\uFEFF${Papa.unparse(padded, { delimiter: dialect.delimiter, newline: '\r\n', quotes: false })}\r\n`;
}
