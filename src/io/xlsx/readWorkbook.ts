/**
 * An .xlsx from outside → its sheets as rows of text, numbers and empty cells, or one problem as data. The file's
 * container is checked before the library sees it: its size, a compound file (password or old .xls) and the zip's
 * central directory (a zip bomb is refused by the sizes it declares, before anything is inflated). The library
 * (read-excel-file) then reads every sheet; nothing is returned unless the whole workbook was read.
 */
import readXlsxFile from 'read-excel-file/universal';
import { MAX_FILE_BYTES } from '../../schema/fileProblem';
import { hasEncryptionInfo, isCompoundFile } from './compoundFile';
import { workbookErrorCells, type ErrorCell } from './errorCells';
import type { CellValue, SheetRows, WorkbookReading, XlsxProblem } from './xlsxTypes';
import { readZipDirectory } from './zipDirectory';

/** The parts read-excel-file needs; a zip without them is no Excel workbook. */
const WORKBOOK_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];

const refuse = (problem: XlsxProblem): WorkbookReading => ({ ok: false, problem });

/** `fileName` is not used to decide anything (names lie): it is there for the callers' messages and logs. */
export async function readWorkbook(bytes: Uint8Array, _fileName: string): Promise<WorkbookReading> {
  if (bytes.length > MAX_FILE_BYTES) return refuse({ code: 'tooLarge', what: 'file', size: bytes.length, limit: MAX_FILE_BYTES });
  if (isCompoundFile(bytes)) return refuse({ code: hasEncryptionInfo(bytes) ? 'encrypted' : 'legacyXls' });
  const directory = readZipDirectory(bytes);
  // A zip's directory is at its end: a file that starts as a zip and has none was cut short (a download, an attachment).
  if (!directory.ok) return refuse(directory.problem.code === 'notAZip' && startsAsZip(bytes) ? { code: 'damaged' } : directory.problem);
  const names = new Set(directory.entries.map((e) => e.name));
  if (!WORKBOOK_PARTS.every((part) => names.has(part))) return refuse({ code: 'notAZip' });
  let read: Awaited<ReturnType<typeof readXlsxFile>>;
  let errors: Map<string, ErrorCell[]>;
  try {
    read = await readXlsxFile(ownBuffer(bytes));
    errors = await workbookErrorCells(bytes);
  } catch {
    // The container was sound: what fails now is inside it (a cut part, broken XML, a sheet the workbook names but lacks).
    return refuse({ code: 'damaged' });
  }
  const sheets = read.map((s): SheetRows => {
    const rows = s.data.map((row) => row.map(cellValue));
    for (const cell of errors.get(s.sheet) ?? []) putBack(rows, cell);
    return { name: s.sheet, rows: withoutTrailingEmptyRows(rows) };
  });
  if (sheets.every((s) => s.rows.length === 0)) return refuse({ code: 'noSheet' });
  return { ok: true, sheets };
}

const startsAsZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The bytes as an ArrayBuffer of their own (the library takes a whole buffer; a view may be part of a larger one). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer;
  return bytes.slice().buffer;
}

/**
 * A cell as the app reads it. A date-typed cell is a month of the monthly statistics («Tháng» formatted as a date):
 * its month, `YYYY-MM`, from the UTC date the library makes of Excel's day number (so no time zone moves it). A
 * boolean is written as Excel shows it.
 */
function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return `${String(value.getUTCFullYear()).padStart(4, '0')}-${String(value.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  return String(value);
}

/**
 * A formula's error where the library left the cell empty, as the text Excel shows (`#DIV/0!`): the statistics
 * reader refuses it in a count rather than take it for a missing figure. Rows and cells are added as needed.
 */
function putBack(rows: CellValue[][], { row, column, value }: ErrorCell) {
  while (rows.length < row) rows.push([]);
  const cells = rows[row - 1]!;
  while (cells.length < column) cells.push(null);
  if (cells[column - 1] === null) cells[column - 1] = value;
}

/** Rows of empty cells at the end (formatted but never filled, as Excel keeps them) are no data. */
function withoutTrailingEmptyRows(rows: CellValue[][]): CellValue[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1]!.every((cell) => cell === null)) end--;
  return end === rows.length ? rows : rows.slice(0, end);
}
