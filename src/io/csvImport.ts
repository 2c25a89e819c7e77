import Papa from 'papaparse';
import { MAX_DISTRICTS, MAX_TITLE_LINES, type FileSays } from './planInfoFromFile';
import { applyPatch, type UnitPatch } from '../domain/unitPatch';
import { MAX_CODE_LENGTH, MAX_NAME_LENGTH, RESERVED_UNIT_CODES } from '../domain/unitLimits';
import { unitCode, type IndicatorId } from '../domain/ids';
import { foldDiacritics, type Indicator } from '../domain/indicators';
import type { Unit } from '../domain/plan';
import { parseCount, type NumberProblem } from '../domain/rate';
import { readRate } from '../domain/valueRule';
import { columnLetter } from './columnLetter';
import { decodeText, type CsvEncoding } from './csvDecode';
import { detectDelimiter } from './csvDialect';
import { MAX_FILE_BYTES } from '../schema/fileProblem';
import { interpretHeader, type BasicColumn } from './headerAliases';
import { unneutralise } from './csvExport';

export interface CsvImportContext {
  /** The plan's units (empty when the file starts a new plan). */
  units: readonly Unit[];
  indicators: readonly Indicator[];
}

export type CsvProblemCode =
  | 'tooLarge' | 'empty' | 'spreadsheet' | 'notText' | 'noHeader' | 'missingColumn' | 'badQuotes' | 'readFailed'
  | 'unknownUnit' | 'duplicateCode' | 'missingCode' | 'missingName' | 'reservedCode' | 'extraCells' | 'tooLong'
  | 'shortRow' | 'noRows' | 'lastRowMayBeCut' | NumberProblem;

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

type ColumnMeaning = { column: number; header: string } & ({ kind: BasicColumn } | { kind: 'rate'; indicatorId: IndicatorId; field: 'baseline' | 'target' });

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
  // The header is the first row with a code column among the first rows: an appendix as printed has its
  // title lines ("PHỤ LỤC…", "Kèm theo Kế hoạch số…") above it.
  const titled = records.slice(firstRow, firstRow + 20).findIndex((r) => r.some((c) => interpretHeader(c.trim(), []).kind === 'code'));
  const headerIndex = titled >= 0 ? firstRow + titled : firstRow;
  const header = records[headerIndex]!;

  const titleLines = records.slice(firstRow, headerIndex).map((r) => r.map((c) => c.trim()).filter((c) => c !== '').join(' '))
    .filter((l) => l !== '').slice(0, MAX_TITLE_LINES);
  const districtColumn = header.findIndex((raw) => interpretHeader(raw.trim(), []).kind === 'districtName');
  const districts = new Set<string>();
  const columns: ColumnMeaning[] = [];
  const ignoredColumns: { column: number; header: string }[] = [];
  const hasData = (i: number) => records.slice(headerIndex + 1).some((r) => (r[i] ?? '').trim() !== '');
  header.forEach((raw, i) => {
    const text = raw.trim();
    const meaning = interpretHeader(text, context.indicators);
    const unused = meaning.kind === 'unknown' || meaning.kind === 'districtCode' || meaning.kind === 'districtName';
    if (unused || columns.some((c) => sameMeaning(c, meaning))) {
      // Every column with something in it that is not used is listed, a header-less one too.
      if (text !== '' || hasData(i)) ignoredColumns.push({ column: i + 1, header: text });
    } else if (meaning.kind !== 'index') columns.push({ ...meaning, column: i + 1, header: text });
  });
  // A refusal after an unsure decoding may well come from the encoding: say so, so the user can pick another.
  const refuse = (problem: CsvProblem): CsvRead => ({ ok: false, encoding: decoded.encoding,
    problem: decoded.confident ? problem : { ...problem, params: { ...problem.params, guessedEncoding: decoded.encoding } } });
  const find = (kind: BasicColumn) => columns.find((c) => c.kind === kind);
  const codeColumn = find('code');
  if (!codeColumn) return refuse({ code: 'missingColumn', line: headerIndex + 1, params: { column: 'code' } });
  const nameColumn = find('name');
  const typeColumn = find('type');
  const volumeColumn = find('volume');
  const rateColumns = columns.filter((c): c is ColumnMeaning & { kind: 'rate' } => c.kind === 'rate');
  if (!nameColumn && !volumeColumn && rateColumns.length === 0) {
    return refuse({ code: 'missingColumn', line: headerIndex + 1, params: { column: 'values' } });
  }

  const existing = new Map(context.units.map((u) => [u.code as string, u]));
  // Excel drops the leading zeros of numeric codes (00123 → 123) when it opens and saves a CSV: a code
  // that is unknown as written but matches exactly one unit once the zeros are put aside is that unit.
  const withoutZeros = (code: string) => (/^\d+$/.test(code) ? code.replace(/^0+(?=\d)/, '') : code);
  const byDigits = new Map<string, Unit[]>();
  for (const u of context.units) byDigits.set(withoutZeros(u.code), [...(byDigits.get(withoutZeros(u.code)) ?? []), u]);
  const lookUp = (code: string): Unit | undefined => {
    const exact = existing.get(code);
    if (exact) return exact;
    const candidates = byDigits.get(withoutZeros(code));
    if (candidates?.length !== 1) return undefined;
    preview.zerosRestored++;
    return candidates[0];
  };
  const firstLine = new Map<string, number>();
  const preview: CsvPreview = {
    encoding: decoded.encoding, confident: decoded.confident, delimiter, kind: nameColumn ? 'units' : 'values', rows: 0,
    adds: [], newUnitsNeedChoice: context.units.length > 0, updates: [], unchanged: 0, problems: [], ignoredColumns, skippedRows: 0, repeatedHeaders: 0, zerosRestored: 0,
    fileSays: { titleLines, districts: [] },
  };

  onProgress?.(0.4);
  for (let r = headerIndex + 1; r < records.length; r++) {
    if (onProgress && r % 2000 === 0) onProgress(0.4 + (0.6 * r) / records.length);
    const record = records[r]!;
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length === header.length && record.every((c, i) => c.trim() === (header[i] ?? '').trim())) {
      preview.repeatedHeaders++; // two lists pasted one after the other
      continue;
    }
    const line = r + 1;
    preview.rows++;
    const district = districtColumn >= 0 ? (record[districtColumn] ?? '').trim() : '';
    if (district && districts.size <= MAX_DISTRICTS) districts.add(district);
    const cell = (c: { column: number } | undefined) => (c ? unneutralise((record[c.column - 1] ?? '').trim()) : '');
    const problem = (code: CsvProblemCode, at?: { column: number; header: string }, extra: Partial<CsvProblem> = {}) =>
      preview.problems.push({ code, line, ...(at ? { column: at.column, header: at.header, value: cell(at) } : {}), ...extra });

    const written = cell(codeColumn);
    if (!written) {
      if (isAggregateLabel(cell(nameColumn)) || record.slice(0, 3).some((c) => isAggregateLabel(c))) preview.skippedRows++;
      else problem('missingCode', codeColumn);
      continue;
    }
    if (RESERVED_UNIT_CODES.includes(written)) { problem('reservedCode', codeColumn); continue; }
    if (written.length > MAX_CODE_LENGTH) { problem('tooLong', codeColumn, { params: { max: MAX_CODE_LENGTH } }); continue; }
    const before = lookUp(written);
    const code = before?.code ?? written;
    const first = firstLine.get(code);
    if (first !== undefined) { problem('duplicateCode', codeColumn, { params: { first } }); continue; }
    firstLine.set(code, line);
    const extra = record.slice(header.length).findIndex((c) => c.trim() !== '');
    if (extra >= 0) { problem('extraCells', undefined, { column: header.length + extra + 1, value: record[header.length + extra] }); continue; }
    // A row with fewer cells than the header was cut (a file truncated in transit, an unfinished copy): its
    // last cell may be cut too (`54` arriving as `5`), so nothing of it is read.
    const missing = missingColumns(header, record.length, columns);
    if (missing.length > 0) {
      problem('shortRow', undefined, { column: missing[0]!.column, value: record[record.length - 1] ?? '',
        params: { missing: listed(missing.map((c) => c.header)), count: missing.length } });
      continue;
    }

    const name = cell(nameColumn);
    if (!before && !nameColumn) { problem('unknownUnit', codeColumn); continue; }
    const count = preview.problems.length;
    if (!before && !name) problem('missingName', nameColumn);
    if (name.length > MAX_NAME_LENGTH) problem('tooLong', nameColumn, { params: { max: MAX_NAME_LENGTH } });
    // What the row says, and only that: an empty cell leaves the value as it is.
    const patch: UnitPatch = { code: unitCode(code), baseline: {}, target: {} };
    if (name) patch.name = name;
    if (cell(typeColumn)) patch.type = cell(typeColumn);
    if (volumeColumn && cell(volumeColumn) !== '') {
      const parsedVolume = parseCount(cell(volumeColumn));
      if (!parsedVolume.ok) problem(parsedVolume.problem, volumeColumn);
      else patch.volume = parsedVolume.value;
    }
    for (const column of rateColumns) {
      const text = cell(column);
      if (text === '') continue;
      const rate = readRate(text);
      if (!rate.ok) problem(rate.problem, column);
      else if (rate.value !== null) patch[column.field][column.indicatorId] = rate.value;
    }
    if (preview.problems.length > count) continue; // a row with a problem is left out whole

    const after = applyPatch(before ?? { code: unitCode(code), name: code, type: '', volume: null, baseline: {}, target: {} }, patch);
    if (!before) preview.adds.push({ after, patch, line, column: codeColumn.column, header: codeColumn.header });
    else if (sameUnit(before, after)) preview.unchanged++;
    else preview.updates.push({ before, after, patch, line });
  }
  if (preview.rows === 0) return refuse({ code: 'noRows', line: headerIndex + 1 });
  preview.fileSays.districts = [...districts];
  holdBackUncertainLastRow(preview, decoded.text, records, header, columns);
  return { ok: true, preview };
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

/**
 * The header's columns a row of `length` cells lacks: those with a header, or that the import reads. An
 * unnamed, unused column at the end (a trailing separator on the header line) does not make a row short.
 */
function missingColumns(header: readonly string[], length: number, used: readonly ColumnMeaning[]): { column: number; header: string }[] {
  const missing: { column: number; header: string }[] = [];
  for (let i = length; i < header.length; i++) {
    const text = (header[i] ?? '').trim();
    if (text !== '' || used.some((c) => c.column === i + 1)) missing.push({ column: i + 1, header: text || columnLetter(i + 1) });
  }
  return missing;
}

function sameMeaning(a: ColumnMeaning, b: ReturnType<typeof interpretHeader>): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'rate' || (b.kind === 'rate' && a.indicatorId === b.indicatorId && a.field === b.field);
}

function sameValues(a: Unit['target'], b: Unit['target']): boolean {
  const ka = Object.keys(a) as IndicatorId[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

function sameUnit(a: Unit, b: Unit): boolean {
  return a.name === b.name && a.type === b.type && a.volume === b.volume && sameValues(a.baseline, b.baseline) && sameValues(a.target, b.target);
}

/** What one CSV row says about one unit: only the cells it fills. */
