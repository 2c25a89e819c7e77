import type { MonthlyReport, ReportIndicator } from '../../../domain/monitoring/report';
import { formatCount, formatRate, type Locale, type Rate } from '../../../domain/rate';
import { spreadBins, spreadSvg } from '../charts/spread';
import { esc } from '../charts/svg';
import { trendSvg } from '../charts/trend';
import { tm } from '../text';
import { nameOf, rateText } from './reportText';

/** Each indicator's two charts, each with the table of its figures beside it (the chart's text alternative in full). */
export function chartsMarkup(report: MonthlyReport, locale: Locale): string {
  const figures = report.indicators.map((ri) => `<div class="report-figures" data-indicator="${esc(ri.indicator.id)}">`
    + `<h3>${esc(nameOf(ri.indicator, locale))}</h3>${trendFigure(report, ri, locale)}${spreadFigure(ri, locale)}</div>`).join('');
  return `<section class="report-section report-charts"><h2>${esc(tm('report_chartsHeading'))}</h2>${figures}</section>`;
}

const shortMonth = (month: string) => tm('report_monthShort', { m: Number(month.slice(5, 7)) });

function trendFigure(report: MonthlyReport, ri: ReportIndicator, locale: Locale): string {
  const name = nameOf(ri.indicator, locale);
  const target = rateText(ri.target, locale) || '—';
  const reported = ri.trend.filter((p) => p.rate !== null);
  const desc = tm('report_trendDesc', {
    months: reported.map((p) => `${shortMonth(p.month)}: ${rateText(p.rate, locale)}`).join('; ') || '—', target,
  });
  const svg = trendSvg({ width: 280, height: 150, title: tm('report_trendTitle', { indicator: name }), desc, target: ri.target,
    targetLabel: tm('report_targetLine', { target }), points: ri.trend.map((p) => ({ label: shortMonth(p.month), rate: p.rate })) });
  const rows = ri.trend.filter((p) => p.month <= report.month).map((p) => `<tr><td>${esc(shortMonth(p.month))}</td><td class="num">${p.rate === null ? esc(tm('report_noFigures')) : esc(rateText(p.rate, locale))}</td></tr>`).join('');
  return `<figure class="report-figure" data-testid="report-chart" data-kind="trend"><figcaption>${esc(tm('report_trendCaption'))}</figcaption>`
    + `<div class="figure-body">${svg}<table class="report-table figure-table"><thead><tr><th>${esc(tm('report_colMonth'))}</th><th>${esc(tm('report_colMonthRate'))}</th></tr></thead>`
    + `<tbody>${rows}</tbody></table></div></figure>`;
}

function spreadFigure(ri: ReportIndicator, locale: Locale): string {
  // Timed for the benchmark (`dvctt:spread-chart`): the spread of 10,598 units must draw in well under 500 ms.
  const start = performance.now();
  const name = nameOf(ri.indicator, locale);
  const bins = spreadBins(ri.spread);
  const below = ri.spread.filter((v) => v < 0).length;
  const desc = tm('report_spreadDesc', { below: formatCount(below, locale), above: formatCount(ri.spread.length - below, locale) });
  const svg = spreadSvg({ width: 280, height: 150, title: tm('report_spreadTitle', { indicator: name }), desc, bins, zeroLabel: tm('report_spreadZero') });
  performance.measure('dvctt:spread-chart', { start, end: performance.now() });
  const points = (v: number) => formatRate(v as Rate, locale);
  const rows = bins.filter((b) => b.count > 0)
    .map((b) => `<tr><td>${esc(tm('report_spreadBin', { from: points(b.from), to: points(b.to) }))}</td><td class="num">${esc(formatCount(b.count, locale))}</td></tr>`).join('');
  return `<figure class="report-figure" data-testid="report-chart" data-kind="spread"><figcaption>${esc(tm('report_spreadCaption'))}</figcaption>`
    + `<div class="figure-body">${svg}<table class="report-table figure-table"><thead><tr><th>${esc(tm('report_colSpread'))}</th><th>${esc(tm('report_colUnits'))}</th></tr></thead>`
    + `<tbody>${rows || `<tr><td colspan="2">${esc(tm('report_noFigures'))}</td></tr>`}</tbody></table></div></figure>`;
}
