import type { Indicator } from '../domain/indicators';
import { STATUS_ORDER } from '../domain/monitoring/monitoringTable';
import { ceilingTenths } from '../domain/monitoring/monthProgress';
import type { Progress, ProgressStatus } from '../domain/monitoring/progress';
import type { MonthlyReport, ReportCell } from '../domain/monitoring/report';
import { rateToPercent, type Rate } from '../domain/rate';

/** The words of the report's tables, in the language of the user who exports. */
export interface ReportTableTexts {
  title: string;
  issuerLabel: string;
  periodLabel: string;
  monthLabel: string;
  sheetSummary: string;
  sheetRanking: string;
  sheetBehind: string;
  indicator: string;
  rate: string;
  target: string;
  status: string;
  required: string;
  last: string;
  rank: string;
  index: string;
  code: string;
  unit: string;
  noMonthLeft: string;
  statusWord: (status: ProgressStatus) => string;
  /** A unit's status in words: one not judged for a result without its dossier count says so. */
  unitWord: (cell: ReportCell) => string;
  /** An aggregate's status in words (it may say how many units have reported). */
  progressWord: (progress: Progress) => string;
  indicatorName: (indicator: Indicator) => string;
}

/** A cell of a table: text, a number (rates in percent with at most one decimal: 43.1), or empty. */
export type ReportCellValue = string | number | null;
export interface ReportSheet {
  name: string;
  rows: ReportCellValue[][];
}

const percent = (rate: Rate | null): number | null => (rate === null ? null : rateToPercent(rate));

/**
 * The report as three tables (the sheets of the workbook, the sections of the CSV): the summary per indicator
 * under the report's title lines, the ranking, and the units behind or at risk with their required rate. The
 * figures are the report model's, as the page shows them: rates truncated to one decimal, required rates
 * rounded up, missing left empty (never 0).
 */
export function reportSheets(report: MonthlyReport, x: ReportTableTexts): ReportSheet[] {
  const summary: ReportCellValue[][] = [
    [x.title], [x.issuerLabel, report.issuer], [x.periodLabel, report.period], [x.monthLabel, report.month], [],
    [x.indicator, x.rate, x.target, x.status, x.required, ...STATUS_ORDER.map(x.statusWord)],
    ...report.indicators.map((ri) => [x.indicatorName(ri.indicator), percent(ri.rate), percent(ri.target), x.progressWord(ri.progress),
      ri.progress.required ? percent(ceilingTenths(ri.progress.required) as Rate) : null, ...STATUS_ORDER.map((s) => ri.counts[s])]),
  ];
  const ids = report.indicators.map((ri) => ri.indicator.id);
  const ranking: ReportCellValue[][] = [
    [x.rank, x.code, x.unit, ...report.indicators.flatMap((ri) => {
      const name = x.indicatorName(ri.indicator);
      return [`${name} — ${x.rate}`, `${name} — ${x.target}`, `${name} — ${x.status}`];
    })],
    ...report.ranking.map((u) => [u.rank, u.code, u.name, ...ids.flatMap((id) => {
      const c = u.cells.get(id)!;
      return [percent(c.rate), percent(c.target), x.unitWord(c)];
    })]),
  ];
  const names = new Map(report.indicators.map((ri) => [ri.indicator.id, x.indicatorName(ri.indicator)]));
  const behind: ReportCellValue[][] = [
    [x.index, x.code, x.unit, x.indicator, x.rate, x.target, x.last, x.required, x.status],
    ...report.behind.map((b, n) => [n + 1, b.code, b.name, names.get(b.indicatorId) ?? b.indicatorId, percent(b.rate), percent(b.target),
      percent(b.last), b.required === null ? x.noMonthLeft : percent(b.required), x.statusWord(b.status)]),
  ];
  return [{ name: x.sheetSummary, rows: summary }, { name: x.sheetRanking, rows: ranking }, { name: x.sheetBehind, rows: behind }];
}
