import { For, Show } from 'solid-js';
import type { Indicator } from '../../domain/indicators';
import type { Unit } from '../../domain/plan';
import { formatCount, formatRate, type Rate } from '../../domain/rate';
import { unitChanges } from '../../domain/unitChanges';
import { language } from '../../state/language';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { SHOWN_CHANGES } from './createCsvChoices';
import { tFiles } from '../i18n/filesText';

/** The first rows a CSV would change, each with every cell it changes; open by default when few units change. */
export function CsvChangesList(props: { changes: { before: Unit | undefined; after: Unit }[]; updates: number; total: number; indicators: readonly Indicator[] }) {
  const count = (n: number) => formatCount(n, language());
  return (
    <Show when={props.changes.length > 0}>
      <details open={props.updates > 0 && props.updates <= SHOWN_CHANGES} data-testid="import-changes">
        <summary>{tFiles('importChanges', { shown: count(props.changes.length), total: count(props.total) })}</summary>
        <table class="table compact">
          <tbody>
            <For each={props.changes}>
              {(c) => (
                <tr data-testid="import-change" data-unit={c.after.code}>
                  <td>{c.after.code}</td>
                  <td>{c.after.name}{c.before ? '' : ` (${tFiles('importNewUnitMark')})`}</td>
                  <td>{c.before ? <CellChanges before={c.before} after={c.after} indicators={props.indicators} /> : ''}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </details>
    </Show>
  );
}

/** Every cell a row would change, old → new ("Hồ sơ trực tuyến · Chỉ tiêu: 64 → 70"), empty shown as "—". */
function CellChanges(props: { before: Unit; after: Unit; indicators: readonly Indicator[] }) {
  const byId = () => new Map(props.indicators.map((i) => [i.id as string, i]));
  const items = () => unitChanges(props.before, props.after, props.indicators.map((i) => i.id)).map((c) => {
    const shown = (v: string | number | null): string => {
      if (v === null || v === '') return '—';
      if (typeof v === 'string') return v;
      return c.field === 'volume' ? formatCount(v, language()) : formatRate(v as Rate, language());
    };
    const ind = 'indicatorId' in c ? byId().get(c.indicatorId) : undefined;
    const label = 'indicatorId' in c ? `${ind ? indicatorName(ind, language()) : c.indicatorId} · ${t(c.field === 'target' ? 'changeTarget' : 'changeBaseline')}` : t(`change_${c.field}`);
    return `${label}: ${shown(c.before)} → ${shown(c.after)}`;
  });
  return <ul class="cell-changes"><For each={items()}>{(text) => <li data-testid="import-cell-change">{text}</li>}</For></ul>;
}
