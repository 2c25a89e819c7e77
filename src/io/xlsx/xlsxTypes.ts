/**
 * The shapes of Excel workbooks as the app reads and writes them, and what can be wrong with one, as data (the UI
 * words it). This file holds no code of the library, so callers import its types without loading it; the reader
 * and the writer themselves come through `await import('./index')`.
 */

/**
 * A cell as the app sees it: text, a number, or nothing. A date-typed cell is read as its month, `YYYY-MM`; a cell
 * holding a formula's error as the text Excel shows (`#DIV/0!`, `#N/A`).
 */
export type CellValue = string | number | null;

export interface SheetRows {
  name: string;
  /** Row 0 is the sheet's row 1; cell 0 its column A. Leading empty rows and columns are kept, so places are Excel's. */
  rows: CellValue[][];
}

export interface SheetToWrite {
  name: string;
  /** Column widths in characters, as Excel counts them. */
  columns?: { width?: number }[];
  /** The first row is the header, written bold and kept in view when the sheet scrolls. */
  rows: CellValue[][];
}

/**
 * Why a workbook cannot be read:
 * - `notAZip`: not a zip, or a zip that is no Excel workbook (no `xl/workbook.xml`: a .docx, an .ods renamed);
 * - `encrypted`: protected by a password (an encrypted package, or encrypted zip entries);
 * - `legacyXls`: an Excel 97–2003 `.xls` (the same container as an encrypted `.xlsx`, without its encryption stream);
 * - `tooLarge`: the file, its uncompressed content or its number of parts is over a limit, or it claims an
 *   uncompressed size no deflate stream can have (a zip bomb); `size` and `limit` in bytes or parts, as `what` says;
 * - `noSheet`: a workbook whose sheets have no cell at all;
 * - `damaged`: anything else (a zip cut short, as a download can be; broken XML inside).
 */
export type XlsxProblem =
  | { code: 'notAZip' | 'encrypted' | 'legacyXls' | 'noSheet' | 'damaged' }
  | { code: 'tooLarge'; what: 'file' | 'uncompressed' | 'parts' | 'ratio'; size: number; limit: number };

export type XlsxProblemCode = XlsxProblem['code'];

export type WorkbookReading = { ok: true; sheets: SheetRows[] } | { ok: false; problem: XlsxProblem };
