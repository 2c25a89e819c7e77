import { px, RATE_MAX, svgChart, type ChartText } from './svg';

/**
 * The qualitative ranges behind a bullet graph, in hundredths, from poor to good: shades of one hue, darker
 * for poorer, so they read the same printed in grey.
 */
export const BULLET_RANGES: readonly { to: number; fill: string }[] = [
  { to: 5000, fill: '#cbd5e1' },
  { to: 8000, fill: '#e2e8f0' },
  { to: RATE_MAX, fill: '#f1f5f9' },
];

export interface BulletInput extends ChartText {
  /** The rate so far (hundredths), null when missing: then no bar. */
  rate: number | null;
  /** The target (hundredths), null when none: then no tick. */
  target: number | null;
  width?: number;
  height?: number;
}

/**
 * A bullet graph: the qualitative ranges as the background, the bar the rate so far, the tick the target.
 * A missing rate draws no bar at all (never a bar of 0).
 */
export function bulletSvg(input: BulletInput): string {
  const width = input.width ?? 120;
  const height = input.height ?? 16;
  const x = (rate: number) => (Math.min(Math.max(rate, 0), RATE_MAX) / RATE_MAX) * width;
  let body = '';
  let from = 0;
  for (const range of BULLET_RANGES) {
    body += `<rect class="range" x="${px(x(from))}" y="0" width="${px(x(range.to) - x(from))}" height="${height}" fill="${range.fill}"/>`;
    from = range.to;
  }
  if (input.rate !== null) {
    body += `<rect class="bar" x="0" y="${px(height / 3)}" width="${px(x(input.rate))}" height="${px(height / 3)}" fill="#1e3a8a"/>`;
  }
  if (input.target !== null) {
    const at = px(Math.min(Math.max(x(input.target), 1), width - 1));
    body += `<line class="tick" x1="${at}" x2="${at}" y1="${px(height * 0.1)}" y2="${px(height * 0.9)}" stroke="#000" stroke-width="2"/>`;
  }
  return svgChart('bullet', width, height, input, body);
}
