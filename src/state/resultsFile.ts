import { parseResultKey, periodMonths, type MonthKey } from '../domain/monitoring/resultKey';
import type { Plan } from '../domain/plan';
import { readResults, type ResultsCell, type ResultsPreview, type ResultsProblem } from '../io/resultsImport';
import { csvRows } from '../io/resultsCsv';
import { isLegacyWorkbook, readWorkbookBytes, statisticsSheet, type WorkbookProblem } from '../io/resultsWorkbook';
import { monthOnScreen } from './monitoringMonth';

/** Why a statistics file cannot be read at all (before any row): the file is named in the message. */
export type ResultsFailure =
  | { code: WorkbookProblem | 'empty' | 'spreadsheet' | 'notText' | 'badQuotes' | 'noHeader' | 'noRows'; line?: number; sheet?: string };

/** A monthly statistics file read against the open plan: its rows (read again when the user picks another month). */
export type ResultsReading =
  | { kind: 'results'; file: string; ok: true; rows: ResultsCell[][]; sheet: string | null; month: MonthKey; preview: ResultsPreview }
  | { kind: 'results'; file: string; ok: false; failure: ResultsFailure };

/**
 * The month a file without a month column goes into: the month the monitoring view shows; when it is not on
 * screen, the plan's latest month with figures, or its period's first month when it has none yet.
 */
export function defaultResultsMonth(plan: Pick<Plan, 'period' | 'units'>): MonthKey {
  const months = periodMonths(plan.period);
  const shown = monthOnScreen();
  if (shown && months.includes(shown as MonthKey)) return shown as MonthKey;
  const inPeriod = new Set<string>(months);
  let latest: MonthKey | undefined;
  for (const unit of plan.units) {
    for (const key of Object.keys(unit.results ?? {})) {
      const month = parseResultKey(key)?.month;
      if (month && inPeriod.has(month) && (!latest || month > latest)) latest = month;
    }
  }
  // A plan without a readable period has no month to offer: the first calendar month of this year stands in,
  // and every row is then refused as outside the period, which is what the user must hear.
  return latest ?? months[0] ?? (`${new Date().getFullYear()}-01` as MonthKey);
}

/** Reads a statistics sheet's rows against the plan, into `month` when the file has no month column. */
export function readResultsRows(file: string, rows: ResultsCell[][], sheet: string | null, plan: Plan, month: MonthKey): ResultsReading {
  const read = readResults(rows, { units: plan.units, indicators: plan.indicators, period: plan.period, allocatingUnit: plan.allocatingUnit, defaultMonth: month });
  if (!read.ok) return { kind: 'results', file, ok: false, failure: failureOf(read.problem, sheet) };
  return { kind: 'results', file, ok: true, rows, sheet, month, preview: read.preview };
}

const failureOf = (p: ResultsProblem, sheet: string | null): ResultsFailure =>
  ({ code: p.code === 'noRows' ? 'noRows' : 'noHeader', ...(p.line ? { line: p.line } : {}), ...(sheet ? { sheet } : {}) });

export function readResultsCsv(file: string, bytes: Uint8Array, plan: Plan): ResultsReading {
  const parsed = csvRows(bytes);
  if (!parsed.ok) return { kind: 'results', file, ok: false, failure: { code: parsed.problem, ...(parsed.line ? { line: parsed.line } : {}) } };
  return readResultsRows(file, parsed.rows, null, plan, defaultResultsMonth(plan));
}

/** A workbook: its reader loads now (only now); the first sheet with a statistics header is read. */
export async function readResultsWorkbook(file: string, bytes: Uint8Array, plan: Plan): Promise<ResultsReading> {
  // An old binary workbook is told by its first bytes: no reader to load for that.
  if (isLegacyWorkbook(bytes)) return { kind: 'results', file, ok: false, failure: { code: 'legacyXls' } };
  const read = await readWorkbookBytes(bytes, file);
  if (!read.ok) return { kind: 'results', file, ok: false, failure: { code: read.problem } };
  const sheet = statisticsSheet(read, plan.indicators);
  if (!sheet) return { kind: 'results', file, ok: false, failure: { code: 'noHeader' } };
  return readResultsRows(file, sheet.rows, sheet.name, plan, defaultResultsMonth(plan));
}
