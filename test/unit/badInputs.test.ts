/**
 * The corpus of bad and awkward input files (test/fixtures/bad-inputs/, described in its README): each file is
 * read from disk through the app's own reading path against the demo plan stored in a fresh database, and the
 * test states exactly what the user is told — the full Vietnamese message when the file cannot be read, or the
 * preview's counts, problems (row, column, header, reason) and the changes that applying it would make — and
 * that reading never writes.
 *
 * A case marked `bug` states the correct behaviour and runs as `it.fails` until the app is fixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { DEMO_PLAN_ID, makeDemoPlan } from '../../src/domain/demoPlan';
import type { IndicatorId } from '../../src/domain/ids';
import type { Plan } from '../../src/domain/plan';
import { formatRate, type Rate } from '../../src/domain/rate';
import { ValidationIndex } from '../../src/domain/validationIndex';
import type { CsvEncoding } from '../../src/io/csvDecode';
import { readCsvImport, type CsvPreview } from '../../src/io/csvImport';
import { csvPreviewToCommand, withNewUnitsChoice } from '../../src/io/csvApply';
import { sniffFileKind } from '../../src/io/fileKind';
import { restorePlanFile } from '../../src/io/restorePlanFile';
import { restoreAssignmentFile } from '../../src/io/assignmentFile';
import { restoreBackupFile } from '../../src/io/backupFile';
import { existingIds } from '../../src/state/backup';
import { decodeText } from '../../src/io/csvDecode';
import { readJsonFile } from '../../src/io/jsonImport';
import type { PlanRepository } from '../../src/storage/planRepository';
import type { SheetRows, XlsxProblem } from '../../src/io/xlsx/xlsxTypes';
import { csvProblemMessage, fileProblemMessage } from '../../src/ui/i18n/fileText';
import { PLAN_FILE_VERSION } from '../../src/io/planFileFormat';
import { demoBeforeResults } from '../support/fixturePlans';
import { t } from '../../src/ui/i18n/t';
import { NOW } from '../support/builders';
import { closeDemoDatabases, demoRepository as demoRepositoryIn, snapshot } from '../support/demoStorage';
import { asFileText, withValueAt } from '../support/jsonPath';

const DIR = new URL('../fixtures/bad-inputs/', import.meta.url);
const bytesOf = (file: string) => new Uint8Array(readFileSync(new URL(file, DIR)));
/** The running app's version, which the newer-version message names. */
const APP_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

// ---------------------------------------------------------------------------------------------------------
// What the user is told, as plain data

interface CsvSummary {
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

interface PlanFileSummary {
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

type Outcome =
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

interface Case {
  file: string;
  /** What a user would have done to get this file. */
  story: string;
  expect: Outcome;
  /** An app bug: `expect` is the correct behaviour, and the case runs as `it.fails` until it is fixed. */
  bug?: string;
}

// Builders that keep the table short: the defaults are what most files produce.
const refusedCsv = (message: string): Outcome => ({ kind: 'csv', refused: message });
const preview = (p: Partial<CsvSummary> & Pick<CsvSummary, 'adds' | 'updates' | 'unchanged'>): Outcome => ({
  kind: 'csv',
  preview: { encoding: 'utf-8', confident: true, delimiter: ';', kind: 'units', problems: [], ignored: null, skippedRows: 0, changes: [], newUnits: null, ...p },
});
const refusedPlanFile = (...messages: string[]): Outcome => ({ kind: 'planFile', refused: messages });
const refusedAssignment = (...messages: string[]): Outcome => ({ kind: 'assignment', refused: messages });
const refusedBackup = (...messages: string[]): Outcome => ({ kind: 'backup', refused: messages });
const refusedXlsx = (problem: XlsxProblem): Outcome => ({ kind: 'xlsx', refused: problem });
/** A value outside 0–100 % in a JSON file, as the user is told it: the file, the field path and the value. */
const OUT_OF_RANGE = (file: string, field: string, value: string) => `Tệp ${file}, ${field}: ${value} nằm ngoài khoảng 0–100%; không có gì bị thay đổi.`;
const UNKNOWN_CODE = (line: number, column: string, code: string) => `Dòng ${line}, cột ${column} (Mã): mã «${code}» không có trong kế hoạch`;
const DEMO_RESTORED: PlanFileSummary = {
  name: 'Kế hoạch mẫu — Huyện Tuy Phước', period: '2023-H2', units: 13, exportedBy: 'UBND huyện Tuy Phước', formatVersion: 1, sameAsDemo: true,
  exists: 'Máy này đã có kế hoạch này («Kế hoạch mẫu — Huyện Tuy Phước»). Chọn cách nhập:',
};

const OD_TARGET = 'Hồ sơ trực tuyến - Chỉ tiêu 2023-H2';
const OD_RESULT = 'Hồ sơ trực tuyến - KQ 2023-H1';
const NOT_A_NUMBER = (text: string) => `«${text}» không phải là số. Nhập tỷ lệ phần trăm, ví dụ 85,5.`;
const NO_CODE_COLUMN = 'Không tìm thấy cột mã đơn vị (ví dụ «Mã», «Mã đơn vị», «Code») ở dòng tiêu đề (dòng 1).';
const NOT_JSON = (file: string, line: number, column: number) => `Tệp ${file} bị hỏng hoặc không phải JSON: lỗi ở dòng ${line}, cột ${column}.`;

// ---------------------------------------------------------------------------------------------------------
// The corpus

const CASES: Case[] = [
  // Files that are not a table at all
  { file: 'csv-01-empty.csv', story: 'a 0-byte file (a failed save, an empty attachment)',
    expect: refusedCsv('Tệp trống, không có dòng nào.') },
  { file: 'csv-02-bom-only.csv', story: 'Excel "CSV UTF-8" of an empty sheet: only the BOM',
    expect: refusedCsv('Tệp trống, không có dòng nào.') },
  { file: 'csv-03-header-only.csv', story: 'a template: the header and two empty rows Excel writes as ;;;;;',
    expect: refusedCsv('Tệp có dòng tiêu đề (dòng 1) nhưng không có dòng số liệu nào.') },
  { file: 'csv-04-xlsx-renamed.csv', story: 'an .xlsx workbook renamed to .csv',
    expect: refusedCsv('Đây là tệp bảng tính Excel (.xlsx/.xls), không phải CSV. Trong Excel chọn Tệp → Lưu thành → «CSV UTF-8», rồi nhập tệp đó.') },
  { file: 'csv-05-xls-renamed.csv', story: 'an old .xls (Excel 97-2003) workbook renamed to .csv',
    expect: refusedCsv('Đây là tệp bảng tính Excel (.xlsx/.xls), không phải CSV. Trong Excel chọn Tệp → Lưu thành → «CSV UTF-8», rồi nhập tệp đó.') },
  { file: 'csv-06-binary-junk.csv', story: 'a PNG screenshot with a .csv name',
    expect: refusedCsv('Tệp không phải là văn bản CSV.') },
  { file: 'csv-07-html-page.csv', story: 'a web page (expired session) saved as .csv by a download',
    expect: refusedCsv(NO_CODE_COLUMN) },

  // Encodings
  { file: 'csv-10-unicode-text-utf16le.txt', story: 'Excel "Unicode Text": UTF-16 LE with BOM, tab-separated, decimal comma',
    expect: preview({ encoding: 'utf-16le', delimiter: '\t', adds: 0, updates: 2, unchanged: 1, changes: [
      '21952 target.online_dossiers: 64 → 65',
      '21973 target.online_dossiers: ∅ → 55,5', '21973 target.online_payment: ∅ → 50',
    ] }) },
  { file: 'csv-11-windows-1258-excel.csv', story: 'Excel "CSV (Comma delimited)" on Vietnamese Windows: Windows-1258, no BOM, ; and 1.050',
    expect: preview({ encoding: 'windows-1258', adds: 0, updates: 1, unchanged: 2, changes: ['21961 volume: 987 → 1050'] }) },
  { file: 'csv-12-utf8-no-bom-libreoffice.csv', story: 'LibreOffice Calc: UTF-8 without BOM, comma, LF, decimal point',
    expect: preview({ delimiter: ',', adds: 0, updates: 1, unchanged: 1, changes: ['21964 baseline.online_dossiers: 59,1 → 59,5'] }) },
  { file: 'csv-13-tcvn3-font-names.csv', story: 'names typed with the old TCVN3 (.VnTime) fonts, saved as CSV UTF-8: Latin-1 look-alikes',
    // The file is valid UTF-8, so the names come through as they are; the preview lists the renames.
    expect: preview({ adds: 0, updates: 2, unchanged: 0, changes: [
      '21967 name: Xã Phước Hòa → X· Ph\u00adíc Hßa', '21970 name: Xã Phước Sơn → X· Ph\u00adíc S¬n',
    ] }) },

  // Separators and decimal marks
  { file: 'csv-14-mixed-encodings.csv', story: 'a UTF-8 list with one row pasted in from a Windows-1258 file (Notepad++)',
    expect: refusedCsv(expect.stringMatching(/bảng mã/i)) },
  { file: 'csv-15-cr-line-endings.csv', story: 'Excel for Mac "CSV (Macintosh)": CR line ends',
    expect: preview({ kind: 'values', adds: 0, updates: 1, unchanged: 1, problems: ['Dòng 3, cột B (Số hồ sơ dự kiến): «-5»: số hồ sơ không được âm.'],
      changes: ['21958 volume: 1064 → 1100'] }) },
  { file: 'csv-20-semicolon-decimal-comma.csv', story: 'the Excel Việt Nam dialect: ; and decimal commas',
    expect: preview({ kind: 'values', adds: 0, updates: 2, unchanged: 1, changes: [
      '21952 target.online_dossiers: 64 → 64,5', '21955 target.online_payment: 59 → 59,25',
    ] }) },
  { file: 'csv-21-comma-decimal-point.csv', story: 'the standard dialect: , and decimal points',
    expect: preview({ kind: 'values', delimiter: ',', adds: 0, updates: 2, unchanged: 1, changes: [
      '21952 target.online_dossiers: 64 → 64,5', '21955 target.online_payment: 59 → 59,25',
    ] }) },
  { file: 'csv-22-tab-separated.tsv', story: 'cells copied from Excel, pasted into Notepad, saved (UTF-8, tabs)',
    expect: preview({ kind: 'values', delimiter: '\t', adds: 0, updates: 1, unchanged: 1, changes: ['21961 target.online_dossiers: 53 → 53,5'] }) },
  { file: 'csv-23-comma-quoted-decimal-comma.csv', story: 'LibreOffice with Vietnamese locale and , separator: "64,5" and "2.913" quoted',
    expect: preview({ delimiter: ',', adds: 0, updates: 1, unchanged: 1, changes: ['21952 target.online_dossiers: 64 → 64,5'] }) },
  { file: 'csv-24-quote-inside-name.csv', story: 'a name hand-typed in Notepad as "Xã" Phước Sơn (quote closed, text after it)',
    // Unclear (see README): the quote is closed; the text after it is what is wrong.
    expect: refusedCsv('Có dấu ngoặc kép không được đóng, từ dòng 3.') },

  // Headers
  { file: 'csv-30-headers-english.csv', story: 'English headers (the app in English, or a template from a colleague)',
    expect: preview({ delimiter: ',', adds: 0, updates: 1, unchanged: 1, changes: ['21955 volume: 3365 → 3400'] }) },
  { file: 'csv-31-headers-no-diacritics.csv', story: 'Vietnamese headers typed without diacritics',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, changes: ['21979 target.online_dossiers: 56 → 57'] }) },
  { file: 'csv-32-headers-upper-case.csv', story: 'headers in capitals, as printed appendices have them',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, changes: ['21982 target.online_dossiers: 54 → 55'] }) },
  { file: 'csv-33-headers-reordered.csv', story: 'columns in another order: the target first, the code third',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, changes: ['21973 target.online_dossiers: ∅ → 60'] }) },
  { file: 'csv-34-extra-unknown-columns.csv', story: 'notes, author, an empty column and a phone number beside the data',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, ignored: 'Các cột không dùng (bỏ qua): «Ghi chú», «Người lập», «Số điện thoại»',
      changes: ['21955 target.online_dossiers: 57 → 58'] }) },
  { file: 'csv-35-duplicate-columns.csv', story: 'the target column twice (different figures) and a second code column',
    // Not specific (see README): the ignored target column has the same header as the used one.
    expect: preview({ kind: 'values', adds: 0, updates: 1, unchanged: 1,
      ignored: `Các cột không dùng (bỏ qua): «${OD_TARGET}», «Mã xã»`, changes: ['21955 target.online_dossiers: 57 → 58'] }) },

  // Rows and cells
  { file: 'csv-36-headers-xa-phuong.csv', story: '"Mã xã/phường" and "Tên xã/phường/thị trấn" headers',
    expect: preview({ adds: 0, updates: 0, unchanged: 1 }) },
  { file: 'csv-37-other-period-headers.csv', story: 'a file of the next period (KQ 2023-H2, Chỉ tiêu 2024-H1) into the 2023-H2 plan',
    // A risk (see README): the period in the header is ignored.
    expect: preview({ kind: 'values', adds: 0, updates: 2, unchanged: 0, changes: [
      '21952 baseline.online_dossiers: 55 → 66,2', '21952 target.online_dossiers: 64 → 70',
      '21955 baseline.online_dossiers: 42,5 → 58', '21955 target.online_dossiers: 57 → 62',
    ] }) },
  { file: 'csv-40-duplicate-codes.csv', story: 'a unit listed twice with different targets',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, problems: ['Dòng 4, cột A (Mã): mã «21952» lặp lại (đã có ở dòng 2)'],
      changes: ['21952 target.online_dossiers: 64 → 65'] }) },
  { file: 'csv-41-unknown-codes.csv', story: 'values for codes the plan does not have; Excel wrote one code as 21.955',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 1, problems: [
      'Dòng 3, cột A (Mã): mã «30001» không có trong kế hoạch', 'Dòng 4, cột A (Mã): mã «21.955» không có trong kế hoạch',
    ] }) },
  { file: 'csv-42-new-units.csv', story: 'a unit list with one commune the plan does not have yet',
    // A code the plan lacks is a problem until the user chooses to add it as a new unit.
    expect: preview({ adds: 0, updates: 0, unchanged: 1, problems: [UNKNOWN_CODE(3, 'A', '21991')],
      newUnits: { adds: 1, problems: [], changes: ['+21991: name=Xã Thử Nghiệm; type=Xã; volume=800'] } }) },
  { file: 'csv-43-missing-code-column.csv', story: 'a list with STT and names but no code column',
    expect: refusedCsv(NO_CODE_COLUMN) },
  { file: 'csv-44-code-but-nothing-to-import.csv', story: 'codes and a notes column only',
    expect: refusedCsv('Ngoài cột mã, tệp không có cột nào để nhập: cần «Tên đơn vị», «Số hồ sơ dự kiến» hoặc cột chỉ tiêu như «Hồ sơ trực tuyến - Chỉ tiêu».') },
  { file: 'csv-45-missing-code-in-row.csv', story: 'a row whose code cell was left empty',
    expect: preview({ adds: 0, updates: 0, unchanged: 1, problems: ['Dòng 3, cột A (Mã): thiếu mã đơn vị'] }) },
  { file: 'csv-46-rate-not-a-number.csv', story: '"abc", an Excel error #DIV/0! and a dash for "none" in rate cells',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 1, problems: [
      `Dòng 2, cột B (${OD_TARGET}): ${NOT_A_NUMBER('abc')}`,
      `Dòng 4, cột B (${OD_TARGET}): ${NOT_A_NUMBER('#DIV/0!')}`,
      `Dòng 5, cột B (${OD_TARGET}): ${NOT_A_NUMBER('-')}`,
    ] }) },
  { file: 'csv-47-rate-out-of-range.csv', story: 'a target of 150',
    expect: preview({ adds: 0, updates: 0, unchanged: 3, problems: [`Dòng 5, cột C (${OD_TARGET}): «150» nằm ngoài khoảng 0–100%`] }) },
  { file: 'csv-48-rate-too-many-decimals.csv', story: 'results computed in Excel and shown with General format: 85,555 and 42,7857',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 0, problems: [
      `Dòng 2, cột B (${OD_RESULT}): «85,555» có quá nhiều chữ số thập phân (tối đa hai).`,
      `Dòng 3, cột B (${OD_RESULT}): «42,7857» có quá nhiều chữ số thập phân (tối đa hai).`,
    ] }) },
  { file: 'csv-49-rate-ambiguous.csv', story: '1.234 as a rate: a decimal point or a thousands dot?',
    // Unclear hint (see README): "1200" is no answer for a rate.
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 0, problems: [
      `Dòng 2, cột B (${OD_TARGET}): «1.234» không rõ là số thập phân hay số hàng nghìn: viết 1,2 (một phẩy hai) hoặc 1200.`,
    ] }) },
  { file: 'csv-50-volume-negative.csv', story: 'a dossier volume of -5',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 0, problems: ['Dòng 2, cột B (Số hồ sơ dự kiến): «-5»: số hồ sơ không được âm.'] }) },
  { file: 'csv-51-volume-decimal.csv', story: 'a dossier volume of 1,5',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 0, problems: ['Dòng 2, cột B (Số hồ sơ dự kiến): «1,5»: số hồ sơ phải là số nguyên.'] }) },
  { file: 'csv-52-more-cells-than-header.csv', story: 'a name with an unquoted ; typed in Notepad: one cell too many',
    expect: preview({ adds: 0, updates: 0, unchanged: 2, problems: ['Dòng 3, cột D: dòng có nhiều ô hơn dòng tiêu đề («1532»)'] }) },
  { file: 'csv-53-unterminated-quote.csv', story: 'an opening quote that is never closed',
    expect: refusedCsv('Có dấu ngoặc kép không được đóng, từ dòng 3.') },
  { file: 'csv-54-blank-lines.csv', story: 'an empty first row, blank lines and ;; lines between the rows',
    expect: preview({ adds: 0, updates: 1, unchanged: 1, problems: [`Dòng 7, cột C (${OD_TARGET}): ${NOT_A_NUMBER('abc')}`],
      changes: ['21958 target.online_dossiers: 59 → 60'] }) },
  { file: 'csv-55-spaces-in-numbers.csv', story: 'spaces and non-breaking spaces around codes and numbers: "85,5 %", " 90 ", "3 365"',
    expect: preview({ kind: 'values', adds: 0, updates: 1, unchanged: 2, changes: [
      '21958 baseline.online_dossiers: 54,7 → 85,5', '21958 target.online_dossiers: 59 → 90',
    ] }) },
  { file: 'csv-56-formula-looking-names.csv', story: 'hostile: =HYPERLINK(…), @SUM(…), +84… as names; they are text',
    expect: preview({ adds: 0, updates: 0, unchanged: 0,
      problems: [UNKNOWN_CODE(2, 'A', '21991'), UNKNOWN_CODE(3, 'A', '21994'), UNKNOWN_CODE(4, 'A', '21997')],
      newUnits: { adds: 3, problems: [], changes: [
        '+21991: name==HYPERLINK("http://evil.example/","Bấm vào đây"); type=Xã; volume=∅',
        '+21994: name=@SUM(A1:A9); type=Xã; volume=∅',
        '+21997: name=+84 912 345 678; type=-Xã; volume=∅',
      ] } }) },
  { file: 'csv-57-own-export-excel-vn.csv', story: 'the app\'s own CSV export, Excel Việt Nam dialect',
    expect: preview({ adds: 0, updates: 0, unchanged: 13, skippedRows: 1 }) },
  { file: 'csv-58-own-export-standard-en.csv', story: 'the app\'s own CSV export, standard dialect, English headers',
    expect: preview({ delimiter: ',', adds: 0, updates: 0, unchanged: 13, skippedRows: 1 }) },
  { file: 'csv-59-own-export-standard-vi.csv', story: 'the app\'s own CSV export, standard dialect, Vietnamese headers (one quoted)',
    expect: preview({ delimiter: ',', adds: 0, updates: 0, unchanged: 13, skippedRows: 1 }) },
  { file: 'csv-60-own-export-resaved-by-excel.csv', story: 'the export opened in Excel, one target typed, saved as "CSV (Comma delimited)"',
    expect: preview({ encoding: 'windows-1258', adds: 0, updates: 1, unchanged: 12, skippedRows: 1, changes: ['21973 target.online_dossiers: ∅ → 55'] }) },
  { file: 'csv-61-reserved-codes.csv', story: 'the grid\'s summary rows (min, aggregate) pasted into a file',
    expect: preview({ kind: 'values', adds: 0, updates: 0, unchanged: 1, problems: [
      'Dòng 2, cột A (Mã): mã «min» được dành riêng cho dòng tổng hợp', 'Dòng 3, cột A (Mã): mã «aggregate» được dành riêng cho dòng tổng hợp',
    ] }) },
  { file: 'csv-62-new-unit-without-name.csv', story: 'a new code with an empty name cell',
    expect: preview({ adds: 0, updates: 0, unchanged: 1, problems: ['Dòng 3, cột B (Tên đơn vị): đơn vị mới cần có tên'] }) },
  { file: 'csv-63-line-break-in-cell.csv', story: 'Alt+Enter in a notes cell: a quoted line break; rows are counted as Excel shows them',
    expect: preview({ adds: 0, updates: 0, unchanged: 1, problems: [`Dòng 3, cột C (${OD_TARGET}): «150» nằm ngoài khoảng 0–100%`],
      ignored: 'Các cột không dùng (bỏ qua): «Ghi chú»' }) },
  { file: 'csv-64-total-rows.csv', story: '"Tổng cộng" and "Toàn huyện" total rows without a code',
    expect: preview({ adds: 0, updates: 0, unchanged: 2, skippedRows: 2 }) },
  { file: 'csv-65-title-rows-above-header.csv', story: 'an appendix with title lines above the header, as printed',
    // The header is found below the title lines; the one row matches the demo plan.
    expect: preview({ adds: 0, updates: 0, unchanged: 1 }) },
  { file: 'csv-66-short-rows-notepad.csv', story: 'hand-edited: rows with trailing cells left out',
    // A short row may be a cut one: never read, named with the columns it lacks.
    expect: preview({ adds: 0, updates: 0, unchanged: 1, problems: [
      'Dòng 3, cột C: dòng thiếu ô so với dòng tiêu đề (thiếu Số hồ sơ dự kiến, Hồ sơ trực tuyến - Chỉ tiêu 2023-H2): có thể tệp bị cắt ngang; dòng này không được nhập',
      'Dòng 4, cột D: dòng thiếu ô so với dòng tiêu đề (thiếu Hồ sơ trực tuyến - Chỉ tiêu 2023-H2): có thể tệp bị cắt ngang; dòng này không được nhập',
    ] }) },
  { file: 'csv-67-truncated-download.csv', story: 'a download of the standard export cut in the middle of row 7',
    // The cut row (`55` where the export said 55.8) is a problem, never a value.
    expect: preview({ delimiter: ',', adds: 0, updates: 0, unchanged: 5, problems: [
      'Dòng 7, cột I: dòng thiếu ô so với dòng tiêu đề (thiếu Online payment - Target 2023-H2, Digitisation of dossiers and results - Result 2023-H1, Digitisation of dossiers and results - Target 2023-H2 … (+4)): có thể tệp bị cắt ngang; dòng này không được nhập',
    ] }) },
  { file: 'csv-68-rates-as-fractions.csv', story: 'rates written as fractions (0,64 for 64 %), from cells formatted as percentages',
    // A risk (see README): read as 0,64 %; the rules then flag them in the grid.
    expect: preview({ kind: 'values', adds: 0, updates: 2, unchanged: 0, changes: [
      '21952 target.online_dossiers: 64 → 0,64', '21955 target.online_dossiers: 57 → 0,57',
    ] }) },
  { file: 'csv-69-proto-codes.csv', story: 'hostile: __proto__ and constructor as codes and names',
    expect: preview({ adds: 0, updates: 0, unchanged: 0, problems: [UNKNOWN_CODE(2, 'A', '__proto__'), UNKNOWN_CODE(3, 'A', 'constructor')],
      newUnits: { adds: 2, problems: [], changes: [
        '+__proto__: name=constructor; type=prototype; volume=∅', '+constructor: name=__proto__; type=Xã; volume=∅',
      ] } }) },
  { file: 'csv-70-two-lists-concatenated.csv', story: 'two unit lists pasted one after the other: the second header row is in the middle',
    expect: { kind: 'csv', preview: expect.objectContaining({ adds: 0, updates: 0, unchanged: 2, problems: [UNKNOWN_CODE(5, 'A', '21991')],
      newUnits: { adds: 1, problems: [], changes: ['+21991: name=Xã Thử Nghiệm; type=Xã; volume=∅'] } }) } },
  { file: 'csv-71-excel-vn-cut-last-row.csv', story: 'a download of the Excel Việt Nam export cut in row 8 (`…;46,1;5` for `…;46,1;54;…`), no final line break',
    // The cut row is a problem naming the columns it lacks; nothing of it is read (its `5` is not a target of 5 %).
    expect: preview({ adds: 0, updates: 0, unchanged: 6, problems: [
      'Dòng 8, cột H: dòng thiếu ô so với dòng tiêu đề (thiếu Thanh toán trực tuyến - KQ 2023-H1, Thanh toán trực tuyến - Chỉ tiêu 2023-H2, Số hóa hồ sơ, kết quả giải quyết TTHC - KQ 2023-H1 … (+5)): có thể tệp bị cắt ngang; dòng này không được nhập',
    ] }) },
  { file: 'csv-72-appendix-typo-codes.csv', story: 'the Excel Việt Nam export edited by hand: two codes mistyped (21953, 21796), one target and one volume changed',
    // The mistyped codes are problems by default (a typo, far more often than a new commune); the known rows apply.
    expect: preview({ adds: 0, updates: 2, unchanged: 9, skippedRows: 1,
      problems: [UNKNOWN_CODE(2, 'B', '21953'), UNKNOWN_CODE(10, 'B', '21796')],
      changes: ['21955 target.online_dossiers: 57 → 58', '21964 volume: 1610 → 1650'],
      newUnits: { adds: 2, problems: [], changes: [
        '+21953: name=Thị trấn Tuy Phước; type=Thị trấn; volume=2913; baseline.online_dossiers=55; baseline.online_payment=60,5; baseline.digitisation=69,1; baseline.e_results=31,4; baseline.population_db=100; target.online_dossiers=64; target.online_payment=68; target.digitisation=77; target.e_results=100; target.population_db=100',
        '+21796: name=Xã Phước Lộc; type=Xã; volume=1613; baseline.online_dossiers=59,9; baseline.online_payment=44,4; baseline.digitisation=53,8; baseline.e_results=35,3; baseline.population_db=100; target.online_dossiers=63; target.online_payment=51; target.digitisation=75; target.e_results=100; target.population_db=100',
      ] } }) },
  { file: 'csv-73-values-typo-codes.csv', story: 'a bare `Mã;…Chỉ tiêu` file typed in Excel: two mistyped codes (21953, 21697) among three known ones',
    // Without a name column there is nothing to add: the unknown rows are problems, the known rows apply.
    expect: preview({ kind: 'values', adds: 0, updates: 3, unchanged: 0,
      problems: [UNKNOWN_CODE(3, 'A', '21953'), UNKNOWN_CODE(5, 'A', '21697')],
      changes: ['21952 target.online_dossiers: 64 → 65', '21958 target.online_dossiers: 59 → 60', '21985 target.online_dossiers: 64 → 66'] }) },
  { file: 'csv-74-header-line-only.csv', story: 'a unit-list template saved with its header line and not one row',
    expect: refusedCsv('Tệp có dòng tiêu đề (dòng 1) nhưng không có dòng số liệu nào.') },

  // Plan files
  { file: 'pf-01-truncated.dvctt.json', story: 'a plan file whose download stopped in the middle of a unit name',
    expect: refusedPlanFile(NOT_JSON('pf-01-truncated.dvctt.json', 161, 21)) },
  { file: 'pf-02-html-page.dvctt.json', story: 'a web page (404) saved under the plan file\'s name',
    expect: refusedPlanFile(NOT_JSON('pf-02-html-page.dvctt.json', 1, 1)) },
  { file: 'pf-03-trailing-comma.dvctt.json', story: 'hand-edited in Notepad (CRLF): a value deleted, its comma left before }',
    expect: refusedPlanFile(NOT_JSON('pf-03-trailing-comma.dvctt.json', 96, 5)) },
  { file: 'pf-04-other-format.json', story: 'a JSON file of another application',
    expect: refusedPlanFile('Tệp pf-04-other-format.json không phải là tệp kế hoạch DVCTT.') },
  { file: 'pf-05-plan-without-envelope.json', story: 'only the "plan" object, copied out of a plan file by hand',
    expect: refusedPlanFile('Tệp pf-05-plan-without-envelope.json không phải là tệp kế hoạch DVCTT.') },
  { file: 'pf-06-newer-version.dvctt.json', story: 'a plan file from app 3.0.0, format version 9',
    expect: refusedPlanFile(`Tệp pf-06-newer-version.dvctt.json được tạo bởi phiên bản mới hơn của ứng dụng (định dạng tệp 9, ứng dụng 3.0.0); phiên bản đang dùng (${APP_VERSION}) chỉ đọc được định dạng đến ${PLAN_FILE_VERSION}. Hãy cập nhật ứng dụng rồi nhập lại. Không có gì bị thay đổi.`) },
  { file: 'pf-07-wrong-type.dvctt.json', story: '"volume": "nhiều" typed by hand',
    expect: refusedPlanFile('Tệp pf-07-wrong-type.dvctt.json, trường plan.units[1].volume: cần một số.') },
  { file: 'pf-08-negative-volume.dvctt.json', story: 'a volume of -5',
    expect: refusedPlanFile('Tệp pf-08-negative-volume.dvctt.json, trường plan.units[1].volume: nhỏ hơn mức tối thiểu 0.') },
  { file: 'pf-09-three-decimals.dvctt.json', story: 'a rate with three decimals, 55.555',
    expect: refusedPlanFile('Tệp pf-09-three-decimals.dvctt.json, plan.units[0].target.online_payment: 55,555 có quá hai chữ số thập phân.') },
  { file: 'pf-10-duplicate-units.dvctt.json', story: 'two units with the code 21952',
    expect: refusedPlanFile('Tệp pf-10-duplicate-units.dvctt.json, plan.units[2].code: mã đơn vị «21952» lặp lại.') },
  { file: 'pf-11-unknown-indicator.dvctt.json', story: 'a value for an indicator the plan does not list',
    expect: refusedPlanFile('Tệp pf-11-unknown-indicator.dvctt.json, plan.units[1].target.digital_signature: chỉ tiêu «digital_signature» không có trong kế hoạch.') },
  { file: 'pf-12-proto-keys.dvctt.json', story: 'hostile: __proto__ at three levels and constructor keys',
    // An unknown key is refused, never dropped (schema/planSchema.ts): the first is the top level's __proto__.
    expect: refusedPlanFile('Tệp pf-12-proto-keys.dvctt.json, __proto__: trường «__proto__» không thuộc định dạng tệp này (tệp bị sửa tay hoặc bị hỏng); không có gì bị thay đổi.') },
  { file: 'pf-13-bom.dvctt.json', story: 'saved by Notepad as "UTF-8 with BOM"',
    expect: { kind: 'planFile', restored: DEMO_RESTORED } },
  { file: 'pf-14-utf16-notepad.dvctt.json', story: 'saved by Notepad as "Unicode" (UTF-16 LE with BOM, CRLF)',
    expect: { kind: 'planFile', restored: DEMO_RESTORED } },
  { file: 'pf-15-ansi-notepad.dvctt.json', story: 'saved by an old Notepad as "ANSI" (Windows-1258 on Vietnamese Windows)',
    expect: { kind: 'planFile', restored: DEMO_RESTORED } },
  { file: 'pf-16-missing-field.dvctt.json', story: 'a unit whose "name" line was deleted',
    expect: refusedPlanFile('Tệp pf-16-missing-field.dvctt.json: thiếu trường plan.units[3].name.') },
  { file: 'pf-17-empty.dvctt.json', story: 'an empty file with the plan file\'s name',
    expect: refusedPlanFile('Tệp pf-17-empty.dvctt.json trống.') },
  { file: 'pf-18-format-version-as-text.dvctt.json', story: '"formatVersion": "1" (quoted by hand)',
    expect: refusedPlanFile('Tệp pf-18-format-version-as-text.dvctt.json, trường formatVersion: cần một số nguyên.') },
  { file: 'pf-19-decimal-comma.dvctt.json', story: 'a rate edited by hand with a decimal comma, 64,5',
    expect: refusedPlanFile(NOT_JSON('pf-19-decimal-comma.dvctt.json', 92, 28)) },
  { file: 'pf-20-csv-named-json.json', story: 'a CSV file given a .json name',
    expect: refusedPlanFile(NOT_JSON('pf-20-csv-named-json.json', 1, 1)) },
  { file: 'pf-21-plan-file-renamed.csv', story: 'a plan file renamed to .csv: recognised by its content',
    expect: { kind: 'planFile', restored: DEMO_RESTORED } },
  { file: 'pf-22-reserved-code.dvctt.json', story: 'a unit coded "aggregate" (the grid\'s summary row) in a plan file',
    expect: refusedPlanFile(expect.stringMatching(/^Tệp pf-22-reserved-code\.dvctt\.json, .*plan\.units\[12\]\.code.*aggregate/)) },
  { file: 'pf-23-volume-too-big.dvctt.json', story: 'a volume mistyped as 29130000000000',
    expect: refusedPlanFile('Tệp pf-23-volume-too-big.dvctt.json, trường plan.units[0].volume: lớn hơn mức tối đa 100000000.') },
  { file: 'pf-24-target-1000.dvctt.json', story: 'a mandatory target of 100 typed 1000 in a hand-edited plan file',
    expect: refusedPlanFile(OUT_OF_RANGE('pf-24-target-1000.dvctt.json', 'plan.units[4].target.e_results', '1000')) },
  { file: 'pf-25-baseline-negative.dvctt.json', story: 'a previous result of -5',
    expect: refusedPlanFile(OUT_OF_RANGE('pf-25-baseline-negative.dvctt.json', 'plan.units[2].baseline.online_payment', '-5')) },
  { file: 'pf-26-min-150.dvctt.json', story: 'an indicator\'s general target (min) of 150',
    expect: refusedPlanFile(OUT_OF_RANGE('pf-26-min-150.dvctt.json', 'plan.indicators[0].min', '150')) },
  { file: 'pf-27-own-target-101.dvctt.json', story: 'the district\'s own target of 101 for an indicator',
    expect: refusedPlanFile(OUT_OF_RANGE('pf-27-own-target-101.dvctt.json', 'plan.indicators[2].ownTarget', '101')) },
  { file: 'pf-28-floor-negative.dvctt.json', story: 'a weighted indicator\'s floor of -1',
    expect: refusedPlanFile(OUT_OF_RANGE('pf-28-floor-negative.dvctt.json', 'plan.indicators[1].floor', '-1')) },

  // Assignment files and backups
  { file: 'as-01-own-target-120.json', story: 'the province\'s assignment file with an own target of 120 for Huyện Tuy Phước',
    expect: refusedAssignment(OUT_OF_RANGE('as-01-own-target-120.json', 'assignment.districts[1].ownTargets.online_dossiers', '120')) },
  { file: 'bk-01-v1-second-plan-target-100-5.json', story: 'a backup of format 1 (migrated on reading) whose second plan holds a target of 100.5',
    expect: refusedBackup(OUT_OF_RANGE('bk-01-v1-second-plan-target-100-5.json', 'plans[1].units[5].target.online_dossiers', '100,5')) },

  // Excel workbooks (src/io/xlsx), read as the monthly statistics will be
  { file: 'xl-01-csv-renamed.xlsx', story: 'a CSV saved under an .xlsx name', expect: refusedXlsx({ code: 'notAZip' }) },
  { file: 'xl-02-docx-renamed.xlsx', story: 'a Word report renamed .xlsx: a zip with no workbook', expect: refusedXlsx({ code: 'notAZip' }) },
  { file: 'xl-03-password-protected.xlsx', story: 'a workbook protected by a password (an OLE compound file with EncryptionInfo)', expect: refusedXlsx({ code: 'encrypted' }) },
  { file: 'xl-04-xls-renamed.xlsx', story: 'an Excel 97–2003 .xls renamed .xlsx', expect: refusedXlsx({ code: 'legacyXls' }) },
  { file: 'xl-05-zip-bomb.xlsx', story: 'a zip bomb: 24 KB whose directory lists one 20 MB part twelve times (240 MB)',
    expect: refusedXlsx({ code: 'tooLarge', what: 'uncompressed', size: 251_663_814, limit: 200 * 1024 * 1024 }) },
  { file: 'xl-06-size-lie.xlsx', story: 'a sheet of 1 KB that claims 300 MB uncompressed (more than deflate can give)',
    expect: refusedXlsx({ code: 'tooLarge', what: 'ratio', size: 300 * 1024 * 1024, limit: 527 * 1032 }) },
  { file: 'xl-07-truncated-download.xlsx', story: 'a download cut at 60 %', expect: refusedXlsx({ code: 'damaged' }) },
  { file: 'xl-08-empty-workbook.xlsx', story: 'a template whose only sheet is empty', expect: refusedXlsx({ code: 'noSheet' }) },
  { file: 'xl-09-broken-sheet-xml.xlsx', story: 'a sheet whose XML stops in the middle of a row', expect: refusedXlsx({ code: 'damaged' }) },
  { file: 'xl-10-month-date-column.xlsx', story: 'a month\'s statistics with the portal\'s headers and «Tháng» as a date', expect: { kind: 'xlsx', read: [{ name: 'Tháng 7', rows: [
    ['Tháng', 'Mã đơn vị', 'Tên đơn vị', 'Tiếp nhận trực tuyến', 'Tổng hồ sơ tiếp nhận', 'Tổng HS có nghĩa vụ tài chính', 'Số HS đã TTTT'],
    ['2024-07', '21952', 'Thị trấn Tuy Phước', 312, 401, 120, 95],
    ['2024-07', '21955', 'Thị trấn Diêu Trì', 280, 377, 101, 88],
    ['2024-07', '21958', 'Xã Phước Thắng', null, 120, 40, 31],
    ['2024-08', '21952', 'Thị trấn Tuy Phước', 330, 415, 118, 99],
  ] }] } },
];

// ---------------------------------------------------------------------------------------------------------
// Reading a file the way the app does, against the demo plan stored in a fresh database

const pct = (rate: Rate | null | undefined) => (rate === undefined || rate === null ? '∅' : formatRate(rate, 'vi'));
const volumeText = (v: number | null) => (v === null ? '∅' : String(v));

/** One line per changed field: `21952 target.online_dossiers: 64 → 64,5`, or `+code: name=…; type=…; volume=…` for a new unit. */
function describeChanges(plan: Plan, p: CsvPreview): string[] {
  const ids = plan.indicators.map((i) => i.id);
  const lines: string[] = [];
  for (const { before, after } of p.updates) {
    if (before.name !== after.name) lines.push(`${after.code} name: ${before.name} → ${after.name}`);
    if (before.type !== after.type) lines.push(`${after.code} type: ${before.type} → ${after.type}`);
    if (before.volume !== after.volume) lines.push(`${after.code} volume: ${volumeText(before.volume)} → ${volumeText(after.volume)}`);
    for (const field of ['baseline', 'target'] as const) {
      for (const id of ids) {
        if (before[field][id] !== after[field][id]) lines.push(`${after.code} ${field}.${id}: ${pct(before[field][id])} → ${pct(after[field][id])}`);
      }
    }
  }
  for (const { after: u } of p.adds) {
    const rates = (['baseline', 'target'] as const).flatMap((field) =>
      (Object.keys(u[field]) as IndicatorId[]).map((id) => `; ${field}.${id}=${pct(u[field][id])}`));
    lines.push(`+${u.code}: name=${u.name}; type=${u.type}; volume=${volumeText(u.volume)}${rates.join('')}`);
  }
  return lines;
}

const demoContent = (p: Plan) => ({ ...p, revision: 0 });

const demoRepository = () => demoRepositoryIn('bad-inputs');
afterEach(closeDemoDatabases);

interface Reading {
  outcome: Outcome;
  /** The CSV preview, when there is one, to check what applying it would do. */
  preview?: CsvPreview;
}

/** The app's reading path: sniff the kind, then the CSV check or the plan-file restore (as state/fileImport.ts does). */
async function read(file: string, repo: PlanRepository): Promise<Reading> {
  const bytes = bytesOf(file);
  if (file.endsWith('.xlsx')) {
    // Loaded as the app loads it, on demand.
    const { readWorkbook } = await import('../../src/io/xlsx');
    const workbook = await readWorkbook(bytes, file);
    return { outcome: workbook.ok ? { kind: 'xlsx', read: workbook.sheets } : { kind: 'xlsx', refused: workbook.problem } };
  }
  const open = (await repo.loadPlan(DEMO_PLAN_ID))!;
  if (sniffFileKind(bytes, file) === 'csv') {
    const result = readCsvImport(bytes, { units: open.units, indicators: open.indicators });
    if (!result.ok) return { outcome: { kind: 'csv', refused: csvProblemMessage(result.problem) } };
    const raw = result.preview;
    // As the preview first shows it: new units only by the user's explicit choice (ImportDialog's default).
    const p = withNewUnitsChoice(raw, false);
    const chosen = withNewUnitsChoice(raw, true);
    return {
      preview: raw,
      outcome: { kind: 'csv', preview: {
        encoding: p.encoding, confident: p.confident, delimiter: p.delimiter, kind: p.kind,
        adds: p.adds.length, updates: p.updates.length, unchanged: p.unchanged,
        problems: p.problems.map(csvProblemMessage),
        ignored: p.ignoredColumns.length > 0 ? t('importIgnored', { columns: p.ignoredColumns.map((c) => `«${c.header}»`).join(', ') }) : null,
        skippedRows: p.skippedRows, changes: describeChanges(open, p),
        newUnits: chosen === p ? null : { adds: chosen.adds.length, problems: chosen.problems.map(csvProblemMessage), changes: describeChanges(open, chosen).filter((line) => line.startsWith('+')) },
      } },
    };
  }
  // The plan-file path of the app itself (the import button and drag-and-drop): what its worker runs, and the
  // stored plan of the same id looked up (as state/fileImport.ts does).
  const json = readJsonFile(bytes, file);
  const decoded = decodeText(bytes);
  const text = decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes);
  if (json.kind === 'assignment' || json.kind === 'backup') {
    // …exactly the assignment or backup restore over the decoded text; a backup also looks up which of its plans are here.
    if (json.kind === 'assignment') expect(json.restored).toEqual(restoreAssignmentFile(text, file));
    else expect(json.restored).toEqual(restoreBackupFile(text, file));
    if (!json.restored.ok) return { outcome: { kind: json.kind, refused: json.restored.problems.map(fileProblemMessage) } };
    if (json.kind === 'assignment') return { outcome: { kind: 'assignment', restored: { districts: json.restored.value.assignment.districts.map((d) => d.code) } } };
    await existingIds(repo, json.restored.value.plans);
    return { outcome: { kind: 'backup', restored: { plans: json.restored.value.plans.map((p) => p.id) } } };
  }
  const reading = { ...json, existing: json.restored.ok ? await repo.getPlanRecord(json.restored.value.plan.id) : undefined };
  // …and it is exactly restorePlanFile over the bytes as decoded for any file from outside.
  expect(reading.restored).toEqual(restorePlanFile(text, file));
  const restored = reading.restored;
  if (!restored.ok) return { outcome: { kind: 'planFile', refused: restored.problems.map(fileProblemMessage) } };
  const { plan, exportedBy, formatVersion } = restored.value;
  return {
    outcome: { kind: 'planFile', restored: {
      name: plan.name, period: plan.period, units: plan.units.length, exportedBy, formatVersion,
      // The corpus's plan files hold the demo as it was before monthly results.
      sameAsDemo: JSON.stringify(demoContent(plan)) === JSON.stringify(demoContent(demoBeforeResults())),
      exists: reading.existing ? t('importPlanExists', { name: reading.existing.name }) : null,
    } },
  };
}

describe('the bad-input corpus', () => {
  it('has a case for every file in test/fixtures/bad-inputs, and a file for every case', () => {
    // Monthly statistics files (ms-*) have their cases in resultsImportBadInputs.test.ts.
    const files = readdirSync(DIR).filter((f) => f !== 'README.md' && !f.startsWith('ms-')).sort();
    expect(CASES.map((c) => c.file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(35);
  });

  for (const c of CASES) {
    describe(c.file, () => {
      (c.bug ? it.fails : it)(`tells the user what it must: ${c.story}`, async () => {
        const { repo } = await demoRepository();
        expect((await read(c.file, repo)).outcome).toEqual(c.expect);
      });

      it('is read without writing anything; applying nothing changes nothing', async () => {
        const { db, repo } = await demoRepository();
        const before = await snapshot(db, repo);
        const { preview: p } = await read(c.file, repo);

        // Reading never writes: the plan, the plan list and every table are as they were.
        const after = await snapshot(db, repo);
        expect(after).toEqual(before);
        expect(after.plan).toEqual(makeDemoPlan(NOW));

        // Applying nothing (Cancel, or a preview without changes) leaves the plan as it is, the very same object.
        const stored = after.plan!;
        const nothing = applyCommand(stored, csvPreviewToCommand({ ...(p ?? emptyPreview()), adds: [], updates: [] }, stored), NOW);
        expect(nothing.ok && nothing.plan).toBe(stored);
        // …and what the preview announces is exactly what Apply would change, no more, whether or not new units are chosen.
        for (const shown of p ? [withNewUnitsChoice(p, false), withNewUnitsChoice(p, true)] : []) {
          const applied = applyCommand(stored, csvPreviewToCommand(shown, stored), NOW);
          if (!applied.ok) throw new Error(`Apply would be refused: ${applied.reason}`);
          if (shown.adds.length + shown.updates.length === 0) expect(applied.plan).toBe(stored);
          else expect(applied.effect.changed.slice().sort()).toEqual([...shown.adds, ...shown.updates].map((u) => u.after.code).sort());
        }
        expect(await snapshot(db, repo)).toEqual(before);
      });
    });
  }
});

describe('a file refused for an impossible value is refused for that value alone', () => {
  // Each file below is a file the app wrote with one value made impossible; put a possible value back at the
  // path the message names and the very same file is read (a backup of format 1 through its migration).
  const FILES: [file: string, field: string][] = [
    ['pf-24-target-1000.dvctt.json', 'plan.units[4].target.e_results'],
    ['pf-25-baseline-negative.dvctt.json', 'plan.units[2].baseline.online_payment'],
    ['pf-26-min-150.dvctt.json', 'plan.indicators[0].min'],
    ['pf-27-own-target-101.dvctt.json', 'plan.indicators[2].ownTarget'],
    ['pf-28-floor-negative.dvctt.json', 'plan.indicators[1].floor'],
    ['as-01-own-target-120.json', 'assignment.districts[1].ownTargets.online_dossiers'],
    ['bk-01-v1-second-plan-target-100-5.json', 'plans[1].units[5].target.online_dossiers'],
  ];
  it.each(FILES)('%s: the one problem is at %s; with 50 there the file is read', (file, field) => {
    const refused = readJsonFile(bytesOf(file), file);
    expect(refused.restored.ok).toBe(false);
    expect(!refused.restored.ok && refused.restored.problems.map((p) => [p.code, p.field])).toEqual([['outOfRange', field]]);
    const doc = JSON.parse(new TextDecoder().decode(bytesOf(file))) as unknown;
    const mended = readJsonFile(new TextEncoder().encode(asFileText(withValueAt(doc, field, 50))), file);
    expect(mended.kind).toBe(refused.kind);
    expect(mended.restored).toMatchObject({ ok: true });
    if (mended.kind === 'backup' && mended.restored.ok) {
      expect((doc as { formatVersion: number }).formatVersion).toBe(1);
      expect(mended.restored.value.plans.map((p) => [p.id, p.indicators.map((i) => i.checkOwnTarget)])).toEqual([
        ['demo-tuy-phuoc-2023-h2', [false, false, false, false, false]], ['tuy-phuoc-2024-h1', [false, false, false, false, false]],
      ]);
    }
  });
});

function emptyPreview(): CsvPreview {
  return { encoding: 'utf-8', confident: true, delimiter: ';', kind: 'values', rows: 0, adds: [], newUnitsNeedChoice: false, updates: [], unchanged: 0, problems: [], ignoredColumns: [], skippedRows: 0, repeatedHeaders: 0, zerosRestored: 0, fileSays: { titleLines: [], districts: [] } };
}

describe('hostile files', () => {
  /** Object.prototype as it was before any file was read (this runs when the tests are collected). */
  const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
  const clean = () => {
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  };

  it('a plan file with __proto__ and constructor keys pollutes nothing and is refused', async () => {
    const { repo } = await demoRepository();
    const { outcome } = await read('pf-12-proto-keys.dvctt.json', repo);
    expect(outcome.kind === 'planFile' && 'refused' in outcome).toBe(true);
    clean();
  });

  it('a CSV with __proto__ and constructor as codes pollutes nothing, and the plan it would make still validates', async () => {
    const { repo } = await demoRepository();
    const { preview: p } = await read('csv-69-proto-codes.csv', repo);
    const stored = (await repo.loadPlan(DEMO_PLAN_ID))!;
    const applied = applyCommand(stored, csvPreviewToCommand(withNewUnitsChoice(p!, true), stored), NOW);
    if (!applied.ok) throw new Error(applied.reason);
    expect(applied.plan.units.map((u) => u.code).slice(-2)).toEqual(['__proto__', 'constructor']);
    const index = new ValidationIndex(applied.plan);
    expect(index.totals()).toHaveLength(stored.indicators.length);
    clean();
  });

  afterAll(clean);
});

describe('plan-file messages are in the user\'s language', () => {
  // fileProblem.ts: "The UI words it in the user's language; nothing here is a sentence." The schema's reason
  // is passed through as `detail`, in English, into the Vietnamese message.
  for (const file of ['pf-07-wrong-type.dvctt.json', 'pf-08-negative-volume.dvctt.json', 'pf-12-proto-keys.dvctt.json', 'pf-23-volume-too-big.dvctt.json']) {
    it(`${file}: no English validator text inside the Vietnamese message`, async () => {
      const { repo } = await demoRepository();
      const { outcome } = await read(file, repo);
      if (outcome.kind !== 'planFile' || !('refused' in outcome)) throw new Error('expected a refusal');
      for (const message of outcome.refused) expect(message).not.toMatch(/Invalid|expected|received|Too small|Too big|record/);
    });
  }
});
