import { createEffect, createMemo, createSignal, onCleanup, Show } from 'solid-js';
import type { IndicatorId } from '../../domain/ids';
import { periodMonths, type MonthKey } from '../../domain/monitoring/resultKey';
import type { Plan } from '../../domain/plan';
import { language } from '../../state/language';
import { MonitoringModel } from '../../state/monitoringModel';
import { setMonthOnScreen } from '../../state/monitoringMonth';
import { navigate, route, routeHref } from '../../state/router';
import { MonitoringGrid, type MonitoringGridController } from '../grid/MonitoringGrid';
import { usePlanPage } from '../plan/planPageContext';
import { MonitoringDetails } from './MonitoringDetails';
import { MonitoringToolbar } from './MonitoringToolbar';
import { makeResultWrites } from './resultWrites';

/**
 * A plan's monthly follow-up (`#/plans/<id>/monitoring?month=YYYY-MM`): the month's counts of every unit, typed or
 * pasted as in the allocation grid (each write one `patchUnits` command through the page's dispatch), and the
 * progress so far — rate, target, gap, required rate, status — of each unit and of the allocating unit.
 */
export function MonitoringView(props: { plan: Plan; onUndo: (which: 'undo' | 'redo') => void; onGrid?: (grid: MonitoringGridController | undefined) => void }) {
  const page = usePlanPage();
  const { session } = page;
  const model = new MonitoringModel();
  // eslint-disable-next-line solid/reactivity -- the model is built once with the plan as it is; the grid keeps it up to date
  model.setPlan(props.plan);
  const [version, setVersion] = createSignal(0);
  const [focusedRow, setFocusedRow] = createSignal<string>();
  const [indicator, setIndicator] = createSignal<IndicatorId | ''>('');
  const [laggingOnly, setLaggingOnly] = createSignal(false);
  const [ranking, setRanking] = createSignal(false);
  const [filter, setFilter] = createSignal('');
  let grid: MonitoringGridController | undefined;

  const months = createMemo(() => periodMonths(props.plan.period));
  const month = createMemo((): MonthKey | undefined => {
    const r = route();
    const asked = r.page === 'plan' && r.view === 'monitoring' ? r.month : undefined;
    return months().find((m) => m === asked) ?? model.defaultMonth(props.plan);
  });
  // The month is in the address, so a reload or a bookmark shows it again (replaced: not a step of the history).
  createEffect(() => {
    const m = month();
    const href = m && routeHref({ page: 'plan', planId: props.plan.id, view: 'monitoring', month: m });
    if (href && location.hash !== href) history.replaceState(history.state, '', href);
    setMonthOnScreen(m ?? null);
  });
  onCleanup(() => {
    setMonthOnScreen(null);
    props.onGrid?.(undefined);
  });
  // The same list while its ids are the same: an edit gives a new plan, and must not show the grid's columns anew.
  const shown = createMemo(() => {
    const ids = props.plan.indicators.map((i) => i.id);
    return ids.includes(indicator() as IndicatorId) ? [indicator() as IndicatorId] : ids;
  }, [], { equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]) });

  // eslint-disable-next-line solid/reactivity -- read when an edit arrives, not tracked
  const writes = makeResultWrites(page, () => props.plan, month, (code, colId) => grid?.focusCell(code, colId));

  return (
    <Show when={month()}>
      {(m) => (
        <div class="monitoring-view" data-testid="monitoring-view" data-month={m()}>
          <MonitoringToolbar plan={props.plan} months={months()} month={m()} onMonth={(next) => navigate({ page: 'plan', planId: props.plan.id, view: 'monitoring', month: next })}
            indicator={indicator()} onIndicator={setIndicator} laggingOnly={laggingOnly()} onLaggingOnly={setLaggingOnly}
            ranking={ranking()} onRanking={setRanking} filter={filter()} onFilter={setFilter} onUndo={(which) => props.onUndo(which)}
            reportHref={routeHref({ page: 'plan', planId: props.plan.id, view: 'report', month: m() })} />
          <div class="workspace">
            <div class="grid-host" data-region="grid">
              <Show when={language()} keyed>
                {(locale) => <MonitoringGrid session={session} model={model} locale={locale} month={m()} shown={shown()} laggingOnly={laggingOnly()} ranking={ranking()} quickFilter={filter()}
                  onEdit={writes.onEdit} onPaste={writes.onPaste} onBlockAction={writes.onBlockAction} onFocusRow={setFocusedRow} onModelChanged={() => setVersion((v) => v + 1)} onReady={(c) => { grid = c; props.onGrid?.(c); }} />}
              </Show>
            </div>
            <MonitoringDetails plan={session.plan() ?? props.plan} model={model} version={version()} rowId={focusedRow()} shown={shown()} month={m()} locale={language()} />
          </div>
        </div>
      )}
    </Show>
  );
}
