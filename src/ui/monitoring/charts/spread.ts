import { esc, px, svgChart, type ChartText } from './svg';

/** One bar of the spread: how many units are `from` ≤ rate − target < `to` (hundredths). */
export interface SpreadBin {
  from: number;
  to: number;
  count: number;
}

/**
 * The units' distances from their targets (hundredths) counted in bins of `width` (5 points by default), from
 * the lowest to the highest bin with a unit, always including the bins on each side of the target: a unit
 * exactly at its target is in the bin that starts at 0 (it has met it). One pass over the values, so ten
 * thousand units cost next to nothing, and the chart draws a bar per bin, not a mark per unit.
 */
export function spreadBins(values: readonly number[], width = 500): SpreadBin[] {
  let low = -1;
  let high = 0;
  const counts = new Map<number, number>();
  for (const v of values) {
    const bin = Math.floor(v / width);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
    if (bin < low) low = bin;
    if (bin > high) high = bin;
  }
  const bins: SpreadBin[] = [];
  for (let b = low; b <= high; b++) bins.push({ from: b * width, to: (b + 1) * width, count: counts.get(b) ?? 0 });
  return bins;
}

export interface SpreadInput extends ChartText {
  bins: readonly SpreadBin[];
  /** The label of the target line ("Chỉ tiêu"). */
  zeroLabel: string;
  width?: number;
  height?: number;
}

const MARGIN = { left: 30, right: 10, top: 14, bottom: 22 };
/** Below the target, and at or above it: two shades, and the side of the target line says which is which in grey too. */
const BELOW = '#f59e0b';
const ABOVE = '#15803d';

/** The spread of units around their targets: a histogram of rate − target, the target a line at 0. */
export function spreadSvg(input: SpreadInput): string {
  const width = input.width ?? 320;
  const height = input.height ?? 160;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const n = Math.max(input.bins.length, 1);
  const barW = plotW / n;
  const max = Math.max(1, ...input.bins.map((b) => b.count));
  const base = MARGIN.top + plotH;
  let body = `<line class="axis" x1="${MARGIN.left}" x2="${px(MARGIN.left + plotW)}" y1="${base}" y2="${base}" stroke="#334155" stroke-width="1"/>`;
  body += `<text x="${MARGIN.left - 4}" y="${px(MARGIN.top + 3)}" font-size="9" text-anchor="end" fill="#334155">${max}</text>`;
  body += `<text x="${MARGIN.left - 4}" y="${base + 3}" font-size="9" text-anchor="end" fill="#334155">0</text>`;
  input.bins.forEach((bin, i) => {
    if (bin.count === 0) return;
    const h = (bin.count / max) * plotH;
    body += `<rect class="bin" data-from="${bin.from}" x="${px(MARGIN.left + i * barW + 0.5)}" y="${px(base - h)}" width="${px(Math.max(barW - 1, 0.5))}" height="${px(h)}" fill="${bin.from < 0 ? BELOW : ABOVE}"/>`;
  });
  const zero = input.bins.findIndex((b) => b.from === 0);
  if (zero >= 0) {
    const zx = px(MARGIN.left + zero * barW);
    body += `<line class="target" x1="${zx}" x2="${zx}" y1="${MARGIN.top - 6}" y2="${base}" stroke="#b91c1c" stroke-width="1.5" stroke-dasharray="4 2"/>`;
    body += `<text x="${zx}" y="${MARGIN.top - 7}" font-size="9" text-anchor="middle" fill="#b91c1c">${esc(input.zeroLabel)}</text>`;
  }
  const first = input.bins[0];
  const last = input.bins.at(-1);
  if (first && last) {
    body += `<text x="${MARGIN.left}" y="${height - 6}" font-size="9" text-anchor="start" fill="#334155">${first.from / 100}</text>`;
    body += `<text x="${px(MARGIN.left + plotW)}" y="${height - 6}" font-size="9" text-anchor="end" fill="#334155">+${last.to / 100}</text>`;
  }
  return svgChart('spread', width, height, input, body);
}
