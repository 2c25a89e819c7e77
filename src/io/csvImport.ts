import Papa from 'papaparse';
import { MAX_DISTRICTS, type FileSays } from './planInfoFromFile';
import { applyPatch, type UnitPatch } from '../domain/unitPatch';
import { MAX_CODE_LENGTH, MAX_NAME_LENGTH, RESERVED_UNIT_CODES } from '../domain/unitLimits';
import { unitCode } from '../domain/ids';
import { foldDiacritics, type Indicator } from '../domain/indicators';
import type { Unit } from '../domain/plan';
import { parseCount, type NumberProblem } from '../domain/rate';
import { readRate } from '../domain/valueRule';
import { sameUnit, unitLookUp } from './csvUnitMatch';
import { columnOfAnotherPeriod, columnsByKind, findHeaderRow, missingColumns, readHeader, titleLinesAbove, type ColumnMeaning, type ImportColumns } from './csvColumns';
import { decodeText, type CsvEncoding } from './csvDecode';
import { detectDelimiter } from './csvDialect';
import { MAX_FILE_BYTES } from '../schema/fileProblem';
import { unneutralise } from './csvExport';

export interface CsvImportContext {
  /** The plan's units (empty when the file starts a new plan). */
  units: readonly Unit[];
  indicators: readonly Indicator[];
  /** The plan's period, whose columns the file must name if it names any (none when the file starts a plan). */
  period?: string;
}

export type CsvProblemCode =
  | 'tooLarge' | 'empty' | 'spreadsheet' | 'notText' | 'noHeader' | 'missingColumn' | 'badQuotes' | 'readFailed'
  | 'unknownUnit' | 'duplicateCode' | 'missingCode' | 'missingName' | 'reservedCode' | 'extraCells' | 'tooLong'
  | 'shortRow' | 'noRows' | 'lastRowMayBeCut' | 'otherPeriod' | NumberProblem;

/** One problem, where it is as the user sees the file in Excel: row (1 = the header) and column (1 = A). */
export interface CsvProblem {
  code: CsvProblemCode;
  line?: number;
  column?: number;
  header?: string;
  value?: string;
  params?: Record<string, string | number>;
}

export interface CsvPreview {
  encoding: CsvEncoding;
  /** False when the encoding was guessed (no BOM, not UTF-8): the preview offers to pick another. */
  confident: boolean;
  delimiter: string;
  /** The file lists units (it has a name column), or only values for units already in the plan. */
  kind: 'units' | 'values';
  rows: number;
  /** Rows whose code is not in the plan, as new units, each with where its code is in the file. */
  adds: NewUnitRow[];
  /**
   * The plan has units, so a code it does not know is far more often a typo than a new commune: such rows
   * are problems unless the user chooses to add them (`withNewUnitsChoice`). False when the file starts a plan.
   */
  newUnitsNeedChoice: boolean;
  /**
   * The file's last row, held back: the file does not end with a line break (the app, Excel and LibreOffice
   * end every row with one), so its last cell may have been cut (`98,7` arriving as `9`). It is a problem on
   * its line unless the user says the row is complete (`withLastRowChoice`).
   */
  lastRowHeld?: { line: number; entry: { kind: 'update'; before: Unit; after: Unit; patch: UnitPatch } | { kind: 'add'; row: NewUnitRow } };
  updates: { before: Unit; after: Unit; patch: UnitPatch; line: number }[];
  unchanged: number;
  /** Rows with a problem are left out entirely; the rest can be applied. */
  problems: CsvProblem[];
  ignoredColumns: { column: number; header: string }[];
  /** Rows recognised as the aggregate row of an exported plan, which is not data. */
  skippedRows: number;
  /** Rows that repeat the header (two lists pasted together). */
  repeatedHeaders: number;
  /** Codes whose leading zeros Excel had dropped, matched to the plan's units. */
  zerosRestored: number;
  /** Title lines and districts: what a file that starts a plan says about that plan (`suggestPlanInfo`). */
  fileSays: FileSays;
}

/** A row that would add a unit, and where its code stands in the file. */
export interface NewUnitRow {
  after: Unit;
  patch: UnitPatch;
  line: number;
  column: number;
  header: string;
}

export type CsvRead = { ok: true; preview: CsvPreview } | { ok: false; problem: CsvProblem; encoding?: CsvEncoding };

const isAggregateLabel = (name: string) => /^(tong hop|tong cong|tong so|toan huyen|aggregate|total)\b/.test(foldDiacritics(name).toLowerCase().trim());

/**
 * Reads a CSV file against a plan, without changing anything: decode, find the separator and the header,
 * understand the columns (one alias table), then check every row the way typing is checked (same number
 * parsing), and say what applying it would add, update or leave, and every problem with its row and column.
 */
export function readCsvImport(bytes: Uint8Array, context: CsvImportContext, encoding?: CsvEncoding, onProgress?: (done: number) => void): CsvRead {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: { code: 'tooLarge', params: { limitMb: MAX_FILE_BYTES / 1024 / 1024 } } };
  const decoded = decodeText(bytes, encoding);
  if (!decoded.ok) return { ok: false, problem: { code: decoded.problem } };
  const delimiter = detectDelimiter(decoded.text);
  const parsed = Papa.parse<string[]>(decoded.text, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  const badQuote = parsed.errors.find((e) => e.type === 'Quotes');
  if (badQuote) {
    return { ok: false, encoding: decoded.encoding, problem: { code: 'badQuotes', line: (badQuote.row ?? 0) + 1 } };
  }
  const firstRow = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (firstRow < 0) return { ok: false, encoding: decoded.encoding, problem: { code: 'empty' } };
  const headerIndex = findHeaderRow(records, firstRow);
  const header = records[headerIndex]!;
  const titleLines = titleLinesAbove(records, firstRow, headerIndex);
  const { columns, ignoredColumns, districtColumn } = readHeader(records, headerIndex, context.indicators);
  // A refusal after an unsure decoding may well come from the encoding: say so, so the user can pick another.
  const refuse = (problem: CsvProblem): CsvRead => ({ ok: false, encoding: decoded.encoding,
    problem: decoded.confident ? problem : { ...problem, params: { ...problem.params, guessedEncoding: decoded.encoding } } });
  const used = columnsByKind(columns);
  if (!used.code) return refuse({ code: 'missingColumn', line: headerIndex + 1, params: { column: 'code' } });
  if (!used.name && !used.volume && used.rates.length === 0) {
    return refuse({ code: 'missingColumn', line: headerIndex + 1, params: { column: 'values' } });
  }
  const other = context.period ? columnOfAnotherPeriod(used.rates, context.period) : undefined;
  if (other) {
    return refuse({ code: 'otherPeriod', line: headerIndex + 1, column: other.column.column, header: other.column.header,
      params: { found: other.column.period ?? '', expected: other.expected, plan: context.period ?? '' } });
  }

  const preview: CsvPreview = {
    encoding: decoded.encoding, confident: decoded.confident, delimiter, kind: used.name ? 'units' : 'values', rows: 0,
    adds: [], newUnitsNeedChoice: context.units.length > 0, updates: [], unchanged: 0, problems: [], ignoredColumns, skippedRows: 0, repeatedHeaders: 0, zerosRestored: 0,
    fileSays: { titleLines, districts: [] },
  };
  const reading: RowReading = {
    preview, header, columns, used: { ...used, code: used.code }, districtColumn, districts: new Set(), firstLine: new Map(),
    lookUp: unitLookUp(context.units, () => preview.zerosRestored++),
  };
  readRows(reading, records, headerIndex, onProgress);
  if (preview.rows === 0) return refuse({ code: 'noRows', line: headerIndex + 1 });
  preview.fileSays.districts = [...reading.districts];
  holdBackUncertainLastRow(preview, decoded.text, records, header, columns);
  return { ok: true, preview };
}

/** What reading the rows works with, and what it has seen so far besides the preview. */
interface RowReading {
  preview: CsvPreview;
  header: readonly string[];
  /** Every column the import reads. */
  columns: readonly ColumnMeaning[];
  used: ImportColumns & { code: ColumnMeaning };
  districtColumn: number;
  districts: Set<string>;
  /** Each code's first row, to find it written twice. */
  firstLine: Map<string, number>;
  lookUp(code: string): Unit | undefined;
}

/** One row being read: its cells, and how a problem on it is recorded (`failed` once there is one). */
interface Row {
  record: readonly string[];
  line: number;
  failed: boolean;
  cell(c: { column: number } | undefined): string;
  problem(code: CsvProblemCode, at?: { column: number; header: string }, extra?: Partial<CsvProblem>): void;
}

function readRows(reading: RowReading, records: readonly string[][], headerIndex: number, onProgress?: (done: number) => void) {
  const { preview, header, districtColumn, districts } = reading;
  onProgress?.(0.4);
  for (let r = headerIndex + 1; r < records.length; r++) {
    if (onProgress && r % 2000 === 0) onProgress(0.4 + (0.6 * r) / records.length);
    const record = records[r]!;
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length === header.length && record.every((c, i) => c.trim() === (header[i] ?? '').trim())) {
      preview.repeatedHeaders++; // two lists pasted one after the other
      continue;
    }
    preview.rows++;
    const district = districtColumn >= 0 ? (record[districtColumn] ?? '').trim() : '';
    if (district && districts.size <= MAX_DISTRICTS) districts.add(district);
    readRow(reading, makeRow(preview, record, r + 1));
  }
}

function makeRow(preview: CsvPreview, record: readonly string[], line: number): Row {
  const row: Row = {
    record, line, failed: false,
    cell: (c) => (c ? unneutralise((record[c.column - 1] ?? '').trim()) : ''),
    problem(code, at, extra = {}) {
      row.failed = true;
      preview.problems.push({ code, line, ...(at ? { column: at.column, header: at.header, value: row.cell(at) } : {}), ...extra });
    },
  };
  return row;
}

/** A row as an added, updated or unchanged unit, or as problems (a row with a problem is left out whole). */
function readRow(reading: RowReading, row: Row) {
  const { preview, used } = reading;
  const found = identifyUnit(reading, row);
  if (!found || !fitsHeader(reading, row)) return;
  const { before, code } = found;
  if (!before && !used.name) { row.problem('unknownUnit', used.code); return; }
  const patch = readPatch(row, used, code, !before);
  if (!patch) return;
  const after = applyPatch(before ?? { code: unitCode(code), name: code, type: '', volume: null, baseline: {}, target: {} }, patch);
  if (!before) preview.adds.push({ after, patch, line: row.line, column: used.code.column, header: used.code.header });
  else if (sameUnit(before, after)) preview.unchanged++;
  else preview.updates.push({ before, after, patch, line: row.line });
}

/** The row's code and the plan's unit it names (none: a new unit); nothing when the row is left out. */
function identifyUnit(reading: RowReading, row: Row): { before: Unit | undefined; code: string } | undefined {
  const { preview, used } = reading;
  const written = row.cell(used.code);
  if (!written) {
    if (isAggregateLabel(row.cell(used.name)) || row.record.slice(0, 3).some((c) => isAggregateLabel(c))) preview.skippedRows++;
    else row.problem('missingCode', used.code);
    return undefined;
  }
  if (RESERVED_UNIT_CODES.includes(written)) { row.problem('reservedCode', used.code); return undefined; }
  if (written.length > MAX_CODE_LENGTH) { row.problem('tooLong', used.code, { params: { max: MAX_CODE_LENGTH } }); return undefined; }
  const before = reading.lookUp(written);
  const code = before?.code ?? written;
  const first = reading.firstLine.get(code);
  if (first !== undefined) { row.problem('duplicateCode', used.code, { params: { first } }); return undefined; }
  reading.firstLine.set(code, row.line);
  return { before, code };
}

/** False, with a problem, when the row has cells beyond the header or fewer than it. */
function fitsHeader(reading: RowReading, row: Row): boolean {
  const { header } = reading;
  const { record } = row;
  const extra = record.slice(header.length).findIndex((c) => c.trim() !== '');
  if (extra >= 0) { row.problem('extraCells', undefined, { column: header.length + extra + 1, value: record[header.length + extra] }); return false; }
  // A row with fewer cells than the header was cut (a file truncated in transit, an unfinished copy): its
  // last cell may be cut too (`54` arriving as `5`), so nothing of it is read.
  const missing = missingColumns(header, record.length, reading.columns);
  if (missing.length > 0) {
    row.problem('shortRow', undefined, { column: missing[0]!.column, value: record[record.length - 1] ?? '',
      params: { missing: listed(missing.map((c) => c.header)), count: missing.length } });
    return false;
  }
  return true;
}

/** What one CSV row says about one unit: only the cells it fills. Nothing when a cell has a problem. */
function readPatch(row: Row, used: ImportColumns, code: string, isNew: boolean): UnitPatch | undefined {
  const name = row.cell(used.name);
  if (isNew && !name) row.problem('missingName', used.name);
  if (name.length > MAX_NAME_LENGTH) row.problem('tooLong', used.name, { params: { max: MAX_NAME_LENGTH } });
  // What the row says, and only that: an empty cell leaves the value as it is.
  const patch: UnitPatch = { code: unitCode(code), baseline: {}, target: {} };
  if (name) patch.name = name;
  if (row.cell(used.type)) patch.type = row.cell(used.type);
  if (used.volume && row.cell(used.volume) !== '') {
    const parsedVolume = parseCount(row.cell(used.volume));
    if (!parsedVolume.ok) row.problem(parsedVolume.problem, used.volume, { params: { count: 1 } });
    else patch.volume = parsedVolume.value;
  }
  for (const column of used.rates) {
    const text = row.cell(column);
    if (text === '') continue;
    const rate = readRate(text);
    if (!rate.ok) row.problem(rate.problem, column);
    else if (rate.value !== null) patch[column.field][column.indicatorId] = rate.value;
  }
  return row.failed ? undefined : patch;
}

/**
 * A file that does not end with a line break may have been cut inside its last cell. When that cell is one the
 * import reads and its row would change the plan, the row is held back as a problem on its line.
 */
function holdBackUncertainLastRow(preview: CsvPreview, text: string, records: readonly string[][], header: readonly string[], columns: readonly ColumnMeaning[]) {
  if (/[\r\n]$/.test(text)) return;
  const index = records.length - 1;
  const record = records[index];
  if (!record || record.length !== header.length) return;
  const line = index + 1;
  const last = columns.find((c) => c.column === header.length);
  const value = (record[header.length - 1] ?? '').trim();
  if (!last || value === '') return;
  const update = preview.updates.findIndex((u) => u.line === line);
  const add = preview.adds.findIndex((a) => a.line === line);
  if (update >= 0) preview.lastRowHeld = { line, entry: { kind: 'update', ...preview.updates.splice(update, 1)[0]! } };
  else if (add >= 0) preview.lastRowHeld = { line, entry: { kind: 'add', row: preview.adds.splice(add, 1)[0]! } };
  else return;
  preview.problems.push({ code: 'lastRowMayBeCut', line, column: last.column, header: last.header, value });
}

/** Up to three names, then how many more: `A, B, C … (+4)`. */
const listed = (names: readonly string[]) => names.slice(0, 3).join(', ') + (names.length > 3 ? ` … (+${names.length - 3})` : '');
