import { For, Show } from 'solid-js';
import type { Indicator } from '../../domain/indicators';
import type { DistrictPlan } from '../../domain/monitoring/provinceProgress';
import { STATUS_ORDER, statusCounts, type MonitoringRow } from '../../domain/monitoring/monitoringTable';
import { provinceReport } from '../../domain/monitoring/report';
import { downloadReportCsv, downloadReportHtml } from '../monitoring/report/reportExports';
import type { MonthKey } from '../../domain/monitoring/resultKey';
import { language } from '../../state/language';
import { indicatorName } from '../i18n/issueText';
import { rateText, requiredText, statusClass, statusText } from '../monitoring/progressText';
import { createProvinceProgress, type BehindLine } from './createProvinceProgress';
import { ProvinceRanking } from './ProvinceRanking';
import { tProvince } from '../i18n/provinceText';

/** `2023-10` → `10/2023`, as Vietnamese offices write a month. */
export const monthLabel = (month: string): string => `${Number(month.slice(5))}/${month.slice(0, 4)}`;

/**
 * The districts' progress at a month, from the monthly results their plan files carry: each district's own
 * aggregate (ΣN / ΣD over its communes) per indicator with its status, ranked best first, the province's total,
 * and the districts behind with the rate they need for the months left.
 */
export function ProvinceProgress(props: { districts: readonly DistrictPlan[]; indicators: readonly Indicator[]; provinceIndicators?: readonly Indicator[]; issuer?: string }) {
  const progress = createProvinceProgress(props);

  // The monthly report over the districts, as a plan's report is over its communes (the same model, markup and files).
  const exportReport = (kind: 'html' | 'csv') => {
    const report = provinceReport(props.districts, props.indicators, progress.month()!, props.issuer || tProvince('provinceProgressTotal'), props.provinceIndicators);
    if (!report) return;
    const name = { name: props.issuer || tProvince('consolidationTitle') };
    if (kind === 'html') downloadReportHtml(name, report, language());
    else downloadReportCsv(name, report, language());
  };

  return (
    <Show when={progress.months().length > 0 && progress.table()}>
      {(tbl) => (
        <section class="panel province-progress" data-testid="province-progress">
          <div class="page-heading">
            <h2>{tProvince('provinceProgressTitle', { month: monthLabel(tbl().month) })}</h2>
            <button type="button" data-testid="province-report-html" onClick={() => exportReport('html')}>{tProvince('provinceReportHtml')}</button>
            <button type="button" data-testid="province-report-csv" onClick={() => exportReport('csv')}>{tProvince('provinceReportCsv')}</button>
            <label>{tProvince('provinceProgressMonth')}{' '}
              <select data-testid="month" value={tbl().month} onChange={(e) => progress.setMonth(e.currentTarget.value as MonthKey)}>
                <For each={progress.months()}>{(m) => <option value={m}>{monthLabel(m)}</option>}</For>
              </select>
            </label>
          </div>
          <p class="muted">{tProvince('provinceProgressRule')}</p>
          <ProvinceRanking table={tbl()} ranked={progress.ranked()} indicators={props.indicators} />
          <ProvinceStatusCounts rows={tbl().rows} indicators={props.indicators} />
          <ProvinceBehind lines={progress.behind()} />
        </section>
      )}
    </Show>
  );
}

/** How many districts are in each status, per indicator. */
function ProvinceStatusCounts(props: { rows: readonly MonitoringRow[]; indicators: readonly Indicator[] }) {
  return (
    <table class="consolidation-table status-counts" data-testid="province-status-counts">
      <thead><tr><th>{tProvince('provinceProgressCountsHead')}</th><For each={STATUS_ORDER}>{(st) => <th><span class={statusClass(st)}>{statusText(st)}</span></th>}</For></tr></thead>
      <tbody>
        <For each={props.indicators}>
          {(ind) => {
            const c = () => statusCounts(props.rows, ind.id);
            return <tr data-indicator={ind.id}><th scope="row">{indicatorName(ind, language())}</th>
              <For each={STATUS_ORDER}>{(st) => <td class="num" data-status={st}>{c()[st]}</td>}</For></tr>;
          }}
        </For>
      </tbody>
    </table>
  );
}

/** The districts behind or at risk, per indicator, with the rate they need for the months left. */
function ProvinceBehind(props: { lines: BehindLine[] }) {
  return (
    <Show when={props.lines.length > 0} fallback={<p data-testid="province-behind-none">{tProvince('provinceProgressNoneBehind')}</p>}>
      <h3>{tProvince('provinceProgressBehind')}</h3>
      <ul data-testid="province-behind">
        <For each={props.lines}>
          {(x) => <li data-unit={x.row.code} data-indicator={x.ind.id}>
            {x.row.name} · {indicatorName(x.ind, language())}: <span class={statusClass(x.p.status)}>{statusText(x.p.status)}</span>{' '}
            {tProvince('provinceProgressNeeds', { rate: rateText(x.p, language()), required: requiredText(x.p, language()) })}
          </li>}
        </For>
      </ul>
    </Show>
  );
}
