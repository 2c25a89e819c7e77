import { createEffect, createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import type { PlanId } from '../../../domain/ids';
import { latestReportedMonth, monthlyReport } from '../../../domain/monitoring/report';
import { isMonthKey, periodMonths, type MonthKey } from '../../../domain/monitoring/resultKey';
import { language } from '../../../state/language';
import { createPlanSession } from '../../../state/planSession';
import { navigate, routeHref } from '../../../state/router';
import { useApp } from '../../appContext';
import { t } from '../../i18n/t';
import { monthText, tm } from '../text';
import { REPORT_CSS, REPORT_PAGE_CSS } from './reportCss';
import { downloadReportCsv, downloadReportHtml, downloadReportXlsx } from './reportExports';
import { reportMarkup } from './reportMarkup';
import { reportTitle } from './reportText';

/** Runs `work` under a performance measure of that name (read by the benchmark and the developer tools). */
function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  const out = work();
  performance.measure(name, { start, end: performance.now() });
  return out;
}

/**
 * The monthly report of a plan (`#/plans/<id>/report/<YYYY-MM>`): the report itself, as it prints and as it is
 * published, with a month to choose, printing and the three exports above it (not printed). The report follows
 * the stored plan: another tab's figures show as soon as they are stored.
 */
export function ReportPage(props: { planId: PlanId; month: string | undefined }) {
  // eslint-disable-next-line solid/reactivity -- the page is keyed on the plan id
  const session = createPlanSession(useApp().plans, props.planId);
  const [message, setMessage] = createSignal('');
  const plan = session.plan;
  const month = createMemo((): MonthKey | null => {
    const p = plan();
    if (!p) return null;
    return props.month && isMonthKey(props.month) ? props.month : latestReportedMonth(p);
  });
  const report = createMemo(() => {
    const p = plan();
    const m = month();
    return p && m ? timed('dvctt:report-model', () => monthlyReport(p, m)) : null;
  });
  const markup = createMemo(() => {
    const r = report();
    return r ? timed('dvctt:report-markup', () => reportMarkup(r, language())) : '';
  });
  // The report's style sheet, the very text the published file carries. Adopted rather than put in a <style>:
  // the app's Content-Security-Policy refuses inline style elements, not style sheets built through the CSSOM.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(REPORT_CSS + REPORT_PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  onCleanup(() => { document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet); });
  // "Save as PDF" and the browser's history name the page after the report.
  const appTitle = document.title;
  createEffect(() => {
    const r = report();
    if (r) document.title = `${reportTitle(r.monthNumber, r.year)} — ${plan()?.name ?? ''}`;
  });
  onCleanup(() => { document.title = appTitle; });

  const run = (action: () => void | Promise<void>) => {
    setMessage('');
    Promise.resolve().then(action).catch((e: unknown) => {
      console.error(e);
      setMessage(tm('report_exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    });
  };
  const withReport = (write: (p: NonNullable<ReturnType<typeof plan>>, r: NonNullable<ReturnType<typeof report>>) => void | Promise<void>) => {
    const p = plan();
    const r = report();
    if (p && r) run(() => write(p, r));
  };

  return (
    <section class="report-page" data-testid="report-page">
      <Show when={session.loadState() !== 'missing' && session.loadState() !== 'damaged'}
        fallback={<div class="empty"><p>{t('planMissing')}</p><a href={routeHref({ page: 'list' })}>{t('backToList')}</a></div>}>
        <Show when={plan()} fallback={<p class="muted">{t('loading')}</p>}>
          {(current) => (
            <>
              <div class="report-tools toolbar" role="toolbar" aria-label={tm('report_pageLabel')}>
                <a class="back" href={routeHref({ page: 'plan', planId: current().id })}>{tm('report_back')}</a>
                <label>{tm('report_monthSelect')}{' '}
                  <select data-testid="month" value={month() ?? ''}
                    onChange={(e) => navigate({ page: 'plan', planId: current().id, view: 'report', month: e.currentTarget.value })}>
                    <For each={periodMonths(current().period)}>{(m) => <option value={m}>{monthText(m)}</option>}</For>
                  </select>
                </label>
                <button type="button" class="primary" data-testid="report-print" disabled={!report()} onClick={() => window.print()}>{tm('report_print')}</button>
                <button type="button" data-testid="export-report-html" disabled={!report()} onClick={() => withReport((p, r) => downloadReportHtml(p, r, language()))}>{tm('report_exportHtml')}</button>
                <button type="button" data-testid="export-report-csv" disabled={!report()} onClick={() => withReport((p, r) => downloadReportCsv(p, r, language()))}>{tm('report_exportCsv')}</button>
                <button type="button" data-testid="export-report-xlsx" disabled={!report()} onClick={() => withReport((p, r) => downloadReportXlsx(p, r, language()))}>{tm('report_exportXlsx')}</button>
              </div>
              <Show when={message()}><p class="notice notice-error report-tools" role="alert">{message()}</p></Show>
              <Show when={report()} fallback={<p class="notice notice-warning report-tools" data-testid="report-outside">
                {periodMonths(current().period).length === 0 ? tm('report_noPeriod') : tm('report_outside', { month: month() ?? '', period: current().period })}</p>}>
                {/* The report's markup is built as text (reportMarkup.ts), every value escaped there, so that the page, the
                    print and the published file are one text; a test holds that text to no script, handler or outside reference. */}
                {/* eslint-disable-next-line solid/no-innerhtml -- escaped markup of our own, see above */}
                <div class="report-sheet" innerHTML={markup()} />
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
