import type { Indicator } from '../domain/indicators';
import type { ResultsCell } from './resultsCells';
import { findResultsLayout } from './resultsLayout';

/** What the workbook reader (`io/xlsx`) gives: the sheets' rows, or why the file cannot be read. */
export type WorkbookProblem = 'notAZip' | 'encrypted' | 'legacyXls' | 'tooLarge' | 'noSheet' | 'damaged';
export type WorkbookRead =
  | { ok: true; sheets: { name: string; rows: ResultsCell[][] }[] }
  | { ok: false; problem: WorkbookProblem };

/** The workbook's sheets, or why it cannot be read; the reader (`io/xlsx`, its own chunk) is loaded only now. */
export async function readWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<WorkbookRead> {
  const { readWorkbook } = await import('./xlsx');
  const read = await readWorkbook(bytes, fileName);
  return read.ok ? { ok: true, sheets: read.sheets } : { ok: false, problem: read.problem.code };
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
