import { For } from 'solid-js';
import type { IndicatorId } from '../../domain/ids';
import type { MonthKey } from '../../domain/monitoring/resultKey';
import type { Plan } from '../../domain/plan';
import { language } from '../../state/language';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { usePlanPage } from '../plan/planPageContext';
import { monthText, tm } from './text';

/** The monitoring view's tools: the month, the indicator shown, "lagging units only", the ranking, undo, the report. */
export function MonitoringToolbar(props: { plan: Plan; months: readonly MonthKey[]; month: MonthKey; onMonth: (month: MonthKey) => void;
  indicator: IndicatorId | ''; onIndicator: (id: IndicatorId | '') => void; laggingOnly: boolean; onLaggingOnly: (on: boolean) => void;
  ranking: boolean; onRanking: (on: boolean) => void; filter: string; onFilter: (text: string) => void; onUndo: (which: 'undo' | 'redo') => void; reportHref: string }) {
  const { session } = usePlanPage();
  return (
    <div class="toolbar" data-region="toolbar" data-testid="monitoring-toolbar">
      <input type="search" class="filter" data-testid="quick-filter" placeholder={t('filterPlaceholder')} value={props.filter}
        onInput={(e) => props.onFilter(e.currentTarget.value)} aria-label={t('filterPlaceholder')} />
      <label>{tm('monthLabel')}{' '}
        <select data-testid="month" value={props.month} onChange={(e) => props.onMonth(e.currentTarget.value as MonthKey)}>
          <For each={props.months}>{(m) => <option value={m}>{monthText(m)}</option>}</For>
        </select>
      </label>
      <label>{tm('indicatorFilter')}{' '}
        <select data-testid="monitoring-indicator" value={props.indicator} onChange={(e) => props.onIndicator(e.currentTarget.value as IndicatorId | '')}>
          <option value="">{tm('indicatorAll')}</option>
          <For each={props.plan.indicators}>{(ind) => <option value={ind.id}>{indicatorName(ind, language())}</option>}</For>
        </select>
      </label>
      <label title={tm('laggingOnlyHint')}>
        <input type="checkbox" data-testid="lagging-only" checked={props.laggingOnly} onChange={(e) => props.onLaggingOnly(e.currentTarget.checked)} /> {tm('laggingOnly')}
      </label>
      <button type="button" data-testid="ranking" classList={{ active: props.ranking }} aria-pressed={props.ranking} title={tm('rankingHint')}
        onClick={() => props.onRanking(!props.ranking)}>{tm('ranking')}</button>
      <button type="button" data-testid="undo" title={t('undoHint')} disabled={!session.canUndo()} onClick={() => props.onUndo('undo')}>↶ {t('undo')}</button>
      <button type="button" data-testid="redo" title={t('redoHint')} disabled={!session.canRedo()} onClick={() => props.onUndo('redo')}>↷ {t('redo')}</button>
      <span class="spacer" />
      <a class="button-link" data-testid="report-open" href={props.reportHref}>{tm('reportOpen')}</a>
    </div>
  );
}
