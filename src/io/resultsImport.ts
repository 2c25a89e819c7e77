import type { Command } from '../domain/commands';
import type { IndicatorId, UnitCode } from '../domain/ids';
import type { Indicator } from '../domain/indicators';
import { resultValueProblem } from '../domain/monitoring/results';
import { periodMonths, resultKey, type MonthKey, type ResultPart } from '../domain/monitoring/resultKey';
import type { Unit } from '../domain/plan';
import { parseCount, parseRate, type NumberProblem } from '../domain/rate';
import type { UnitPatch } from '../domain/unitPatch';
import { cellText, isDivisionByZero, isExcelError, type ResultsCell } from './resultsCells';
import { findResultsLayout, type CountColumn, type Layout } from './resultsLayout';
import { readMonthCell } from './resultsMonth';
import { foldName, ownDistricts, unitMatcher, type UnitMatch } from './resultsUnits';

export type { ResultsCell } from './resultsCells';
export type { CountColumn } from './resultsLayout';

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
  | 'monthOutsidePeriod' | 'aboveDenominator' | 'belowNumerator' | 'excelError' | NumberProblem;

/** One problem where the user sees it in Excel: row (1 = the sheet's first row), column (1 = A), header, value. */
export interface ResultsProblem {
  code: ResultsProblemCode;
  line?: number;
  column?: number;
  header?: string;
  value?: string;
  params?: Record<string, string | number>;
}

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
  /** The first `LISTED_CHANGES` figures that change, in the file's order; `changeCount` counts them all. */
  changes: ResultChange[];
  changeCount: number;
  unchanged: number;
  /** One patch per unit that changes: what Apply writes, as one `patchUnits` command. */
  patches: UnitPatch[];
  /** Rows of units of other districts (a file covering several), left out and counted. */
  setApart: { rows: number; districts: string[] };
  /** Total rows and rows of column numbers (`(1) (2) (3)`), which are not data. */
  skippedRows: number;
  /** Rate cells (where only a rate is known) showing `#DIV/0!`: no dossiers, read as no figure, and told. */
  divZeroRates: number;
  /** The first `MAX_PROBLEMS` problems; any problem refuses the whole file. */
  problems: ResultsProblem[];
  problemCount: number;
}

export type ResultsRead = { ok: true; preview: ResultsPreview } | { ok: false; problem: ResultsProblem };

export const MAX_PROBLEMS = 50;
/** Changes listed (a month of a province is some 100,000 figures: they are counted, not all kept twice). */
export const LISTED_CHANGES = 200;

const TOTAL = /^(tong cong|tong so|tong hop|toan huyen|toan tinh|toan quan|cong|total|aggregate)\b/;
/** A row of column numbers under the header (`(1) (2) (3)`, `[1]`), as printed reports have. */
const isNumberingRow = (cells: readonly ResultsCell[]) =>
  cells.every((c) => { const text = cellText(c); return text === '' || /^[([]\d{1,3}[)\]]$/.test(text); });

interface PendingRow { line: number; cells: readonly ResultsCell[]; match: UnitMatch; district: string }

/**
 * Reads a month's statistics (or several months': a month column splits them) against a plan, without changing
 * anything: every row's unit and month, every count checked as typing checks it, and what Apply would change.
 * Pure over rows, so that a CSV and a workbook's sheet are read alike.
 */
export function readResults(rows: readonly (readonly ResultsCell[])[], context: ResultsContext): ResultsRead {
  const layout = findResultsLayout(rows, context.indicators);
  if (!layout) return { ok: false, problem: { code: 'noHeader' } };
  const { basic } = layout;
  const { pending, skippedRows } = dataRows(rows, layout, unitMatcher(context.units));
  if (pending.length === 0) return { ok: false, problem: { code: 'noRows', line: layout.headerIndex + 1 } };
  const own = ownDistricts(context.allocatingUnit, new Set(pending.map((p) => p.district)),
    new Set(pending.filter((p) => p.match.ok).map((p) => p.district)));
  // A row of another district is set apart unless its code is the plan's (codes are unique across the country).
  const apart = (p: PendingRow) => !!basic.district && p.district !== '' && !own.has(p.district) && !(p.match.ok && p.match.by === 'code');
  const setApart = pending.filter(apart);
  const preview = readRows(pending.filter((p) => !apart(p)), layout, context);
  preview.skippedRows = skippedRows;
  preview.setApart = { rows: setApart.length, districts: [...new Set(setApart.map((p) => cellText(p.cells[basic.district!.column - 1])))].slice(0, 10) };
  return { ok: true, preview };
}

/**
 * The data rows under the header: not empty, not the header again (two exports pasted together), not a total or
 * a row of column numbers. A month or district cell left blank under a value (a merged cell, or a block written
 * once) takes the value above: the month only from a cell that reads as a month, so that a blank under a wrong
 * month, or before any, is still told as missing. Counts are never filled down.
 */
function dataRows(rows: readonly (readonly ResultsCell[])[], layout: Layout, match: (code: string, name: string) => UnitMatch) {
  const { basic } = layout;
  const text = (cells: readonly ResultsCell[], at: { column: number } | undefined) => (at ? cellText(cells[at.column - 1]) : '');
  const headers = layout.headerRows.map((i) => rows[i]!.map(cellText));
  const isHeaderAgain = (cells: readonly ResultsCell[]) =>
    headers.some((h) => cellText(cells[0]) === (h[0] ?? '') && cells.every((c, i) => cellText(c) === (h[i] ?? '')));
  const above: { month?: ResultsCell; district?: ResultsCell } = {};
  // Whether the month above reads as a month: asked only when a blank would take it (a file without blanks pays nothing).
  let monthAboveOk: boolean | undefined;
  const pending: PendingRow[] = [];
  let skippedRows = 0;
  for (let r = layout.headerIndex + 1; r < rows.length; r++) {
    let cells = rows[r]!;
    if (cells.every((c) => cellText(c) === '') || isHeaderAgain(cells)) continue;
    const code = text(cells, basic.code);
    const name = text(cells, basic.name);
    if (isNumberingRow(cells) || (code === '' && [name, ...cells.slice(0, 3).map(cellText)].some((c) => TOTAL.test(foldName(c))))) {
      skippedRows++;
      continue;
    }
    for (const kind of ['month', 'district'] as const) {
      const at = basic[kind];
      if (!at) continue;
      const own = cells[at.column - 1] ?? null;
      if (cellText(own) !== '') {
        above[kind] = own;
        if (kind === 'month') monthAboveOk = undefined;
      } else if (above[kind] !== undefined && (kind === 'district' || (monthAboveOk ??= readMonthCell(above.month!).ok))) {
        const filled = cells.slice();
        filled[at.column - 1] = above[kind]!;
        cells = filled;
      }
    }
    pending.push({ line: r + 1, cells, match: match(code, name), district: basic.district ? foldName(text(cells, basic.district)) : '' });
  }
  return { pending, skippedRows };
}

/** A count column's indicator with its numerator, denominator and rate columns: a row's pair is checked on the row. */
interface Pair { indicatorId: IndicatorId; n?: CountColumn; d?: CountColumn; r?: CountColumn }

/** What the rows change, gathered as they are read. */
interface Gathered { changes: ResultChange[]; changeCount: number; results: Map<Unit, Record<string, number>>; unchanged: number; divZeroRates: number }

type ProblemAt = (column: { column: number; header: string } | undefined, code: ResultsProblemCode, params?: ResultsProblem['params']) => void;

/** The rows of the plan's district(s): their units, months and counts, the problems and the changes. */
function readRows(pending: readonly PendingRow[], layout: Layout, context: ResultsContext): ResultsPreview {
  const { basic, counts } = layout;
  const months = new Set<string>(periodMonths(context.period));
  const pairs: Pair[] = [];
  for (const c of counts) {
    const pair = pairs.find((p) => p.indicatorId === c.indicatorId) ?? pairs[pairs.push({ indicatorId: c.indicatorId }) - 1]!;
    pair[c.part] = c;
  }
  const problems: ResultsProblem[] = [];
  const seen = new Map<string, number>();
  const gathered: Gathered = { changes: [], changeCount: 0, results: new Map(), unchanged: 0, divZeroRates: 0 };
  const covered = new Set<MonthKey>();
  const units = new Set<Unit>();
  let matchedByName = 0;
  let zerosRestored = 0;
  for (const { line, cells, match } of pending) {
    const at: ProblemAt = (column, code, params) =>
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
    units.add(unit);
    for (const pair of pairs) readPair(cells, unit, month, pair, gathered, (column, code, params) => at(column, code, { unit: unitName, ...params }));
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const patches: UnitPatch[] = [];
  for (const [unit, results] of gathered.results) patches.push({ code: unit.code, baseline: {}, target: {}, results });
  return {
    headerLine: layout.headerIndex + 1, countColumns: counts, ignoredColumns: layout.ignored, monthColumn: !!basic.month,
    months: [...covered].sort(), rows: pending.length, units: units.size, matchedByName, zerosRestored,
    changes: gathered.changes, changeCount: gathered.changeCount, unchanged: gathered.unchanged, patches, setApart: { rows: 0, districts: [] }, skippedRows: 0,
    divZeroRates: gathered.divZeroRates,
    problems: problems.slice(0, MAX_PROBLEMS), problemCount: problems.length,
  };
}

/**
 * One indicator's figures on one row: each count read as typing reads it, the numerator checked against the
 * denominator (the file's, or the plan's when the file gives only one of the two), then each figure compared with
 * the plan's. An empty cell leaves the figure as it is; a rate beside its numerator is derived from the counts (the
 * portal prints both) and not read: it is read where only a rate is known. A formula's error is no count: it is
 * refused, except `#DIV/0!` where a rate is read, which is the rate of no dossiers, so no figure (and counted).
 */
function readPair(cells: readonly ResultsCell[], unit: Unit, month: MonthKey, pair: Pair, gathered: Gathered, at: ProblemAt) {
  const got: Partial<Record<ResultPart, number>> = {};
  let bad = false;
  const withNumerator = !!pair.n && cellText(cells[pair.n.column - 1]) !== '';
  for (const part of ['n', 'd', 'r'] as const) {
    const column = pair[part];
    const raw = column ? cellText(cells[column.column - 1]) : '';
    if (!column || raw === '' || (part === 'r' && withNumerator)) continue;
    if (part === 'r' && isDivisionByZero(raw)) { gathered.divZeroRates++; continue; }
    if (isExcelError(raw)) { at(column, 'excelError'); bad = true; continue; }
    const read = readCount(raw, part);
    if (read.ok) got[part] = read.value;
    // A count column's problem says so (`count`), as a CSV's does: its message gives a count's example, not a rate's.
    else { at(column, read.problem, part === 'r' ? undefined : { count: 1 }); bad = true; }
  }
  if (bad) return;
  const key = (part: ResultPart) => resultKey(month, pair.indicatorId, part);
  if (got.n !== undefined || got.d !== undefined) {
    const n = got.n ?? unit.results?.[key('n')];
    const d = got.d ?? unit.results?.[key('d')];
    if (n !== undefined && d !== undefined && n > d) {
      if (got.n !== undefined) at(pair.n, 'aboveDenominator', { denominator: d });
      else at(pair.d, 'belowNumerator', { numerator: n });
      return;
    }
  }
  for (const part of ['n', 'd', 'r'] as const) {
    const value = got[part];
    if (value === undefined) continue;
    const k = key(part);
    const before = unit.results?.[k] ?? null;
    if (before === value) { gathered.unchanged++; continue; }
    let results = gathered.results.get(unit);
    if (!results) gathered.results.set(unit, (results = {}));
    results[k] = value;
    if (gathered.changeCount++ < LISTED_CHANGES) gathered.changes.push({ unit: unit.code, name: unit.name, month, indicatorId: pair.indicatorId, part, before, after: value });
  }
}

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

/** Applying a preview: one `patchUnits` command (one transaction, one undo step), only when nothing was refused. */
export function resultsPreviewToCommand(preview: ResultsPreview): Command {
  return { type: 'patchUnits', entries: preview.problemCount === 0 ? preview.patches : [] };
}
