import { createMemo, createSignal, For, Show } from 'solid-js';
import { ValidationIndex } from '../../domain/validationIndex';
import type { CsvDialectId } from '../../io/csvDialect';
import { serializeConsolidationCsv } from '../../io/csvExport';
import { safeFileName } from '../../io/serializePlanFile';
import { clearConsolidation, consolidationProblems, consolidationView } from '../../state/consolidation';
import { language } from '../../state/language';
import { routeHref } from '../../state/router';
import { downloadText } from '../files/download';
import { ExportCsvDialog } from '../files/ExportCsvDialog';
import { fileProblemMessage } from '../i18n/fileText';
import { aggregateCellText, indicatorName, verdictText } from '../i18n/issueText';
import { t } from '../i18n/t';
import { PlanTable } from '../plan/PrintAppendix';

/**
 * The province's view of many districts' plan files (chosen together with the import button, or dropped):
 * one row per district, its aggregate per indicator against its assignment, errors, status, when and from
 * which file; a row opens the district's units, read-only. The table exports as CSV.
 */
export function ConsolidationPage() {
  const view = consolidationView;
  const [open, setOpen] = createSignal<string>();
  const [exporting, setExporting] = createSignal(false);
  const indicators = () => view().indicators;
  const opened = createMemo(() => view().rows.find((r) => r.key === open()));
  const when = (iso: string) => new Date(iso).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

  const exportCsv = (dialect: CsvDialectId) => {
    const text = serializeConsolidationCsv(view().rows, view().indicators, {
      unit: t('colAllocatingUnit'), period: t('colPeriod'), statusHeader: t('colStatus'),
      status: (s) => (s === 'ready' ? t('statusReady') : t('statusDraft')), errors: t('consolidationErrors'), warnings: t('consolidationWarnings'),
      indicator: (name) => `${name} - ${t('consolidationAggregate')}`, meets: (name) => `${name} - ${t('consolidationMeets')}`,
      verdict: (x) => verdictText(x.verdict, x.withTarget, x.unitCount, language()), exportedAt: t('consolidationExportedAt'), file: t('consolidationFile'),
      indicatorName: (i) => indicatorName(i, language()),
    }, dialect);
    downloadText(text, `${safeFileName(t('consolidationTitle'), view().rows[0]?.plan.period ?? '')}.csv`, 'text/csv;charset=utf-8');
    setExporting(false);
  };

  return (
    <section class="consolidation" data-testid="consolidation">
      <div class="page-heading">
        <a href={routeHref({ page: 'list' })}>{t('backToList')}</a>
        <h1>{t('consolidationTitle')}</h1>
        <span class="spacer" />
        <button type="button" data-testid="export-consolidation" disabled={view().rows.length === 0} onClick={() => setExporting(true)}>{t('exportCsv')}</button>
        <button type="button" class="danger" onClick={() => { clearConsolidation(); setOpen(undefined); }}>{t('consolidationClear')}</button>
      </div>
      <p class="muted">{t('consolidationHelp')}</p>
      <For each={view().superseded}>
        {(s) => <p class="notice notice-warning" data-testid="consolidation-superseded">{t('consolidationSuperseded', { unit: s.unit, period: s.period, kept: s.keptFileName, dropped: s.fileName })}</p>}
      </For>
      <For each={consolidationProblems()}>{(p) => <p class="notice notice-error" data-testid="consolidation-problem">{fileProblemMessage(p)}</p>}</For>
      <Show when={view().rows.length > 0} fallback={<p class="empty">{t('consolidationEmpty')}</p>}>
        <div class="table-scroll">
          <table class="table consolidation-table">
            <thead>
              <tr>
                <th>{t('colAllocatingUnit')}</th><th>{t('colPeriod')}</th><th>{t('colStatus')}</th>
                <th class="num">{t('consolidationErrors')}</th><th class="num">{t('consolidationWarnings')}</th>
                <For each={indicators()}>{(i) => <th class="num" title={indicatorName(i, language())}>{indicatorName(i, language())}</th>}</For>
                <th>{t('consolidationExportedAt')}</th><th>{t('consolidationFile')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={view().rows}>
                {(row) => (
                  <tr data-testid="consolidation-row" data-unit={row.plan.allocatingUnit} data-errors={row.errors} classList={{ selected: open() === row.key }}>
                    <td>
                      <button type="button" class="link" onClick={() => setOpen(open() === row.key ? undefined : row.key)}>{row.plan.allocatingUnit || row.plan.name}</button>
                      <Show when={row.assignmentDiffers}>
                        <span class="differs" data-testid="consolidation-differs" title={t('consolidationDiffers')}> ⚠ {t('consolidationDiffersShort')}</span>
                      </Show>
                    </td>
                    <td>{row.plan.period}</td>
                    <td><span class={`status status-${row.plan.status}`}>{row.plan.status === 'ready' ? t('statusReady') : t('statusDraft')}</span></td>
                    <td class="num" classList={{ 'cell-error': row.errors > 0 }}>{row.errors}</td>
                    <td class="num">{row.warnings}</td>
                    <For each={indicators()}>
                      {(i) => {
                        const x = () => row.indicators.find((y) => y.indicatorId === i.id);
                        return (
                          <td class="num" classList={{ 'cell-pass': x()?.verdict === 'pass', 'cell-error': x()?.verdict === 'fail', 'cell-incomplete': x()?.verdict === 'incomplete' || x()?.verdict === 'empty' }}
                            data-indicator={i.id} data-verdict={x()?.verdict ?? 'empty'} title={x() ? verdictText(x()!.verdict, x()!.withTarget, x()!.unitCount, language()) : ''}>
                            {x() ? aggregateCellText(x()!.aggregate, x()!.verdict, x()!.withTarget, x()!.unitCount, language()) : '—'}
                          </td>
                        );
                      }}
                    </For>
                    <td>{when(row.exportedAt)}</td>
                    <td class="muted">{row.fileName}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
      <Show when={opened()}>
        {(row) => (
          <section class="panel" data-testid="consolidation-detail">
            <h2>{row().plan.allocatingUnit} · {row().plan.period} · {row().plan.name}</h2>
            <p class="muted">{t('consolidationReadOnly')}</p>
            <div class="table-scroll"><PlanTable plan={row().plan} totals={new ValidationIndex(row().plan).totals()} locale={language()} /></div>
          </section>
        )}
      </Show>
      <Show when={exporting()}><ExportCsvDialog onClose={() => setExporting(false)} onExport={exportCsv} /></Show>
    </section>
  );
}
