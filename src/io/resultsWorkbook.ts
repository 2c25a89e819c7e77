import type { Indicator } from '../domain/indicators';
import { findResultsLayout, type ResultsCell } from './resultsImport';

/** What the workbook reader (`io/xlsx`) gives: the sheets' rows, or why the file cannot be read. */
export type WorkbookProblem = 'notAZip' | 'encrypted' | 'legacyXls' | 'tooLarge' | 'noSheet' | 'damaged';
export type WorkbookRead =
  | { ok: true; sheets: { name: string; rows: ResultsCell[][] }[] }
  | { ok: false; problem: WorkbookProblem };
interface XlsxModule { readWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkbookRead> }

// The reader is loaded only when a workbook is opened (its own chunk). Found through a glob, so that this code
// builds whether or not the reader is there yet; without it a workbook is said to be unreadable ('damaged').
const loaders = import.meta.glob<XlsxModule>('./xlsx/index.ts');

export async function readWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<WorkbookRead> {
  const load = loaders['./xlsx/index.ts'];
  if (!load) return { ok: false, problem: 'damaged' };
  const module = await load();
  return module.readWorkbook(bytes, fileName);
}

/** The first sheet with a statistics header (a unit column and a count) in its first rows, or null. */
export function statisticsSheet(read: Extract<WorkbookRead, { ok: true }>, indicators: readonly Indicator[]): { name: string; rows: ResultsCell[][] } | null {
  return read.sheets.find((s) => findResultsLayout(s.rows, indicators) !== null) ?? null;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** An old binary Excel file (OLE2, `.xls`), which the reader does not read. */
export const isLegacyWorkbook = (bytes: Uint8Array) => startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0);

/** A workbook by its content (a zip, or an old OLE2 `.xls`) or by its name. */
export const isWorkbook = (bytes: Uint8Array, name: string) =>
  startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0) || /\.xls[xm]$/i.test(name);
