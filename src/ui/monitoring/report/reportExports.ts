import type { MonthlyReport } from '../../../domain/monitoring/report';
import type { Plan } from '../../../domain/plan';
import type { Locale } from '../../../domain/rate';
import { serializeReportCsv } from '../../../io/reportCsv';
import { serializeReportHtml } from '../../../io/reportHtml';
import { reportSheets, type ReportTableTexts } from '../../../io/reportTables';
import { downloadBytes, downloadText } from '../../files/download';
import { tm } from '../text';
import { REPORT_CSS } from './reportCss';
import { reportMarkup } from './reportMarkup';
import { nameOf, progressStatusText, reportFileName, reportTitle, statusText, unitStatusText } from './reportText';

/** The words of the exported tables, in the user's language. */
export function reportTableTexts(report: MonthlyReport, locale: Locale): ReportTableTexts {
  return {
    title: reportTitle(report.monthNumber, report.year), issuerLabel: tm('report_issuer'), periodLabel: tm('report_period'), monthLabel: tm('report_monthField'),
    sheetSummary: tm('report_sheetSummary'), sheetRanking: tm('report_sheetRanking'), sheetBehind: tm('report_sheetBehind'),
    indicator: tm('report_colIndicator'), rate: tm('report_colRate'), target: tm('report_colTarget'), status: tm('report_colStatus'),
    required: tm('report_colRequired'), last: tm('report_colLast'), rank: tm('report_colRank'), index: tm('report_colIndex'),
    code: tm('report_colCode'), unit: tm('report_colUnit'), noMonthLeft: tm('report_noMonthLeft'),
    statusWord: statusText, unitWord: (c) => unitStatusText(c, locale), progressWord: (p) => progressStatusText(p, locale), indicatorName: (ind) => nameOf(ind, locale),
  };
}

/** The published file: the report's markup and style sheet in one document with nothing to load and nothing to run. */
export function reportHtmlText(report: MonthlyReport, locale: Locale): string {
  return serializeReportHtml({ lang: locale, title: `${reportTitle(report.monthNumber, report.year)} — ${report.issuer}`, css: REPORT_CSS, body: reportMarkup(report, locale) });
}

export function downloadReportHtml(plan: Pick<Plan, 'name'>, report: MonthlyReport, locale: Locale): void {
  downloadText(reportHtmlText(report, locale), reportFileName(plan.name, report.monthNumber, report.year, 'html'), 'text/html;charset=utf-8');
}

export function downloadReportCsv(plan: Pick<Plan, 'name'>, report: MonthlyReport, locale: Locale): void {
  const text = serializeReportCsv(reportSheets(report, reportTableTexts(report, locale)), locale === 'en' ? 'standard' : 'excel-vn');
  downloadText(text, reportFileName(plan.name, report.monthNumber, report.year, 'csv'), 'text/csv;charset=utf-8');
}

/** The workbook, written with the same library as the `.xlsx` import (`io/xlsx`), loaded only when a workbook is exported. */
export async function downloadReportXlsx(plan: Pick<Plan, 'name'>, report: MonthlyReport, locale: Locale): Promise<void> {
  const { writeWorkbook } = await import('../../../io/xlsx');
  const bytes = await writeWorkbook(reportSheets(report, reportTableTexts(report, locale)));
  downloadBytes(new Uint8Array(bytes), reportFileName(plan.name, report.monthNumber, report.year, 'xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}
