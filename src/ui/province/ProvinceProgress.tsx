import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Indicator } from '../../domain/indicators';
import { provinceMonthsOf, provinceTable, type DistrictPlan } from '../../domain/monitoring/provinceProgress';
import { rankRows, STATUS_ORDER, statusCounts } from '../../domain/monitoring/monitoringTable';
import { provinceReport } from '../../domain/monitoring/report';
import { downloadReportCsv, downloadReportHtml } from '../monitoring/report/reportExports';
import type { MonthKey } from '../../domain/monitoring/resultKey';
import { language } from '../../state/language';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { rateText, rateValue, requiredText, statusClass, statusText } from '../monitoring/progressText';

/** `2023-10` → `10/2023`, as Vietnamese offices write a month. */
export const monthLabel = (month: string): string => `${Number(month.slice(5))}/${month.slice(0, 4)}`;

/**
 * The districts' progress at a month, from the monthly results their plan files carry: each district's own
 * aggregate (ΣN / ΣD over its communes) per indicator with its status, ranked best first, the province's total,
 * and the districts behind with the rate they need for the months left.
 */
export function ProvinceProgress(props: { districts: readonly DistrictPlan[]; indicators: readonly Indicator[]; provinceIndicators?: readonly Indicator[]; issuer?: string }) {
  const months = createMemo(() => provinceMonthsOf(props.districts));
  const latestWithFigures = () => {
    const all = months();
    for (let k = all.length - 1; k >= 0; k--) {
      const table = provinceTable(props.districts, props.indicators, all[k]!);
      if (table.rows.some((row) => [...row.cells.values()].some((c) => c.entry.d !== null))) return all[k]!;
    }
    return all[0];
  };
  const [chosen, setChosen] = createSignal<MonthKey>();
  const month = () => chosen() ?? latestWithFigures();
  const table = createMemo(() => (month() ? provinceTable(props.districts, props.indicators, month()!, props.provinceIndicators) : undefined));
  const ids = () => props.indicators.map((i) => i.id);
  const ranked = createMemo(() => (table() ? rankRows(table()!.rows, ids()) : []));
  const behind = createMemo(() => ranked().flatMap((row) => props.indicators
    .map((ind) => ({ row, ind, p: row.cells.get(ind.id)!.progress }))
    .filter((x) => x.p.status === 'behind' || x.p.status === 'at-risk')));

  // The monthly report over the districts, as a plan's report is over its communes (the same model, markup and files).
  const exportReport = (kind: 'html' | 'csv') => {
    const report = provinceReport(props.districts, props.indicators, month()!, props.issuer || t('provinceProgressTotal'), props.provinceIndicators);
    if (!report) return;
    const name = { name: props.issuer || t('consolidationTitle') };
    if (kind === 'html') downloadReportHtml(name, report, language());
    else downloadReportCsv(name, report, language());
  };

  return (
    <Show when={months().length > 0 && table()}>
      {(tbl) => (
        <section class="panel province-progress" data-testid="province-progress">
          <div class="page-heading">
            <h2>{t('provinceProgressTitle', { month: monthLabel(tbl().month) })}</h2>
            <button type="button" data-testid="province-report-html" onClick={() => exportReport('html')}>{t('provinceReportHtml')}</button>
            <button type="button" data-testid="province-report-csv" onClick={() => exportReport('csv')}>{t('provinceReportCsv')}</button>
            <label>{t('provinceProgressMonth')}{' '}
              <select data-testid="month" value={tbl().month} onChange={(e) => setChosen(e.currentTarget.value as MonthKey)}>
                <For each={months()}>{(m) => <option value={m}>{monthLabel(m)}</option>}</For>
              </select>
            </label>
          </div>
          <p class="muted">{t('provinceProgressRule')}</p>
          <div class="table-scroll">
            <table class="consolidation-table" data-testid="province-ranking">
              <thead>
                <tr><th>{t('provinceProgressRank')}</th><th>{t('colAllocatingUnit')}</th>
                  <For each={props.indicators}>{(ind) => <th colSpan={2}>{indicatorName(ind, language())}</th>}</For></tr>
              </thead>
              <tbody>
                <For each={ranked()}>
                  {(row, k) => (
                    <tr data-unit={row.code} data-rank={k() + 1}>
                      <td>{k() + 1}</td><th scope="row">{row.name}</th>
                      <For each={props.indicators}>
                        {(ind) => {
                          const p = () => row.cells.get(ind.id)!.progress;
                          return <>
                            <td class="num" data-col={`rate.${ind.id}`} data-value={rateValue(p())}>{rateText(p(), language())}</td>
                            <td data-col={`status.${ind.id}`} data-status={p().status}><span class={statusClass(p().status)}>{statusText(p().status)}</span></td>
                          </>;
                        }}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
              <tfoot>
                <tr class="total" data-unit="aggregate">
                  <td /><th scope="row">{t('provinceProgressTotal')}</th>
                  <For each={props.indicators}>
                    {(ind) => {
                      const p = () => tbl().aggregate.get(ind.id)!;
                      return <>
                        <td class="num" data-col={`rate.${ind.id}`} data-value={rateValue(p())}>{rateText(p(), language())}</td>
                        <td data-col={`status.${ind.id}`} data-status={p().status}><span class={statusClass(p().status)}>{statusText(p().status)}</span></td>
                      </>;
                    }}
                  </For>
                </tr>
              </tfoot>
            </table>
          </div>
          <table class="consolidation-table status-counts" data-testid="province-status-counts">
            <thead><tr><th>{t('provinceProgressCountsHead')}</th><For each={STATUS_ORDER}>{(st) => <th><span class={statusClass(st)}>{statusText(st)}</span></th>}</For></tr></thead>
            <tbody>
              <For each={props.indicators}>
                {(ind) => {
                  const c = () => statusCounts(tbl().rows, ind.id);
                  return <tr data-indicator={ind.id}><th scope="row">{indicatorName(ind, language())}</th>
                    <For each={STATUS_ORDER}>{(st) => <td class="num" data-status={st}>{c()[st]}</td>}</For></tr>;
                }}
              </For>
            </tbody>
          </table>
          <Show when={behind().length > 0} fallback={<p data-testid="province-behind-none">{t('provinceProgressNoneBehind')}</p>}>
            <h3>{t('provinceProgressBehind')}</h3>
            <ul data-testid="province-behind">
              <For each={behind()}>
                {(x) => <li data-unit={x.row.code} data-indicator={x.ind.id}>
                  {x.row.name} · {indicatorName(x.ind, language())}: <span class={statusClass(x.p.status)}>{statusText(x.p.status)}</span>{' '}
                  {t('provinceProgressNeeds', { rate: rateText(x.p, language()), required: requiredText(x.p, language()) })}
                </li>}
              </For>
            </ul>
          </Show>
        </section>
      )}
    </Show>
  );
}
