import { createMemo, createSignal, Show } from 'solid-js';
import type { PlanId } from '../../../domain/ids';
import { latestReportedMonth, monthlyReport } from '../../../domain/monitoring/report';
import { isMonthKey, periodMonths, type MonthKey } from '../../../domain/monitoring/resultKey';
import { language } from '../../../state/language';
import { createPlanSession } from '../../../state/planSession';
import { routeHref } from '../../../state/router';
import { useApp } from '../../appContext';
import { t } from '../../i18n/t';
import { tm } from '../text';
import { downloadReportCsv, downloadReportHtml, downloadReportXlsx } from './reportExports';
import { reportMarkupInParts } from './reportMarkup';
import { RANKING_PAGES_AT_ONCE, ReportSheet } from './ReportSheet';
import { adoptReportSheet, createDocumentTitle, timed } from './reportPageSetup';
import { reportTitle } from './reportText';
import { ReportToolbar, type ReportExportKind } from './ReportToolbar';

const DOWNLOADS = { html: downloadReportHtml, csv: downloadReportCsv, xlsx: downloadReportXlsx };

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
  const built = createMemo(() => {
    const r = report();
    return r ? timed('dvctt:report-markup', () => reportMarkupInParts(r, language(), RANKING_PAGES_AT_ONCE)) : undefined;
  });
  adoptReportSheet();
  createDocumentTitle(() => {
    const r = report();
    return r ? `${reportTitle(r.monthNumber, r.year)} — ${plan()?.name ?? ''}` : undefined;
  });

  /** Writes the file of that kind; a failure is said above the report. */
  const exportAs = (kind: ReportExportKind) => {
    const p = plan();
    const r = report();
    if (!p || !r) return;
    setMessage('');
    Promise.resolve().then(() => DOWNLOADS[kind](p, r, language())).catch((e: unknown) => {
      console.error(e);
      setMessage(tm('report_exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    });
  };

  return (
    <section class="report-page" data-testid="report-page">
      <Show when={session.loadState() !== 'missing' && session.loadState() !== 'damaged'}
        fallback={<div class="empty"><p>{t('planMissing')}</p><a href={routeHref({ page: 'list' })}>{t('backToList')}</a></div>}>
        <Show when={plan()} fallback={<p class="muted">{t('loading')}</p>}>
          {(current) => (
            <>
              <ReportToolbar plan={current()} month={month()} hasReport={!!report()} onExport={exportAs} />
              <Show when={message()}><p class="notice notice-error report-tools" role="alert">{message()}</p></Show>
              <Show when={built()} fallback={<p class="notice notice-warning report-tools" data-testid="report-outside">
                {periodMonths(current().period).length === 0 ? tm('report_noPeriod') : tm('report_outside', { month: month() ?? '', period: current().period })}</p>}>
                {(b) => <ReportSheet built={b()} locale={language()} />}
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
