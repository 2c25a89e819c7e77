/**
 * The pieces every chart is drawn with. Charts are plain functions returning SVG markup as text, so that the
 * report on screen, the printed report and the published HTML file draw them with the same code; every text
 * that goes into the markup passes through `esc`, since names and indicator labels come from files.
 */

/** Text made safe for XML and HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A coordinate with at most one decimal: enough for print, and short markup. */
export const px = (value: number): string => String(Math.round(value * 10) / 10);

let sequence = 0;
/** An id unique within the page for a chart's title and description (`aria-labelledby`). */
export const chartId = (kind: string): string => `${kind}-${++sequence}`;

/** The text alternative of a chart: read by assistive technology, and shown by browsers as a tooltip. */
export interface ChartText {
  title: string;
  desc: string;
}

/** The outer `<svg>` with its title and description; `body` is markup already escaped. */
export function svgChart(kind: string, width: number, height: number, text: ChartText, body: string): string {
  const id = chartId(kind);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-${kind}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t ${id}-d">`
    + `<title id="${id}-t">${esc(text.title)}</title><desc id="${id}-d">${esc(text.desc)}</desc>${body}</svg>`;
}

/** Rates are in hundredths: 0…10 000. */
export const RATE_MAX = 10_000;
