import { For, Show } from 'solid-js';
import type { MonthFigures } from '../../domain/monitoring/monthSums';
import { truncatedTenths } from '../../domain/monitoring/monthProgress';
import type { MonthKey } from '../../domain/monitoring/resultKey';
import { PERCENT_100, formatRate, formatRateFixed1, type Locale, type Rate } from '../../domain/rate';
import { tm } from './text';

const BAR = 12;
const GAP = 3;
const HEIGHT = 28;

/** A month's own rate in hundredths (truncated to a tenth), or null when the month has no figures (never 0). */
export function monthRate(f: MonthFigures): number | null {
  return f.reported > 0 && f.den > 0n ? truncatedTenths({ num: f.num, den: f.den }) : null;
}

/**
 * One indicator's months as a row of small bars, one per month of the period: the bar's height is the month's
 * rate, a month without figures is an empty dashed outline (missing, not 0), the month chosen is outlined, and
 * the target is a horizontal line. SVG, with the figures in its label and in each bar's title.
 */
export function MonthBars(props: { label: string; months: readonly MonthKey[]; figures: readonly MonthFigures[]; target: Rate | null; chosen: MonthKey; locale: Locale }) {
  const width = () => props.months.length * (BAR + GAP) + GAP;
  const y = (rate: number) => HEIGHT - (Math.min(rate, PERCENT_100) / PERCENT_100) * HEIGHT;
  const text = (i: number) => {
    const rate = monthRate(props.figures[i]!);
    // A month with a result but no dossier count is in no rate: said as such, so the month that keeps a unit unjudged can be found.
    const missing = props.figures[i]!.unweighted > 0 ? tm('detailsNoDenominator') : tm('detailsMissing');
    return tm('barMonth', { month: props.months[i]!.slice(5), value: rate === null ? missing : `${formatRateFixed1(rate as Rate, props.locale)} %` });
  };
  return (
    <figure class="month-bars" data-testid="month-bars">
      <figcaption>{props.label}</figcaption>
      <svg role="img" width={width()} height={HEIGHT + 14} viewBox={`0 0 ${width()} ${HEIGHT + 14}`}
        aria-label={`${tm('barsLabel', { indicator: props.label, target: props.target === null ? '—' : `${formatRate(props.target, props.locale)} %` })}. ${props.months.map((_, i) => text(i)).join('; ')}`}>
        <For each={props.months}>
          {(month, i) => {
            const rate = () => monthRate(props.figures[i()]!);
            const x = () => GAP + i() * (BAR + GAP);
            return (
              <g data-month={month} data-value={rate() === null ? '' : String(rate()! / 100)} data-unweighted={props.figures[i()]!.unweighted > 0 ? '' : undefined}>
                <title>{text(i())}</title>
                <Show when={rate() !== null} fallback={<rect class="bar-missing" x={x() + 0.5} y={0.5} width={BAR - 1} height={HEIGHT - 1} />}>
                  <rect class="bar" x={x()} y={y(rate()!)} width={BAR} height={HEIGHT - y(rate()!)} />
                </Show>
                <Show when={month === props.chosen}><rect class="bar-chosen" x={x() - 1.5} y={0} width={BAR + 3} height={HEIGHT + 1} /></Show>
                <text x={x() + BAR / 2} y={HEIGHT + 11} text-anchor="middle">{Number(month.slice(5))}</text>
              </g>
            );
          }}
        </For>
        <Show when={props.target !== null}>
          <line class="bar-target" x1={0} x2={width()} y1={y(props.target!)} y2={y(props.target!)} />
        </Show>
      </svg>
    </figure>
  );
}
