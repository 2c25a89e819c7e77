/**
 * Sheets of rows → an .xlsx, with the library that reads them (write-excel-file, read-excel-file's sibling).
 * Numbers are written as numbers (Excel sums them), text as text: a name starting with `=` stays text, never a
 * formula. The first row of each sheet is the header: bold, and frozen so it stays in view.
 */
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import type { CellValue, SheetToWrite } from './xlsxTypes';

export async function writeWorkbook(sheets: readonly SheetToWrite[]): Promise<Uint8Array<ArrayBuffer>> {
  const names = sheetNames(sheets.length > 0 ? sheets.map((s) => s.name) : ['Sheet1']);
  const toWrite: Sheet<Blob>[] = (sheets.length > 0 ? sheets : [{ name: '', rows: [] }]).map((sheet, i) => ({
    sheet: names[i]!,
    data: sheet.rows.map((row, r) => row.map((value) => cell(value, r === 0))),
    columns: sheet.columns?.map((c) => (c.width === undefined ? {} : { width: c.width })),
    stickyRowsCount: sheet.rows.length > 1 ? 1 : 0,
  }));
  const blob = await writeXlsxFile(toWrite).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function cell(value: CellValue, header: boolean): Cell {
  // NaN and ±Infinity have no cell: an empty one is the honest rendering.
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return null;
  if (typeof value === 'number') return header ? { value, type: Number, fontWeight: 'bold' } : { value, type: Number };
  return header ? { value, type: String, fontWeight: 'bold' } : { value, type: String };
}

/** Excel's rules for a sheet name: 1–31 characters, none of []:*?/\, not starting or ending with ', unique ignoring case. */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name, i) => {
    const clean = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim() || `Sheet${i + 1}`;
    let candidate = clean.slice(0, 31);
    for (let n = 2; taken.has(candidate.toLocaleLowerCase('vi')); n++) {
      const suffix = ` (${n})`;
      candidate = clean.slice(0, 31 - suffix.length) + suffix;
    }
    taken.add(candidate.toLocaleLowerCase('vi'));
    return candidate;
  });
}
