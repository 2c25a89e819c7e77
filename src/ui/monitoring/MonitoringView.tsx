import { createEffect, createMemo, createSignal, onCleanup, Show } from 'solid-js';
import type { IndicatorId, UnitCode } from '../../domain/ids';
import { countLabels } from '../../domain/indicators';
import { periodMonths, type MonthKey } from '../../domain/monitoring/resultKey';
import type { Plan } from '../../domain/plan';
import { formatCount } from '../../domain/rate';
import { unitPositions } from '../../domain/unitPositions';
import type { Block } from '../../state/cellBlock';
import { language } from '../../state/language';
import { countCellText, resultBlockEdits, type ResultBlockAction } from '../../state/monitoringBlocks';
import { resultColumnOf, resultEditsToCommand, type ResultCellEdit, type ResultEditRefusal } from '../../state/monitoringEdit';
import { MonitoringModel } from '../../state/monitoringModel';
import { setMonthOnScreen } from '../../state/monitoringMonth';
import { navigate, route, routeHref } from '../../state/router';
import type { GridPaste } from '../grid/gridClipboard';
import { MonitoringGrid, type MonitoringGridController } from '../grid/MonitoringGrid';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { usePlanPage } from '../plan/planPageContext';
import { MonitoringDetails } from './MonitoringDetails';
import { MonitoringToolbar } from './MonitoringToolbar';
import { tm } from './text';

/**
 * A plan's monthly follow-up (`#/plans/<id>/monitoring?month=YYYY-MM`): the month's counts of every unit, typed or
 * pasted as in the allocation grid (each write one `patchUnits` command through the page's dispatch), and the
 * progress so far — rate, target, gap, required rate, status — of each unit and of the allocating unit.
 */
export function MonitoringView(props: { plan: Plan; onUndo: (which: 'undo' | 'redo') => void; onGrid?: (grid: MonitoringGridController | undefined) => void }) {
  const { session, dispatch, unitName, setMessage } = usePlanPage();
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

  const columnLabel = (colId: string) => {
    const col = resultColumnOf(colId);
    const ind = col && props.plan.indicators.find((i) => i.id === col.id);
    if (!col || !ind) return colId;
    return `${indicatorName(ind, language())} — ${countLabels(ind)[col.part][language()]}`;
  };
  const refusalText = (r: ResultEditRefusal) => {
    const text = r.cell.text.trim();
    const message = r.problem === 'aboveDenominator' || r.problem === 'belowNumerator' ? tm(`refused_${r.problem}`, { text }) : t(`parse_${r.problem}`, { text });
    return t('refusedIn', { unit: unitName(r.cell.unitCode), column: columnLabel(r.cell.colId), message });
  };
  /** The units by code, found in O(1) (a block may cover every unit). */
  const unitOf = (code: UnitCode) => {
    const units = session.plan()?.units ?? [];
    const i = unitPositions(units).get(code);
    return i === undefined ? undefined : units[i];
  };
  /** Cells typed, cleared, filled or pasted: one command, or nothing and the refusals said where they are. */
  const write = (edits: ResultCellEdit[], source: 'typed' | 'clear' | 'fill' | 'paste'): boolean => {
    const m = month();
    if (!m) return false;
    const outcome = resultEditsToCommand(edits, m, unitOf);
    if (outcome.ok) return dispatch(outcome.command, source === 'typed' ? undefined : { kind: source }).ok;
    const first = outcome.refusals[0]!;
    setMessage(outcome.refusals.length === 1 && edits.length === 1 ? refusalText(first)
      : tm('refusedCells', { n: outcome.refusals.length, first: refusalText(first) }));
    // Back to the refused cell (the grid has moved on after Enter), so the user can type it again.
    setTimeout(() => grid?.focusCell(first.cell.unitCode, first.cell.colId));
    return false;
  };
  const onEdit = (colId: string, unitCode: UnitCode, value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    if (!resultColumnOf(colId)) return;
    write([{ unitCode, colId, text }], text.trim() === '' ? 'clear' : 'typed');
  };
  const onPaste = (pasted: GridPaste) => {
    if (!pasted.at) return setMessage(tm('pasteNoCell'));
    const width = Math.max(...pasted.block.map((r) => r.length));
    if (pasted.block.length > pasted.units.length || width > pasted.columns.length) return setMessage(tm('pastePastEnd'));
    const edits = pasted.block.flatMap((row, r) => row.map((text, c) => ({ unitCode: pasted.units[r]!, colId: pasted.columns[c]!, text })));
    write(edits, 'paste');
  };
  /** Delete, Ctrl+D, Ctrl+R or one value pasted over a selected block: its count cells in one command, the rest passed over. */
  const onBlockAction = (action: ResultBlockAction, block: Block | undefined) => {
    const m = month();
    if (!block) return setMessage(t('blockSelectFirst'));
    if (!m) return;
    const locale = language();
    const { edits, skipped } = resultBlockEdits(block, action, (code, colId) => {
      const unit = unitOf(code);
      return unit ? countCellText(unit, m, colId, locale) : '';
    });
    const skippedText = skipped > 0 ? tm('blockSkippedReadOnly', { n: formatCount(skipped, locale) }) : '';
    if (edits.length === 0) return setMessage([t('blockNothing'), skippedText].filter((x) => x).join(' '));
    if (write(edits, typeof action === 'object' ? 'paste' : action === 'clear' ? 'clear' : 'fill')) setMessage(skippedText);
  };

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
                  onEdit={onEdit} onPaste={onPaste} onBlockAction={onBlockAction} onFocusRow={setFocusedRow} onModelChanged={() => setVersion((v) => v + 1)} onReady={(c) => { grid = c; props.onGrid?.(c); }} />}
              </Show>
            </div>
            <MonitoringDetails plan={session.plan() ?? props.plan} model={model} version={version()} rowId={focusedRow()} shown={shown()} month={m()} locale={language()} />
          </div>
        </div>
      )}
    </Show>
  );
}
