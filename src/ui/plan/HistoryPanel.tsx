import { createResource, createSignal, For, Show, untrack } from 'solid-js';
import { fieldColumn, historyValueText, type HistoryItem } from '../../domain/cellHistory';
import type { UnitCode } from '../../domain/ids';
import { formatCount, type Locale } from '../../domain/rate';
import { JOURNAL_LIMIT, readHistory, type HistoryTarget } from '../../state/planHistory';
import type { PlanSession } from '../../state/planSession';
import { useApp } from '../appContext';
import { downloadText } from '../files/download';
import { t } from '../i18n/t';
import { historyCsv } from './historyCsv';
import { tHistory } from '../i18n/historyText';

/** Entries drawn at most; the CSV has them all. */
const SHOWN = 500;

type Item = HistoryItem & { otherTab: boolean };

/**
 * "Lịch sử thay đổi": the history of the focused cell, or of the whole plan, from the plan's change journal,
 * newest first: when, old → new, how (and from which file), and whether another tab or window made it. It
 * takes the issue list's place beside the grid, and is read again after every change of the plan is stored.
 */
export function HistoryPanel(props: { session: PlanSession; target: HistoryTarget; locale: Locale;
  unitName: (code: UnitCode) => string; columnLabel: (colId: string) => string; onTarget: (target: HistoryTarget) => void; onClose: () => void }) {
  const repo = useApp().plans;
  // The CSV export's default, as the CSV export of the plan: Excel Việt Nam in Vietnamese.
  const [dialect, setDialect] = createSignal<'excel-vn' | 'standard'>(untrack(() => props.locale) === 'vi' ? 'excel-vn' : 'standard');
  // Read again once a change is stored (its journal entry is written with it, after the frame that shows it).
  const source = () => ({ target: props.target, revision: props.session.plan()?.revision, saved: props.session.saveState() === 'saved', id: props.session.plan()?.id, repo });
  const [items] = createResource(source, (s) => (s.id ? readHistory(s.repo, s.id, s.target) : Promise.resolve([])));
  const list = () => items.latest ?? [];
  const how = (i: HistoryItem) => (i.from ? tHistory('history_howFrom', { how: tHistory(`history_how_${i.how}`), from: i.from }) : tHistory(`history_how_${i.how}`));
  const when = (at: string) => new Date(at).toLocaleString(props.locale === 'vi' ? 'vi-VN' : 'en-GB');
  const title = () => (props.target === 'all' ? tHistory('history_all') : `${props.unitName(props.target.code)} · ${props.columnLabel(fieldColumn(props.target.field))}`);
  const exportCsv = () => {
    const d = dialect() === 'excel-vn' ? { delimiter: ';', locale: 'vi' as const } : { delimiter: ',', locale: 'en' as const };
    const header = [tHistory('history_colAt'), tHistory('history_colCode'), tHistory('history_colUnit'), tHistory('history_colColumn'), tHistory('history_colOld'), tHistory('history_colNew'), tHistory('history_colHow'), tHistory('history_colFrom'), tHistory('history_colTab')];
    const text = historyCsv(list(), d, { header, unitName: props.unitName, columnLabel: props.columnLabel, how, otherTab: tHistory('history_otherTab') });
    downloadText(text, `lich-su-thay-doi-${props.session.plan()?.id ?? 'ke-hoach'}.csv`, 'text/csv;charset=utf-8');
  };
  const entry = (i: Item) => (
    <li data-testid="history-entry" data-old={historyValueText(i.field, i.before, 'en')} data-new={historyValueText(i.field, i.after, 'en')} data-how={i.how}
      data-unit={i.code} data-col={fieldColumn(i.field)} data-tab={i.otherTab ? 'other' : 'this'}>
      <div class="history-when">{when(i.at)}<Show when={i.otherTab}> · <em>{tHistory('history_otherTab')}</em></Show></div>
      <Show when={props.target === 'all'}><div class="history-where">{props.unitName(i.code)} · {props.columnLabel(fieldColumn(i.field))}</div></Show>
      <div class="history-change">
        <span class="history-old">{historyValueText(i.field, i.before, props.locale) || '—'}</span> → <span class="history-new">{historyValueText(i.field, i.after, props.locale) || '—'}</span>
      </div>
      <div class="history-how muted">{how(i)}</div>
    </li>
  );
  return (
    <aside class="panel history-panel" data-testid="history-panel" data-region="history" aria-label={tHistory('history_title')}
      data-target={props.target === 'all' ? 'all' : `${props.target.code}:${fieldColumn(props.target.field)}`}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); props.onClose(); } }}>
      <h2>{tHistory('history_title')}</h2>
      <p class="history-target" data-testid="history-target">{title()}</p>
      <p class="muted small" data-testid="history-bound">{tHistory('history_bound', { n: formatCount(JOURNAL_LIMIT, props.locale) })}</p>
      <div class="history-actions">
        <Show when={props.target !== 'all'}>
          <button type="button" data-testid="history-show-all" onClick={() => props.onTarget('all')}>{tHistory('history_showAll')}</button>
        </Show>
        <select data-testid="history-csv-dialect" aria-label={tHistory('history_csvDialect')} value={dialect()} onChange={(e) => setDialect(e.currentTarget.value === 'standard' ? 'standard' : 'excel-vn')}>
          <option value="excel-vn">{t('dialectExcelVn')}</option>
          <option value="standard">{t('dialectStandard')}</option>
        </select>
        <button type="button" data-testid="history-export" disabled={list().length === 0} onClick={exportCsv}>{tHistory('history_export')}</button>
        <button type="button" data-testid="history-close" onClick={() => props.onClose()}>{tHistory('history_close')}</button>
      </div>
      <Show when={!items.loading || items.latest} fallback={<p class="muted">{t('loading')}</p>}>
        <Show when={list().length > 0} fallback={<p class="muted" data-testid="history-empty">{tHistory('history_none')}</p>}>
          <ol class="history-list" data-testid="history-list" data-count={list().length}>
            <For each={list().slice(0, SHOWN)}>{entry}</For>
          </ol>
          <Show when={list().length > SHOWN}><p class="muted small">{tHistory('history_more', { n: formatCount(list().length - SHOWN, props.locale) })}</p></Show>
        </Show>
      </Show>
    </aside>
  );
}
