import { ceilingTenths } from '../../../domain/monitoring/monthProgress';
import type { MonthlyReport, RankedUnit, ReportIndicator } from '../../../domain/monitoring/report';
import { STATUS_ORDER } from '../../../domain/monitoring/monitoringTable';
import type { ProgressStatus } from '../../../domain/monitoring/progress';
import { formatCount, type Locale, type Rate } from '../../../domain/rate';
import { periodText, issuingBodyText } from '../../plan/printText';
import { bulletSvg } from '../charts/bullet';
import { esc } from '../charts/svg';
import { tm } from '../text';
import { rankingParts, RANKING_ROWS_PER_PAGE } from './rankingPages';
import { chartsMarkup } from './reportFigures';
import { nameOf, progressStatusText, rateText, reportTitle, statusText, unitStatusText } from './reportText';

/**
 * Up to this many units the ranking shows a bullet graph in each cell; beyond, the numbers and status words
 * alone (a bullet per unit × indicator for ten thousand units would be fifty thousand drawings to lay out and
 * print, for marks a few millimetres wide that no one compares across three hundred pages).
 */
export const BULLET_UNITS = 300;

/**
 * The monthly report as HTML text: the one markup the page shows, the browser prints and the published file
 * carries, so they show the same figures. Every text from the plan is escaped; there is no script, no event
 * handler and no outside reference in it (io/reportHtml.ts checks the published file again).
 */
export function reportMarkup(report: MonthlyReport, locale: Locale): string {
  return reportMarkupInParts(report, locale, Infinity).markup;
}

/**
 * The report's markup with the ranking's first `pagesNow` printed pages in it, and the other pages to add at the
 * end of its ranking (`[data-testid="report-ranking"]`), in order, each made when asked: the page shows a national
 * report's first pages at once and adds its three hundred others a few at a time (`ReportSheet.tsx`). With every
 * page added it is `reportMarkup`'s text, the one the published file carries.
 */
export interface ReportMarkupInParts {
  markup: string;
  /** How many ranking pages are still to add. */
  later: number;
  /** The markup of the `k`-th of them (0-based). */
  laterPage(k: number): string;
}

export function reportMarkupInParts(report: MonthlyReport, locale: Locale, pagesNow: number): ReportMarkupInParts {
  const ranking = rankingMarkup(report, locale, pagesNow);
  const title = reportTitle(report.monthNumber, report.year);
  const first = report.months[0] ?? report.month;
  const span = tm('report_span', { from: monthText(first), to: monthText(report.month), left: report.monthsLeft });
  const markup = `<article class="monthly-report" data-testid="report" data-month="${esc(report.month)}" lang="${locale}">`
    + '<header class="report-head">'
    + `<p class="report-issuer" data-testid="report-issuer">${esc(issuingBodyText(report.issuer) || '……')}</p>`
    + `<h1 class="report-title" data-testid="report-title">${esc(title.toLocaleUpperCase(locale))}</h1>`
    + `<p class="report-subtitle">${esc(tm('report_subject', { period: periodText(report.period) || report.period }))}</p>`
    + `<p class="report-span">${esc(span)}</p></header>`
    + summaryMarkup(report, locale)
    + chartsMarkup(report, locale)
    + behindMarkup(report, locale)
    + ranking.markup
    + `<footer class="report-notes"><p>${esc(tm('report_ruleNote'))}</p><p>${esc(tm('report_rateNote'))}</p></footer>`
    + '</article>';
  return { markup, later: ranking.later, laterPage: ranking.laterPage };
}

const monthText = (month: string): string => {
  const [y, m] = month.split('-');
  return tm('report_month', { m: Number(m), y: y ?? '' });
};

export const statusMarkup = (status: ProgressStatus, words = statusText(status)): string =>
  `<span class="status-word status-${status}" data-status="${status}">${esc(words)}</span>`;

/**
 * The five statuses as table cells, written once per report rather than once per cell; the cell itself carries
 * the word and the colour (one element fewer per cell: a national report has some hundred thousand of them).
 * The ranking uses the short words (its legend gives the long ones), so that a row stays on one line.
 */
const statusCells = (words: (s: ProgressStatus) => string = statusText): Record<ProgressStatus, string> =>
  Object.fromEntries(STATUS_ORDER.map((s) => [s, `<td class="status-word status-${s}" data-status="${s}">${esc(words(s))}</td>`])) as Record<ProgressStatus, string>;

const shortStatus = (s: ProgressStatus): string => tm(`statusShort_${s}`);

/**
 * Past this many units at risk or behind on one indicator the report lists the worst this many (behind first, the
 * highest required rate first) and says how many more there are; the CSV and the workbook list them all. A
 * district or a province lists every one; a national report of 10,598 communes would otherwise print tens of
 * thousands of lines that no reader goes through, and take minutes to lay out.
 */
export const BEHIND_SHOWN = 200;

const num = (text: string, extra = ''): string => `<td class="num"${extra}>${esc(text)}</td>`;
const th = (text: string, extra = ''): string => `<th${extra}>${esc(text)}</th>`;

function summaryMarkup(report: MonthlyReport, locale: Locale): string {
  const head = [tm('report_colIndicator'), tm('report_colRate'), tm('report_colTarget'), tm('report_colChart'), tm('report_colStatus'), tm('report_colRequired')]
    .map((h) => th(h)).join('') + STATUS_ORDER.map((s) => th(statusText(s), ` class="status-head status-${s}"`)).join('');
  const rows = report.indicators.map((ri) => summaryRow(ri, locale)).join('');
  return `<section class="report-section report-summary" data-testid="report-summary"><h2>${esc(tm('report_summaryHeading', { units: formatCount(report.unitCount, locale) }))}</h2>`
    + `<table class="report-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

function summaryRow(ri: ReportIndicator, locale: Locale): string {
  const name = nameOf(ri.indicator, locale);
  const required = ri.progress.required ? rateText(ceilingTenths(ri.progress.required) as Rate, locale) : '';
  const bullet = bulletSvg({ rate: ri.rate, target: ri.target, width: 140, height: 16, title: name,
    desc: tm('report_bulletDesc', { rate: rateText(ri.rate, locale) || '—', target: rateText(ri.target, locale) || '—' }) });
  return `<tr data-indicator="${esc(ri.indicator.id)}"><th scope="row">${esc(name)}</th>${num(rateText(ri.rate, locale), ' data-field="rate"')}`
    + `${num(rateText(ri.target, locale), ' data-field="target"')}<td class="chart-cell">${bullet}</td><td>${statusMarkup(ri.status, progressStatusText(ri.progress, locale))}</td>${num(required, ' data-field="required"')}`
    + STATUS_ORDER.map((s) => num(formatCount(ri.counts[s], locale), ` data-status="${s}"`)).join('') + '</tr>';
}

function behindMarkup(report: MonthlyReport, locale: Locale): string {
  const heading = `<h2>${esc(tm('report_behindHeading'))}</h2>`;
  if (report.behind.length === 0) return `<section class="report-section report-behind" data-testid="report-behind">${heading}<p>${esc(tm('report_behindNone'))}</p></section>`;
  const names = new Map(report.indicators.map((ri) => [ri.indicator.id, nameOf(ri.indicator, locale)]));
  const head = [tm('report_colIndex'), tm('report_colCode'), tm('report_colUnit'), tm('report_colIndicator'), tm('report_colRate'), tm('report_colTarget'),
    tm('report_colLast'), tm('report_colRequired'), tm('report_colStatus')].map((h) => th(h)).join('');
  const statuses = statusCells();
  const shown = report.indicators.flatMap((ri) => report.behind.filter((b) => b.indicatorId === ri.indicator.id).slice(0, BEHIND_SHOWN));
  const left = report.behind.length - shown.length;
  const note = left > 0 ? `<p class="report-note" data-testid="report-behind-more">${esc(tm('report_behindMore', { shown: BEHIND_SHOWN, more: formatCount(left, locale) }))}</p>` : '';
  const rows = shown.map((b, n) => `<tr data-unit="${esc(b.code)}" data-indicator="${esc(b.indicatorId)}">${num(String(n + 1))}<td>${esc(b.code)}</td>`
    + `<td class="name">${esc(b.name)}</td><td>${esc(names.get(b.indicatorId) ?? b.indicatorId)}</td>${num(rateText(b.rate, locale))}${num(rateText(b.target, locale))}`
    + `${num(rateText(b.last, locale))}${num(b.required === null ? tm('report_noMonthLeft') : rateText(b.required, locale), ' data-field="required"')}${statuses[b.status]}</tr>`).join('');
  return `<section class="report-section report-behind" data-testid="report-behind">${heading}`
    + `${note}<table class="report-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

function rankingMarkup(report: MonthlyReport, locale: Locale, pagesNow: number): ReportMarkupInParts {
  const bullets = report.unitCount <= BULLET_UNITS;
  const top = `<tr>${th(tm('report_colRank'), ' rowspan="2"')}${th(tm('report_colCode'), ' rowspan="2"')}${th(tm('report_colUnit'), ' rowspan="2"')}`
    + report.indicators.map((ri) => th(nameOf(ri.indicator, locale), ' colspan="3" class="group"')).join('') + '</tr>';
  const sub = `<tr>${report.indicators.map(() => th(tm('report_colRateShort')) + th(tm('report_colTargetShort')) + th(tm('report_colStatus'))).join('')}</tr>`;
  const statuses = statusCells(shortStatus);
  const legend = STATUS_ORDER.filter((s) => shortStatus(s) !== statusText(s)).map((s) => tm('report_statusLegendItem', { short: shortStatus(s), long: statusText(s) })).join('; ');
  const notes = (bullets ? '' : `<p class="report-note">${esc(tm('report_noBullets', { limit: BULLET_UNITS }))}</p>`)
    + `<p class="report-note" data-testid="report-status-legend">${esc(tm('report_statusLegend', { items: legend }))}</p>`;
  // Fixed layout takes the columns' widths from these (reportCss.ts): the unit's name takes what the figures leave.
  const cols = `<colgroup><col><col><col>${report.indicators.map(() => '<col><col><col>').join('')}</colgroup>`;
  const sizes = rankingParts(report.ranking.length, bullets ? RANKING_ROWS_PER_PAGE.charts : RANKING_ROWS_PER_PAGE.figures);
  const starts: number[] = [];
  for (let k = 0, at = 0; k < sizes.length; at += sizes[k]!, k++) starts.push(at);
  const page = (k: number): string => {
    const rows = report.ranking.slice(starts[k], starts[k]! + sizes[k]!).map((unit) => rankRow(unit, report, locale, bullets, statuses)).join('');
    return `<div class="ranking-part"><table class="report-table ranking">${cols}<thead>${top}${sub}</thead><tbody>${rows}</tbody></table></div>`;
  };
  const now = Math.min(sizes.length, pagesNow);
  return {
    markup: `<section class="report-section report-ranking"><h2>${esc(tm('report_rankingHeading'))}</h2>${notes}`
      + `<div data-testid="report-ranking" data-pages="${sizes.length}">${sizes.slice(0, now).map((_, k) => page(k)).join('')}</div></section>`,
    later: sizes.length - now,
    laterPage: (k) => page(now + k),
  };
}

function rankRow(unit: RankedUnit, report: MonthlyReport, locale: Locale, bullets: boolean, statuses: Record<ProgressStatus, string>): string {
  let row = `<tr data-unit="${esc(unit.code)}">${num(String(unit.rank))}<td>${esc(unit.code)}</td><td class="name">${esc(unit.name)}</td>`;
  for (const ri of report.indicators) {
    const cell = unit.cells.get(ri.indicator.id)!;
    const text = rateText(cell.rate, locale);
    const bullet = bullets ? bulletSvg({ rate: cell.rate, target: cell.target, width: 40, height: 8, title: unit.name,
      desc: tm('report_bulletDesc', { rate: text || '—', target: rateText(cell.target, locale) || '—' }) }) : '';
    // A unit not judged because a month's result lacks its dossier count says so, not "no figures" (its own cell).
    const status = cell.unweighted > 0 && cell.status === 'missing'
      ? `<td class="status-word status-missing" data-status="missing" title="${esc(unitStatusText(cell, locale))}">${esc(unitStatusText(cell, locale, true))}</td>` : statuses[cell.status];
    row += `<td class="num rate" data-indicator="${esc(ri.indicator.id)}">${bullets ? `<span>${esc(text)}</span>${bullet}` : esc(text)}</td>${num(rateText(cell.target, locale))}${status}`;
  }
  return `${row}</tr>`;
}
