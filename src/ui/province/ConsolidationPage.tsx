import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import type { ConsolidatedRow } from '../../domain/consolidation';
import { ValidationIndex } from '../../domain/validationIndex';
import type { CsvDialectId } from '../../io/csvDialect';
import { serializeConsolidationCsv } from '../../io/csvExport';
import { safeFileName } from '../../io/serializePlanFile';
import {
  brokenReceivedFiles, chosenProvincePlan, clearConsolidation, consolidationProblems, consolidationView, openConsolidation, receivedNotKept, removeReceivedFile,
} from '../../state/consolidation';
import { language } from '../../state/language';
import { routeHref } from '../../state/router';
import { ConfirmDialog } from '../Dialog';
import { downloadText } from '../files/download';
import { ExportCsvDialog } from '../files/ExportCsvDialog';
import { fileProblemMessage } from '../i18n/fileProblemText';
import { indicatorName, verdictText } from '../i18n/issueText';
import { t } from '../i18n/t';
import { useApp } from '../appContext';
import { PlanTable } from '../plan/PrintAppendix';
import { ConsolidationTable } from './ConsolidationTable';
import { ProvincePlanSelect } from './ProvincePlanSelect';
import { ProvinceProgress } from './ProvinceProgress';
import { totalVerdictText } from './totalText';
import { tProvince } from '../i18n/provinceText';

/**
 * The province's view of many districts' plan files (chosen together with the import button, or dropped, and
 * kept on this computer until cleared): one row per district, its aggregate per indicator against its
 * assignment, errors, status, when and from which file; the member districts of the province's plan that sent
 * nothing; the province total. A row opens the district's units, read-only. The table exports as CSV.
 */
export function ConsolidationPage() {
  const app = useApp();
  const view = consolidationView;
  const [open, setOpen] = createSignal<string>();
  const [exporting, setExporting] = createSignal(false);
  const [clearing, setClearing] = createSignal(false);
  const opened = createMemo(() => view().rows.find((r) => r.key === open()));
  const received = () => view().rows.length + view().superseded.length + brokenReceivedFiles().length;
  const provincePeriod = () => chosenProvincePlan()?.period ?? '';
  onMount(() => { void openConsolidation(app); });

  const exportCsv = (dialect: CsvDialectId) => {
    downloadText(consolidationCsv(view(), provincePeriod(), dialect), `${safeFileName(tProvince('consolidationTitle'), view().rows[0]?.plan.period ?? provincePeriod())}.csv`, 'text/csv;charset=utf-8');
    setExporting(false);
  };
  const remove = (row: ConsolidatedRow) => {
    if (open() === row.key) setOpen(undefined);
    void removeReceivedFile(app, row.receivedId, row.fileName);
  };

  return (
    <section class="consolidation" data-testid="consolidation">
      <div class="page-heading">
        <a href={routeHref({ page: 'list' })}>{t('backToList')}</a>
        <h1>{tProvince('consolidationTitle')}</h1>
        <span class="spacer" />
        <button type="button" data-testid="export-consolidation" disabled={view().rows.length === 0} onClick={() => setExporting(true)}>{t('exportCsv')}</button>
        <button type="button" class="danger" data-testid="consolidation-clear" disabled={received() === 0} onClick={() => setClearing(true)}>{tProvince('consolidationClear')}</button>
      </div>
      <p class="muted">{tProvince('consolidationHelp')} {tProvince('consolidationKept')}</p>
      <ProvincePlanSelect />
      <ConsolidationNotices view={view()} />
      <Show when={view().rows.length > 0} fallback={<p class="empty">{tProvince('consolidationEmpty')}</p>}>
        <ConsolidationTable view={view()} provincePlanName={chosenProvincePlan()?.name} provincePeriod={provincePeriod()} open={open()}
          onToggle={(key) => setOpen(open() === key ? undefined : key)} onRemove={remove} />
        <ProvinceProgress districts={view().rows.map((r) => ({ key: r.key, plan: r.plan }))} indicators={view().indicators}
          provinceIndicators={chosenProvincePlan()?.indicators} issuer={chosenProvincePlan()?.allocatingUnit} />
      </Show>
      <Show when={opened()}>
        {(row) => (
          <section class="panel" data-testid="consolidation-detail">
            <h2>{row().plan.allocatingUnit} · {row().plan.period} · {row().plan.name}</h2>
            <p class="muted">{tProvince('consolidationReadOnly')}</p>
            <div class="table-scroll"><PlanTable plan={row().plan} totals={new ValidationIndex(row().plan).totals()} locale={language()} /></div>
          </section>
        )}
      </Show>
      <Show when={exporting()}><ExportCsvDialog onClose={() => setExporting(false)} onExport={exportCsv} /></Show>
      <Show when={clearing()}>
        <ConfirmDialog title={tProvince('consolidationClearTitle')} text={tProvince('consolidationClearText', { count: received() })} confirmLabel={tProvince('consolidationClear')} danger
          onCancel={() => setClearing(false)} onConfirm={() => { setClearing(false); setOpen(undefined); void clearConsolidation(app); }} />
      </Show>
    </section>
  );
}

/** What the received files say before the table: files not kept, superseded, refused or broken, districts that sent nothing. */
function ConsolidationNotices(props: { view: ReturnType<typeof consolidationView> }) {
  const app = useApp();
  return (
    <>
      <Show when={receivedNotKept()}><p class="notice notice-error" data-testid="consolidation-not-kept">{tProvince('consolidationNotKept')}</p></Show>
      <For each={props.view.superseded}>
        {(s) => <p class="notice notice-warning" data-testid="consolidation-superseded">{tProvince('consolidationSuperseded', { unit: s.unit, period: s.period, kept: s.keptFileName, dropped: s.fileName })}</p>}
      </For>
      <For each={consolidationProblems()}>{(p) => <p class="notice notice-error" data-testid="consolidation-problem">{fileProblemMessage(p)}</p>}</For>
      <For each={brokenReceivedFiles()}>
        {(b) => (
          <p class="notice notice-error" data-testid="consolidation-broken">
            {tProvince('consolidationBroken', { file: b.fileName, reason: b.problems.map(fileProblemMessage).join(' ') })}{' '}
            <button type="button" class="link" aria-label={tProvince('consolidationRemoveLabel', { file: b.fileName })} onClick={() => void removeReceivedFile(app, b.receivedId, b.fileName)}>
              {tProvince('consolidationRemove')}
            </button>
          </p>
        )}
      </For>
      <Show when={props.view.missing.length > 0}>
        <p class="notice notice-warning" data-testid="consolidation-missing-summary">{tProvince('consolidationMissingSummary', { count: props.view.missing.length, names: props.view.missing.map((m) => m.name).join(', ') })}</p>
      </Show>
    </>
  );
}

/** The consolidated table as CSV, its words in the user's language. */
function consolidationCsv(view: ReturnType<typeof consolidationView>, provincePeriod: string, dialect: CsvDialectId): string {
  const missing = () => view.missing.length;
  return serializeConsolidationCsv(view.rows, view.indicators, {
    unit: t('colAllocatingUnit'), period: t('colPeriod'), statusHeader: t('colStatus'),
    status: (s) => (s === 'ready' ? t('statusReady') : t('statusDraft')), errors: tProvince('consolidationErrors'), warnings: tProvince('consolidationWarnings'),
    indicator: (name) => `${name} - ${tProvince('consolidationAggregate')}`, meets: (name) => `${name} - ${tProvince('consolidationMeets')}`,
    verdict: (x) => verdictText(x.verdict, x.withTarget, x.unitCount, language()), exportedAt: tProvince('consolidationExportedAt'), file: tProvince('consolidationFile'),
    indicatorName: (i) => indicatorName(i, language()), missingStatus: tProvince('consolidationMissingStatus'), total: tProvince('consolidationTotal'),
    totalVerdict: (x) => totalVerdictText(x, missing(), language()),
  }, dialect, { missing: view.missing, total: view.total, period: provincePeriod });
}
