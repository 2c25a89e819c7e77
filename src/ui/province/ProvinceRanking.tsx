import { For } from 'solid-js';
import type { Indicator } from '../../domain/indicators';
import type { MonitoringRow, MonitoringTable } from '../../domain/monitoring/monitoringTable';
import type { Progress } from '../../domain/monitoring/progress';
import type { IndicatorId } from '../../domain/ids';
import { language } from '../../state/language';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { progressStatusText, rateText, rateValue, statusClass } from '../monitoring/progressText';
import { tProvince } from '../i18n/provinceText';

/** The districts ranked best first, each one's rate and status per indicator, and the province's total under them. */
export function ProvinceRanking(props: { table: MonitoringTable; ranked: MonitoringRow[]; indicators: readonly Indicator[] }) {
  return (
    <div class="table-scroll">
      <table class="consolidation-table" data-testid="province-ranking">
        <thead>
          <tr><th>{tProvince('provinceProgressRank')}</th><th>{t('colAllocatingUnit')}</th>
            <For each={props.indicators}>{(ind) => <th colSpan={2}>{indicatorName(ind, language())}</th>}</For></tr>
        </thead>
        <tbody>
          <For each={props.ranked}>
            {(row, k) => (
              <tr data-unit={row.code} data-rank={k() + 1}>
                <td>{k() + 1}</td><th scope="row">{row.name}</th>
                <ProgressCells indicators={props.indicators} progress={(id) => row.cells.get(id)!.progress} />
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr class="total" data-unit="aggregate">
            <td /><th scope="row">{tProvince('provinceProgressTotal')}</th>
            <ProgressCells indicators={props.indicators} progress={(id) => props.table.aggregate.get(id)!} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** A row's two cells per indicator: the rate so far and the status. */
function ProgressCells(props: { indicators: readonly Indicator[]; progress: (id: IndicatorId) => Progress }) {
  return (
    <For each={props.indicators}>
      {(ind) => {
        const p = () => props.progress(ind.id);
        return <>
          <td class="num" data-col={`rate.${ind.id}`} data-value={rateValue(p())}>{rateText(p(), language())}</td>
          <td data-col={`status.${ind.id}`} data-status={p().status}><span class={statusClass(p().status)}>{progressStatusText(p(), language())}</span></td>
        </>;
      }}
    </For>
  );
}
