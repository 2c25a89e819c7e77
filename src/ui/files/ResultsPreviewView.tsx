import { For, Show } from 'solid-js';
import type { Indicator } from '../../domain/indicators';
import { periodMonths, type MonthKey } from '../../domain/monitoring/resultKey';
import { formatCount, formatRate, type Rate } from '../../domain/rate';
import type { ResultChange, ResultsPreview } from '../../io/resultsImport';
import { columnLetter } from '../../io/columnLetter';
import { language } from '../../state/language';
import type { ResultsReading } from '../../state/resultsFile';
import { t } from '../i18n/t';
import { countColumnName, monthWords, resultsProblemMessage } from './resultsText';
import { tResults } from '../i18n/resultsText';
import { tFiles } from '../i18n/filesText';

const count = (n: number) => formatCount(n, language());
const SHOWN_CHANGES = 50;

type Read = Extract<ResultsReading, { ok: true }>;

/**
 * A month's statistics before anything is written: the months it covers (in words), the units matched, every
 * figure it changes old → new, the rows set apart (other districts), and every problem with its row and column.
 * One problem refuses the whole file: Apply is then not offered, so nothing is ever half-applied.
 */
export function ResultsPreviewView(props: { reading: Read; indicators: readonly Indicator[]; period: string;
  onMonth: (month: MonthKey) => void; onApply: (preview: ResultsPreview) => void; onClose: () => void }) {
  const p = () => props.reading.preview;
  const byId = () => new Map(props.indicators.map((i) => [i.id as string, i]));
  const months = () => (p().months.length > 0 ? p().months : [props.reading.month]).map(monthWords).join(', ');
  const refused = () => p().problemCount > 0;
  const canApply = () => !refused() && p().patches.length > 0;
  const shown = (c: ResultChange, v: number | null) => (v === null ? '—' : c.part === 'r' ? `${formatRate(v as Rate, language())} %` : count(v));
  return (
    <div class="import-preview" data-testid="import-preview" data-kind="results" data-months={p().months.join(' ')} data-month={props.reading.month}
      data-units={p().units} data-adds={0} data-updates={p().changeCount} data-unchanged={p().unchanged} data-problems={p().problemCount} data-set-apart={p().setApart.rows}>
      <p class="import-summary"><strong data-testid="results-summary">{tResults('results_summary', { months: months(), units: count(p().units), changes: count(p().changeCount), problems: count(p().problemCount) })}</strong></p>
      <Show when={props.reading.sheet}>{(sheet) => <p class="muted">{tResults('results_sheet', { sheet: sheet() })}</p>}</Show>
      <Show when={!p().monthColumn} fallback={<p data-testid="results-months">{tResults('results_monthsInFile', { months: months() })}</p>}>
        <p data-testid="results-months">{tResults('results_noMonthColumn', { month: monthWords(props.reading.month) })}</p>
        <label class="field inline"><span>{tResults('results_pickMonth')}</span>
          <select data-testid="results-month" value={props.reading.month} onChange={(e) => props.onMonth(e.currentTarget.value as MonthKey)}>
            <For each={periodMonths(props.period)}>{(m) => <option value={m}>{monthWords(m)}</option>}</For>
          </select>
        </label>
      </Show>
      <p class="muted">{tResults('results_columns', { columns: p().countColumns.map((c) => `«${c.header}» → ${countColumnName(byId().get(c.indicatorId), c.indicatorId, c.part)}`).join('; ') })}</p>
      <Show when={p().ignoredColumns.length > 0}>
        <p class="muted" data-testid="import-ignored">{tFiles('importIgnored', { columns: p().ignoredColumns.map((c) => (c.header ? `«${c.header}»` : t('untitledColumn', { column: columnLetter(c.column) }))).join(', ') })}</p>
      </Show>
      <Show when={p().matchedByName > 0}><p class="muted">{tResults('results_byName', { n: count(p().matchedByName) })}</p></Show>
      <Show when={p().zerosRestored > 0}><p class="muted">{tResults('results_zeros', { n: count(p().zerosRestored) })}</p></Show>
      <Show when={p().setApart.rows > 0}><p class="muted" data-testid="results-set-apart">{tResults('results_setApart', { n: count(p().setApart.rows), districts: p().setApart.districts.join(', ') })}</p></Show>
      <Show when={p().skippedRows > 0}><p class="muted">{tResults('results_skipped', { n: count(p().skippedRows) })}</p></Show>
      <Show when={p().divZeroRates > 0}><p class="muted" data-testid="results-div-zero">{tResults('results_divZeroRates', { n: count(p().divZeroRates) })}</p></Show>
      <Show when={refused()}>
        <p class="notice notice-error" role="alert" data-testid="results-refused">{tResults('results_refused', { n: count(p().problemCount) })}</p>
        <ul class="import-problems" role="list">
          <For each={p().problems}>
            {(problem) => <li data-testid="import-problem" data-line={problem.line} data-column={problem.column} data-code={problem.code}>{resultsProblemMessage(problem)}</li>}
          </For>
          <Show when={p().problemCount > p().problems.length}><li>{tResults('results_moreProblems', { n: count(p().problemCount - p().problems.length) })}</li></Show>
        </ul>
      </Show>
      <Show when={!refused() && p().changeCount > 0}>
        <details open data-testid="import-changes">
          <summary>{tResults('results_changes', { shown: count(Math.min(SHOWN_CHANGES, p().changeCount)), total: count(p().changeCount) })}</summary>
          <table class="table compact">
            <tbody>
              <For each={p().changes.slice(0, SHOWN_CHANGES)}>
                {(c) => (
                  <tr data-testid="results-change" data-unit={c.unit} data-month={c.month} data-column={`${c.part === 'n' ? 'num' : c.part === 'd' ? 'den' : 'rate'}.${c.indicatorId}`}>
                    <td>{c.unit}</td><td>{c.name}</td><td>{monthWords(c.month)}</td>
                    <td>{countColumnName(byId().get(c.indicatorId), c.indicatorId, c.part)}</td>
                    <td>{shown(c, c.before)} → {shown(c, c.after)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </details>
      </Show>
      <Show when={p().unchanged > 0}><p class="muted">{tResults('results_unchanged', { n: count(p().unchanged) })}</p></Show>
      <Show when={!refused() && p().patches.length === 0}><p class="muted">{tResults('results_nothing')}</p></Show>
      <div class="dialog-actions">
        <button type="button" data-testid="import-cancel" onClick={() => props.onClose()}>{t('cancel')}</button>
        <button type="button" class="primary" data-testid="import-apply" disabled={!canApply()} onClick={() => props.onApply(p())}>{tFiles('importApply')}</button>
      </div>
    </div>
  );
}
