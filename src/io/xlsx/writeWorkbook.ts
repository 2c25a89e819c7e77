/**
 * Sheets of rows → an .xlsx, with the library that reads them (write-excel-file, read-excel-file's sibling).
 * Numbers are written as numbers (Excel sums them), text as text: a name starting with `=` stays text, never a
 * formula. The first row of each sheet is the header: bold, and frozen so it stays in view.
 */
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import type { CellValue, SheetToWrite } from './xlsxTypes';

export async function writeWorkbook(sheets: readonly SheetToWrite[]): Promise<Uint8Array<ArrayBuffer>> {
  const names = sheetNames(sheets.length > 0 ? sheets.map((s) => s.name) : ['Sheet1']);
  const stand = standIns(sheets);
  const cell = (value: CellValue, header: boolean): Cell => {
    // NaN and ±Infinity have no cell: an empty one is the honest rendering.
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return null;
    const typed = typeof value === 'number' ? { value, type: Number } : { value: stand.get(value) ?? value, type: String };
    return header ? { ...typed, fontWeight: 'bold' } : typed;
  };
  const toWrite: Sheet<Blob>[] = (sheets.length > 0 ? sheets : [{ name: '', rows: [] }]).map((sheet, i) => ({
    sheet: names[i]!,
    data: sheet.rows.map((row, r) => row.map((value) => cell(value, r === 0))),
    columns: sheet.columns?.map((c) => (c.width === undefined ? {} : { width: c.width })),
    stickyRowsCount: sheet.rows.length > 1 ? 1 : 0,
  }));
  const bytes = new Uint8Array(await (await writeXlsxFile(toWrite).toBlob()).arrayBuffer());
  return stand.size === 0 ? bytes : withStandInsReplaced(bytes, stand);
}

/**
 * write-excel-file numbers its shared strings through a plain object, so a text that is the name of an
 * Object.prototype member (`constructor`, `__proto__`, `toString`…: codes the CSV import lets a user add) finds the
 * prototype's member instead of its number and the cell is written as "function Object()…", a file Excel refuses.
 * Such texts are written as stand-ins that occur nowhere else, and put back in the shared strings afterwards.
 */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function standIns(sheets: readonly SheetToWrite[]): Map<string, string> {
  const texts = new Set<string>();
  for (const sheet of sheets) for (const row of sheet.rows) for (const value of row) if (typeof value === 'string') texts.add(value);
  const stand = new Map<string, string>();
  for (const name of PROTOTYPE_NAMES) {
    if (!texts.has(name)) continue;
    let candidate = `dvctt-text-${name}`;
    while (texts.has(candidate)) candidate += '-';
    stand.set(name, candidate);
  }
  return stand;
}

function withStandInsReplaced(xlsx: Uint8Array, stand: Map<string, string>): Uint8Array<ArrayBuffer> {
  const parts = unzipSync(xlsx);
  let shared = strFromU8(parts['xl/sharedStrings.xml']!);
  // The names are plain identifiers: nothing in them needs escaping in XML.
  for (const [text, standIn] of stand) shared = shared.replace(`<t>${standIn}</t>`, `<t>${text}</t>`);
  parts['xl/sharedStrings.xml'] = strToU8(shared);
  return zipSync(parts, { level: 6 });
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
