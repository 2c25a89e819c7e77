/**
 * What the user is told about a file of the bad-input corpus (test/fixtures/bad-inputs/), as plain data, and the
 * builders and message texts that keep the corpus's case tables short.
 */
import { readFileSync } from 'node:fs';
import type { CsvEncoding } from '../../../src/io/csvDecode';
import type { SheetRows, XlsxProblem } from '../../../src/io/xlsx/xlsxTypes';

/** The running app's version, which the newer-version message names. */
export const APP_VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface CsvSummary {
  encoding: CsvEncoding;
  /** False: the preview says it is unsure of the encoding and offers another. */
  confident: boolean;
  delimiter: string;
  kind: 'units' | 'values';
  adds: number;
  updates: number;
  unchanged: number;
  /** Every problem as the preview words it, in order. */
  problems: string[];
  /** The "columns not used" line, or null when every column is used. */
  ignored: string | null;
  /** Rows recognised as totals and skipped. */
  skippedRows: number;
  /** What applying the preview would change, one line per changed field (see `describeChanges`). */
  changes: string[];
  /**
   * In a plan that has units, a row with a code the plan does not know is a problem on its line ("mã «21953» không
   * có trong kế hoạch") until the user chooses to add such rows as new units: the fields above are the preview as
   * it first shows; this is what it shows once the user ticks "add them" (`withNewUnitsChoice(…, true)`), or null
   * when the preview offers no such choice.
   */
  newUnits: { adds: number; problems: string[]; changes: string[] } | null;
}

export interface PlanFileSummary {
  name: string;
  period: string;
  units: number;
  exportedBy: string;
  formatVersion: number;
  /** The restored plan carries exactly the demo plan's content (the files here are all made from it). */
  sameAsDemo: boolean;
  /** The "this computer already has this plan" line, or null. */
  exists: string | null;
}

export type Outcome =
  | { kind: 'csv'; refused: string }
  | { kind: 'csv'; preview: CsvSummary }
  | { kind: 'planFile'; refused: string[] }
  | { kind: 'planFile'; restored: PlanFileSummary }
  | { kind: 'assignment' | 'backup'; refused: string[] }
  /** An assignment read: the receiving units' codes. */
  | { kind: 'assignment'; restored: { districts: string[] } }
  /** A backup read: its plans' ids. */
  | { kind: 'backup'; restored: { plans: string[] } }
  /** An Excel workbook: its problem as data (the monthly-statistics import is to word it), or its sheets as read. */
  | { kind: 'xlsx'; refused: XlsxProblem }
  | { kind: 'xlsx'; read: SheetRows[] };

export interface Case {
  file: string;
  /** What a user would have done to get this file. */
  story: string;
  expect: Outcome;
  /** An app bug: `expect` is the correct behaviour, and the case runs as `it.fails` until it is fixed. */
  bug?: string;
}

// Builders that keep the table short: the defaults are what most files produce.
export const refusedCsv = (message: string): Outcome => ({ kind: 'csv', refused: message });
export const preview = (p: Partial<CsvSummary> & Pick<CsvSummary, 'adds' | 'updates' | 'unchanged'>): Outcome => ({
  kind: 'csv',
  preview: { encoding: 'utf-8', confident: true, delimiter: ';', kind: 'units', problems: [], ignored: null, skippedRows: 0, changes: [], newUnits: null, ...p },
});
export const refusedPlanFile = (...messages: string[]): Outcome => ({ kind: 'planFile', refused: messages });
export const refusedAssignment = (...messages: string[]): Outcome => ({ kind: 'assignment', refused: messages });
export const refusedBackup = (...messages: string[]): Outcome => ({ kind: 'backup', refused: messages });
export const refusedXlsx = (problem: XlsxProblem): Outcome => ({ kind: 'xlsx', refused: problem });
/** A value outside 0–100 % in a JSON file, as the user is told it: the file, the field path and the value. */
export const OUT_OF_RANGE = (file: string, field: string, value: string) => `Tệp ${file}, ${field}: ${value} nằm ngoài khoảng 0–100%; không có gì bị thay đổi.`;
export const UNKNOWN_CODE = (line: number, column: string, code: string) => `Dòng ${line}, cột ${column} (Mã): mã «${code}» không có trong kế hoạch`;
export const DEMO_RESTORED: PlanFileSummary = {
  name: 'Kế hoạch mẫu — Huyện Tuy Phước', period: '2023-H2', units: 13, exportedBy: 'UBND huyện Tuy Phước', formatVersion: 1, sameAsDemo: true,
  exists: 'Máy này đã có kế hoạch này («Kế hoạch mẫu — Huyện Tuy Phước»). Chọn cách nhập:',
};

export const OD_TARGET = 'Hồ sơ trực tuyến - Chỉ tiêu 2023-H2';
export const OD_RESULT = 'Hồ sơ trực tuyến - KQ 2023-H1';
export const NOT_A_NUMBER = (text: string) => `«${text}» không phải là số. Nhập tỷ lệ phần trăm, ví dụ 85,5.`;
export const NO_CODE_COLUMN = 'Không tìm thấy cột mã đơn vị (ví dụ «Mã», «Mã đơn vị», «Code») ở dòng tiêu đề (dòng 1).';
export const NOT_JSON = (file: string, line: number, column: number) => `Tệp ${file} bị hỏng hoặc không phải JSON: lỗi ở dòng ${line}, cột ${column}.`;
