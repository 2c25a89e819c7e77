import { For } from 'solid-js';
import { periodMonths, type MonthKey } from '../../../domain/monitoring/resultKey';
import type { Plan } from '../../../domain/plan';
import { navigate, routeHref } from '../../../state/router';
import { monthText, tm } from '../text';

export type ReportExportKind = 'html' | 'csv' | 'xlsx';

/** Above the report, not printed: back to the plan, the month, printing and the three exports. */
export function ReportToolbar(props: { plan: Plan; month: MonthKey | null; hasReport: boolean; onExport: (kind: ReportExportKind) => void }) {
  return (
    <div class="report-tools toolbar" role="toolbar" aria-label={tm('report_pageLabel')}>
      <a class="back" href={routeHref({ page: 'plan', planId: props.plan.id })}>{tm('report_back')}</a>
      <label>{tm('report_monthSelect')}{' '}
        <select data-testid="month" value={props.month ?? ''}
          onChange={(e) => navigate({ page: 'plan', planId: props.plan.id, view: 'report', month: e.currentTarget.value })}>
          <For each={periodMonths(props.plan.period)}>{(m) => <option value={m}>{monthText(m)}</option>}</For>
        </select>
      </label>
      <button type="button" class="primary" data-testid="report-print" disabled={!props.hasReport} onClick={() => window.print()}>{tm('report_print')}</button>
      <button type="button" data-testid="export-report-html" disabled={!props.hasReport} onClick={() => props.onExport('html')}>{tm('report_exportHtml')}</button>
      <button type="button" data-testid="export-report-csv" disabled={!props.hasReport} onClick={() => props.onExport('csv')}>{tm('report_exportCsv')}</button>
      <button type="button" data-testid="export-report-xlsx" disabled={!props.hasReport} onClick={() => props.onExport('xlsx')}>{tm('report_exportXlsx')}</button>
    </div>
  );
}
