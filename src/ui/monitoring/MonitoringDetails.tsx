import { For, Show } from 'solid-js';
import type { IndicatorId } from '../../domain/ids';
import { unitMonths } from '../../domain/monitoring/monthSums';
import { aggregateTarget, unitTarget } from '../../domain/monitoring/progress';
import { periodMonths, type MonthKey } from '../../domain/monitoring/resultKey';
import type { Plan } from '../../domain/plan';
import type { Locale } from '../../domain/rate';
import type { MonitoringModel } from '../../state/monitoringModel';
import { indicatorName } from '../i18n/issueText';
import { MonthBars } from './MonthBars';
import { STATUS_ORDER } from '../../domain/monitoring/monitoringTable';
import { tm } from './text';

/**
 * The side panel: the focused row's months (a unit's, or the whole allocating unit's for the aggregate row) as
 * a row of bars per indicator shown, and the status rule in words.
 */
export function MonitoringDetails(props: { plan: Plan; model: MonitoringModel; version: number; rowId: string | undefined; shown: readonly IndicatorId[];
  month: MonthKey; locale: Locale }) {
  const months = () => periodMonths(props.plan.period);
  const unit = () => props.plan.units.find((u) => u.code === props.rowId);
  const title = () => (props.rowId === 'aggregate' ? tm('aggregateRow') : unit()?.name);
  const indicators = () => props.plan.indicators.filter((i) => props.shown.includes(i.id));
  const figures = (id: IndicatorId) => {
    void props.version; // the index moved: read it again
    const u = unit();
    return u ? unitMonths(u, id, months()) : props.model.index.figures(id, months());
  };
  return (
    <aside class="monitoring-details" data-testid="monitoring-details" data-row={props.rowId ?? ''}>
      <Show when={title()} fallback={<p class="muted">{tm('detailsNone')}</p>}>
        {(name) => (
          <>
            <h2>{tm('detailsTitle', { unit: name() })}</h2>
            <For each={indicators()}>
              {(ind) => <MonthBars label={indicatorName(ind, props.locale)} months={months()} figures={figures(ind.id)} chosen={props.month} locale={props.locale}
                target={unit() ? unitTarget(unit()!, ind) : aggregateTarget(ind)} />}
            </For>
          </>
        )}
      </Show>
      <section class="status-legend" data-testid="status-legend">
        <h3>{tm('legendTitle')}</h3>
        <ul>
          <For each={STATUS_ORDER}>{(s) => <li><span class={`mon-status mon-status-${s}`}>{tm(`status_${s}`)}</span> {tm(`rule_${s}`).replace(/^[^:]*:\s*/, '')}</li>}</For>
        </ul>
      </section>
    </aside>
  );
}
