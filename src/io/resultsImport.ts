import type { Command } from '../domain/commands';
import type { IndicatorId, UnitCode } from '../domain/ids';
import type { Indicator } from '../domain/indicators';
import { resultValueProblem } from '../domain/monitoring/results';
import { periodMonths, resultKey, type MonthKey, type ResultKey, type ResultPart } from '../domain/monitoring/resultKey';
import type { Unit } from '../domain/plan';
import { parseCount, parseRate, type NumberProblem } from '../domain/rate';
import type { UnitPatch } from '../domain/unitPatch';
import { unneutralise } from './csvExport';
import { readMonthCell } from './resultsMonth';
import { interpretResultHeader, resultHeaderTable, type ResultBasicColumn } from './resultHeaderAliases';
import { foldName, ownDistricts, unitMatcher, type UnitMatch } from './resultsUnits';

/** A sheet's cells as a CSV or a workbook gives them: text, a number (a workbook's numeric cell) or nothing. */
export type ResultsCell = string | number | null;

export interface ResultsContext {
  units: readonly Unit[];
  indicators: readonly Indicator[];
  period: string;
  allocatingUnit: string;
  /** The month a file without a month column goes into (the month on screen, or the plan's latest). */
  defaultMonth: MonthKey;
}

export type ResultsProblemCode =
  | 'noHeader' | 'noRows' | 'unknownUnit' | 'ambiguousUnit' | 'missingUnit' | 'duplicateRow' | 'badMonth' | 'missingMonth'
  | 'monthOutsidePeriod' | 'aboveDenominator' | 'belowNumerator' | NumberProblem;

/** One problem where the user sees it in Excel: row (1 = the sheet's first row), column (1 = A), header, value. */
export interface ResultsProblem {
  code: ResultsProblemCode;
  line?: number;
  column?: number;
  header?: string;
  value?: string;
  params?: Record<string, string | number>;
}

export interface CountColumn { column: number; header: string; indicatorId: IndicatorId; part: ResultPart }

/** One figure the file changes: the unit, the month, the indicator's count, old → new (old null: none yet). */
export interface ResultChange { unit: UnitCode; name: string; month: MonthKey; indicatorId: IndicatorId; part: ResultPart; before: number | null; after: number }

export interface ResultsPreview {
  headerLine: number;
  countColumns: CountColumn[];
  ignoredColumns: { column: number; header: string }[];
  /** False: the file has no month column and everything goes into `ResultsContext.defaultMonth`. */
  monthColumn: boolean;
  months: MonthKey[];
  rows: number;
  /** Units the file gives figures for, and how many of them were found by name (the file has no code column). */
  units: number;
  matchedByName: number;
  zerosRestored: number;
  changes: ResultChange[];
  unchanged: number;
  /** One patch per unit that changes: what Apply writes, as one `patchUnits` command. */
  patches: UnitPatch[];
  /** Rows of units of other districts (a file covering several), left out and counted. */
  setApart: { rows: number; districts: string[] };
  /** Total rows and rows of column numbers (`(1) (2) (3)`), which are not data. */
  skippedRows: number;
  /** The first `MAX_PROBLEMS` problems; any problem refuses the whole file. */
  problems: ResultsProblem[];
  problemCount: number;
}

export type ResultsRead = { ok: true; preview: ResultsPreview } | { ok: false; problem: ResultsProblem };

export const MAX_PROBLEMS = 50;
/** The header is looked for in the first rows: a portal export has its title lines above it. */
const HEADER_SEARCH = 20;

interface Layout {
  headerIndex: number;
  basic: Partial<Record<ResultBasicColumn, { column: number; header: string }>>;
  counts: CountColumn[];
  ignored: { column: number; header: string }[];
}

const cellText = (cell: ResultsCell | undefined): string =>
  cell === null || cell === undefined ? '' : typeof cell === 'number' ? String(cell) : unneutralise(cell.trim());

/** The header row and what its columns mean, or null when no row of the first ones has a unit column and a count. */
export function findResultsLayout(rows: readonly (readonly ResultsCell[])[], indicators: readonly Indicator[]): Layout | null {
  const table = resultHeaderTable(indicators);
  const first = rows.findIndex((r) => r.some((c) => cellText(c) !== ''));
  if (first < 0) return null;
  for (let i = first; i < Math.min(rows.length, first + HEADER_SEARCH); i++) {
    const layout: Layout = { headerIndex: i, basic: {}, counts: [], ignored: [] };
    rows[i]!.forEach((cell, c) => {
      const header = typeof cell === 'string' ? cell.trim() : cellText(cell);
      const meaning = interpretResultHeader(header, table);
      const at = { column: c + 1, header };
      if (meaning.kind === 'count' && !layout.counts.some((k) => k.indicatorId === meaning.indicatorId && k.part === meaning.part)) {
        layout.counts.push({ ...at, indicatorId: meaning.indicatorId, part: meaning.part });
      } else if (meaning.kind !== 'count' && meaning.kind !== 'unknown' && !layout.basic[meaning.kind]) {
        layout.basic[meaning.kind] = at;
      } else if (header !== '') layout.ignored.push(at);
    });
    if ((layout.basic.code || layout.basic.name) && layout.counts.length > 0) return layout;
  }
  return null;
}

const TOTAL = /^(tong cong|tong so|tong hop|toan huyen|toan tinh|toan quan|cong|total|aggregate)\b/;
/** A row of column numbers under the header (`(1) (2) (3)`, `[1]`), as printed reports have. */
const isNumberingRow = (cells: string[]) => cells.some((c) => c !== '') && cells.every((c) => c === '' || /^[([]\d{1,3}[)\]]$/.test(c));

interface PendingRow { line: number; cells: readonly ResultsCell[]; match: UnitMatch; district: string }

/**
 * Reads a month's statistics (or several months': a month column splits them) against a plan, without changing
 * anything: every row's unit and month, every count checked as typing checks it, and what Apply would change.
 * Pure over rows, so that a CSV and a workbook's sheet are read alike.
 */
export function readResults(rows: readonly (readonly ResultsCell[])[], context: ResultsContext): ResultsRead {
  const layout = findResultsLayout(rows, context.indicators);
  if (!layout) return { ok: false, problem: { code: 'noHeader' } };
  const { basic, headerIndex } = layout;
  const text = (cells: readonly ResultsCell[], at: { column: number } | undefined) => (at ? cellText(cells[at.column - 1]) : '');
  const match = unitMatcher(context.units);
  const pending: PendingRow[] = [];
  let skippedRows = 0;
  const header = rows[headerIndex]!.map(cellText);
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r]!;
    const texts = cells.map(cellText);
    if (texts.every((c) => c === '')) continue;
    if (texts.every((c, i) => c === (header[i] ?? ''))) continue; // the header again (two exports pasted together)
    const code = text(cells, basic.code);
    const name = text(cells, basic.name);
    if (isNumberingRow(texts) || (code === '' && [name, ...texts.slice(0, 3)].some((c) => TOTAL.test(foldName(c))))) {
      skippedRows++;
      continue;
    }
    pending.push({ line: r + 1, cells, match: match(code, name), district: foldName(text(cells, basic.district)) });
  }
  if (pending.length === 0) return { ok: false, problem: { code: 'noRows', line: headerIndex + 1 } };
  const own = ownDistricts(context.allocatingUnit, new Set(pending.map((p) => p.district)),
    new Set(pending.filter((p) => p.match.ok).map((p) => p.district)));
  // A row of another district is set apart unless its code is the plan's (codes are unique across the country).
  const apart = (p: PendingRow) => !!basic.district && p.district !== '' && !own.has(p.district) && !(p.match.ok && p.match.by === 'code');
  const setApart = pending.filter(apart);
  const preview = readRows(pending.filter((p) => !apart(p)), layout, context);
  preview.skippedRows = skippedRows;
  preview.setApart = { rows: setApart.length, districts: [...new Set(setApart.map((p) => text(p.cells, basic.district)))].slice(0, 10) };
  return { ok: true, preview };
}

/** The rows of the plan's district(s): their units, months and counts, the problems and the changes. */
function readRows(pending: readonly PendingRow[], layout: Layout, context: ResultsContext): ResultsPreview {
  const { basic, counts } = layout;
  const months = new Set<string>(periodMonths(context.period));
  const problems: ResultsProblem[] = [];
  const seen = new Map<string, number>();
  const values = new Map<Unit, Map<ResultKey, { value: number; at: CountColumn; line: number }>>();
  const covered = new Set<MonthKey>();
  let matchedByName = 0;
  let zerosRestored = 0;
  for (const { line, cells, match } of pending) {
    const at = (column: { column: number; header: string } | undefined, code: ResultsProblemCode, params?: ResultsProblem['params']) =>
      problems.push({ code, line, ...(column ? { column: column.column, header: column.header, value: cellText(cells[column.column - 1]) } : {}), ...(params ? { params } : {}) });
    if (!match.ok) {
      at(basic.code ?? basic.name, match.problem, match.candidates ? { candidates: match.candidates.join(', ') } : undefined);
      continue;
    }
    const unit = match.unit;
    const unitName = `${unit.code} ${unit.name}`;
    if (match.by === 'name') matchedByName++;
    if (match.zerosRestored) zerosRestored++;
    const month = rowMonth(cells, basic.month, context.defaultMonth);
    if (month === 'missing' || month === 'bad') { at(basic.month, month === 'missing' ? 'missingMonth' : 'badMonth', { unit: unitName }); continue; }
    if (!months.has(month)) { at(basic.month, 'monthOutsidePeriod', { period: context.period, unit: unitName }); continue; }
    const first = seen.get(`${unit.code}|${month}`);
    if (first !== undefined) { at(basic.code ?? basic.name, 'duplicateRow', { first, unit: unitName }); continue; }
    seen.set(`${unit.code}|${month}`, line);
    covered.add(month);
    const unitValues = values.get(unit) ?? new Map<ResultKey, { value: number; at: CountColumn; line: number }>();
    values.set(unit, unitValues);
    for (const column of counts) {
      const raw = cellText(cells[column.column - 1]);
      if (raw === '') continue; // an empty cell leaves the figure as it is
      // A rate beside its numerator is derived from the counts (the portal prints both): read only where no numerator is.
      if (column.part === 'r' && numeratorGiven(cells, counts, column.indicatorId)) continue;
      const read = readCount(raw, column.part);
      if (!read.ok) at(column, read.problem, { unit: unitName });
      else unitValues.set(resultKey(month, column.indicatorId, column.part), { value: read.value, at: column, line });
    }
  }
  problems.push(...aboveDenominator(values));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const { changes, patches, unchanged } = changesOf(values);
  return {
    headerLine: layout.headerIndex + 1, countColumns: counts, ignoredColumns: layout.ignored, monthColumn: !!basic.month,
    months: [...covered].sort(), rows: pending.length, units: values.size, matchedByName, zerosRestored,
    changes, unchanged, patches, setApart: { rows: 0, districts: [] }, skippedRows: 0,
    problems: problems.slice(0, MAX_PROBLEMS), problemCount: problems.length,
  };
}

const numeratorGiven = (cells: readonly ResultsCell[], counts: readonly CountColumn[], id: IndicatorId) =>
  counts.some((c) => c.indicatorId === id && c.part === 'n' && cellText(cells[c.column - 1]) !== '');

function rowMonth(cells: readonly ResultsCell[], column: { column: number } | undefined, fallback: MonthKey): MonthKey | 'missing' | 'bad' {
  if (!column) return fallback;
  const read = readMonthCell(cells[column.column - 1] ?? null);
  if (!read.ok) return 'bad';
  return read.month ?? 'missing';
}

/** A count (whole, ≥ 0, within the volume limit) or a rate (0–100 %), read as typing reads it. */
function readCount(text: string, part: ResultPart): { ok: true; value: number } | { ok: false; problem: NumberProblem } {
  const parsed = part === 'r' ? parseRate(text) : parseCount(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value ?? 0;
  const problem = resultValueProblem(part, value);
  if (problem === 'aboveDenominator' || problem === 'notAResultKey') return { ok: false, problem: 'notANumber' };
  return problem ? { ok: false, problem } : { ok: true, value };
}

/** Numerators above their denominators, the file's figures over the plan's (a file may give only one of the two). */
function aboveDenominator(values: ReadonlyMap<Unit, ReadonlyMap<ResultKey, { value: number; at: CountColumn; line: number }>>): ResultsProblem[] {
  const found: ResultsProblem[] = [];
  for (const [unit, byKey] of values) {
    for (const [key, entry] of byKey) {
      if (entry.at.part !== 'n') continue;
      const dKey = key.replace(/\/n$/, '/d') as ResultKey;
      const d = byKey.get(dKey)?.value ?? unit.results?.[dKey];
      if (d !== undefined && entry.value > d) {
        found.push({ code: 'aboveDenominator', line: entry.line, column: entry.at.column, header: entry.at.header, value: String(entry.value),
          params: { denominator: d, unit: `${unit.code} ${unit.name}` } });
      }
    }
    for (const [key, entry] of byKey) {
      // A denominator lowered below the numerator the plan already has.
      if (entry.at.part !== 'd' || byKey.has(key.replace(/\/d$/, '/n') as ResultKey)) continue;
      const n = unit.results?.[key.replace(/\/d$/, '/n') as ResultKey];
      if (n !== undefined && n > entry.value) {
        found.push({ code: 'belowNumerator', line: entry.line, column: entry.at.column, header: entry.at.header, value: String(entry.value),
          params: { numerator: n, unit: `${unit.code} ${unit.name}` } });
      }
    }
  }
  return found;
}

function changesOf(values: ReadonlyMap<Unit, ReadonlyMap<ResultKey, { value: number; at: CountColumn }>>) {
  const changes: ResultChange[] = [];
  const patches: UnitPatch[] = [];
  let unchanged = 0;
  for (const [unit, byKey] of values) {
    const results: Record<string, number> = {};
    for (const [key, { value, at }] of byKey) {
      const before = unit.results?.[key] ?? null;
      if (before === value) { unchanged++; continue; }
      results[key] = value;
      changes.push({ unit: unit.code, name: unit.name, month: key.slice(0, 7) as MonthKey, indicatorId: at.indicatorId, part: at.part, before, after: value });
    }
    if (Object.keys(results).length > 0) patches.push({ code: unit.code, baseline: {}, target: {}, results });
  }
  return { changes, patches, unchanged };
}

/** Applying a preview: one `patchUnits` command (one transaction, one undo step), only when nothing was refused. */
export function resultsPreviewToCommand(preview: ResultsPreview): Command {
  return { type: 'patchUnits', entries: preview.problemCount === 0 ? preview.patches : [] };
}
