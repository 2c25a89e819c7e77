import { esc, px, RATE_MAX, svgChart, type ChartText } from './svg';

export interface TrendInput extends ChartText {
  /** The months in order with their label ("T7") and rate (hundredths), null when missing: a gap in the line. */
  points: readonly { label: string; rate: number | null }[];
  target: number | null;
  /** The target line's label ("Chỉ tiêu 50"). */
  targetLabel: string;
  width?: number;
  height?: number;
}

const MARGIN = { left: 30, right: 10, top: 10, bottom: 22 };

/**
 * An indicator's monthly trend: the rate month by month as a line with points, broken where a month is missing
 * (never drawn down to 0), against the target as a dashed line, on a 0–100 % scale.
 */
export function trendSvg(input: TrendInput): string {
  const width = input.width ?? 320;
  const height = input.height ?? 160;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const step = input.points.length > 1 ? plotW / (input.points.length - 1) : 0;
  const x = (i: number) => MARGIN.left + (input.points.length > 1 ? i * step : plotW / 2);
  const y = (rate: number) => MARGIN.top + plotH - (Math.min(Math.max(rate, 0), RATE_MAX) / RATE_MAX) * plotH;
  let body = '';
  for (const level of [0, 5000, 10_000]) {
    body += `<line class="grid" x1="${MARGIN.left}" x2="${px(MARGIN.left + plotW)}" y1="${px(y(level))}" y2="${px(y(level))}" stroke="#cbd5e1" stroke-width="1"/>`;
    body += `<text x="${MARGIN.left - 4}" y="${px(y(level) + 3)}" font-size="9" text-anchor="end" fill="#334155">${level / 100}</text>`;
  }
  input.points.forEach((p, i) => {
    body += `<text x="${px(x(i))}" y="${height - 6}" font-size="9" text-anchor="middle" fill="#334155">${esc(p.label)}</text>`;
  });
  if (input.target !== null) {
    const ty = px(y(input.target));
    body += `<line class="target" x1="${MARGIN.left}" x2="${px(MARGIN.left + plotW)}" y1="${ty}" y2="${ty}" stroke="#b91c1c" stroke-width="1.5" stroke-dasharray="5 3"/>`;
    body += `<text x="${px(MARGIN.left + plotW)}" y="${px(y(input.target) - 3)}" font-size="9" text-anchor="end" fill="#b91c1c">${esc(input.targetLabel)}</text>`;
  }
  // The line: a new segment ("M") after every gap, so a missing month is never bridged or drawn as 0.
  let path = '';
  let drawing = false;
  input.points.forEach((p, i) => {
    if (p.rate === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${px(x(i))} ${px(y(p.rate))}`;
    drawing = true;
  });
  if (path) body += `<path class="line" d="${path}" fill="none" stroke="#1e3a8a" stroke-width="2"/>`;
  input.points.forEach((p, i) => {
    if (p.rate !== null) body += `<circle class="point" cx="${px(x(i))}" cy="${px(y(p.rate))}" r="3" fill="#1e3a8a"/>`;
  });
  return svgChart('trend', width, height, input, body);
}
