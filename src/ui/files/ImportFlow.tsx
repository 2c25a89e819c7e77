import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { CsvEncoding } from '../../io/csvDecode';
import type { CsvPreview } from '../../io/csvImport';
import type { RestoredPlanFile } from '../../io/restorePlanFile';
import { csvPreviewToCommand } from '../../io/csvApply';
import { applyPlanFile, createPlanFromAssignment, createPlanFromCsv, readCsv, readFile, type FileReading } from '../../state/fileImport';
import { mergeAssignment, type AssignedDistrict, type Assignment } from '../../domain/assignment';
import { navigate, route } from '../../state/router';
import { addToConsolidation } from '../../state/consolidation';
import { applyBackup, type RestoreMode } from '../../state/backup';
import type { Plan } from '../../domain/plan';
import { useApp } from '../appContext';
import { storageProblem, type PlanInfoDraft } from '../../state/planList';
import { t } from '../i18n/t';
import { formatCount } from '../../domain/rate';
import { language } from '../../state/language';
import { ImportDialog } from './ImportDialog';
import type { MonthKey } from '../../domain/monitoring/resultKey';
import { resultsPreviewToCommand, type ResultsPreview } from '../../io/resultsImport';
import { readResultsRows } from '../../state/resultsFile';
import { monthWords } from './resultsText';

/**
 * What happens to files that came in through `ImportEntry` (loaded with the first file, see ui/onDemand.ts):
 * the kind of file is recognised from its content and read without writing anything; the preview says what
 * it would do; Apply writes it. Several files at once (or any file on the consolidated view) are districts'
 * plans for the province's consolidated view. `onDone` is called when the dialog is closed or the files are handed on.
 */
export function ImportFlow(props: { files: readonly File[]; onMessage: (message: string) => void; onDone: () => void }) {
  const app = useApp();
  const [file, setFile] = createSignal<string>();
  const [progress, setProgress] = createSignal<number>();
  const [reading, setReading] = createSignal<FileReading>();
  /** 0…1 while what was applied is being stored (a plan replaced, a backup restored); the dialog says so. */
  const [storing, setStoring] = createSignal<number>();
  let attempt = 0;
  let reading$: AbortController | undefined;

  const close = () => {
    if (storing() !== undefined) return; // a write under way finishes (one transaction per plan), then closes
    attempt++;
    reading$?.abort(); // a file still being read in the worker stops there
    setFile(undefined);
    setReading(undefined);
    setProgress(undefined);
    props.onDone();
  };

  const run = async (name: string, work: (onProgress: (p: number) => void, signal: AbortSignal) => Promise<FileReading>) => {
    reading$?.abort();
    const controller = new AbortController();
    reading$ = controller;
    const mine = ++attempt;
    setFile(name);
    setReading(undefined);
    setProgress(0);
    try {
      const result = await work((p) => { if (mine === attempt) setProgress(p); }, controller.signal);
      if (mine === attempt) setReading(result);
    } catch (e) {
      if (controller.signal.aborted) return;
      console.error('Reading the file failed', e);
      if (mine === attempt) setReading({ kind: 'csv', file: name, bytes: new ArrayBuffer(0), read: { ok: false, problem: { code: 'readFailed' } } });
    } finally {
      if (mine === attempt) setProgress(undefined);
    }
  };

  /** Stores what was applied with the dialog showing the progress, then closes it; a refusal is said. */
  const storeThenClose = async <T,>(work: (onProgress: (done: number) => void) => Promise<T>): Promise<T | undefined> => {
    setStoring(0);
    try {
      return await work((done) => setStoring(done));
    } catch (e) {
      console.error('Storing the file failed', e);
      // Plans are stored one by one (a kept copy, then the file's; a backup's, in turn): those done stay.
      props.onMessage(storageProblem(e) === 'quota' ? t('storeStoppedQuota') : t('storeStopped'));
      return undefined;
    } finally {
      setStoring(undefined);
      close();
    }
  };

  /** Several files at once (or any file on the consolidated view): districts' plans for the province. */
  const openMany = async (files: readonly File[]) => {
    try {
      await addToConsolidation(app, files);
      navigate({ page: 'consolidation' });
    } finally {
      props.onDone();
    }
  };

  // The plan on screen is read at the moment the file comes in.
  const open = (f: File) => void run(f.name, (onProgress, signal) => readFile(f, { plan: app.shownSession()?.plan() }, app.plans, onProgress, signal));

  const reread = (encoding: CsvEncoding) => {
    const current = reading();
    if (current?.kind !== 'csv') return;
    void run(current.file, (onProgress, signal) => readCsv(current.file, current.bytes, { plan: app.shownSession()?.plan() }, encoding, onProgress, signal));
  };

  const applyCsv = async (preview: CsvPreview, info: PlanInfoDraft | undefined) => {
    const session = app.shownSession();
    const plan = session?.plan();
    const name = file() ?? '';
    close();
    if (session && plan) {
      const result = session.dispatch(csvPreviewToCommand(preview, plan), { kind: 'file', name });
      props.onMessage(result.ok ? t('importDone', { adds: formatCount(preview.adds.length, language()), updates: formatCount(preview.updates.length, language()) }) : t(`refusal_${result.reason}`));
      return;
    }
    try {
      navigate({ page: 'plan', planId: await createPlanFromCsv(app.plans, preview, info ?? { name, period: '', allocatingUnit: '' }, name) });
    } catch (e) {
      props.onMessage(storageProblem(e) === 'quota' ? t('listQuota') : t('listFailed'));
    }
  };

  /** A file without a month column, read again into the month the user picked (no file access: its rows are kept). */
  const rereadResults = (month: MonthKey) => {
    const current = reading();
    const plan = app.shownSession()?.plan();
    if (current?.kind !== 'results' || !current.ok || !plan) return;
    setReading(readResultsRows(current.file, current.rows, current.sheet, plan, month));
  };

  const applyResults = (preview: ResultsPreview) => {
    const session = app.shownSession();
    const name = file() ?? '';
    close();
    if (!session) return;
    const result = session.dispatch(resultsPreviewToCommand(preview), { kind: 'file', name });
    const months = preview.months.map(monthWords).join(', ');
    props.onMessage(result.ok ? t('results_done', { months, changes: formatCount(preview.changeCount, language()), units: formatCount(preview.patches.length, language()) }) : t(`refusal_${result.reason}`));
  };

  const applyPlan = async (restored: RestoredPlanFile, mode: 'new' | 'replace') => {
    const date = new Date().toLocaleDateString('vi-VN');
    const repo = app.plans;
    const fileName = file() ?? '';
    const id = await storeThenClose((onProgress) => applyPlanFile(repo, restored, mode, {
      keptCopy: (name) => t('importKeptCopy', { name, date }), importedCopy: (name) => t('importedCopy', { name, date }) }, onProgress, fileName));
    if (id) navigate({ page: 'plan', planId: id });
  };

  const applyAssignment = async (assignment: Assignment, district: AssignedDistrict, mode: 'new' | 'update') => {
    const name = file() ?? '';
    close();
    const session = app.shownSession();
    const plan = session?.plan();
    if (mode === 'update' && session && plan) {
      // The plan's own period stays: a file for another period is said, not silently taken.
      const result = session.dispatch({ type: 'batch', commands: [
        { type: 'setIndicators', indicators: mergeAssignment(plan.indicators, assignment, district) },
        ...(plan.period ? [] : [{ type: 'setPlanInfo' as const, info: { period: assignment.period } }]),
      ] }, { kind: 'file', name });
      const differs = plan.period && plan.period !== assignment.period ? ` ${t('assignmentPeriodDiffers', { file: assignment.period, plan: plan.period })}` : '';
      props.onMessage(result.ok ? t('assignmentUpdated') + differs : t(`refusal_${result.reason}`));
      return;
    }
    try {
      navigate({ page: 'plan', planId: await createPlanFromAssignment(app.plans, assignment, district) });
    } catch (e) {
      props.onMessage(storageProblem(e) === 'quota' ? t('listQuota') : t('listFailed'));
    }
  };

  const applyBackupFile = async (plans: Plan[], mode: RestoreMode) => {
    const date = new Date().toLocaleDateString('vi-VN');
    const repo = app.plans;
    const r = await storeThenClose((onProgress) => applyBackup(repo, plans, mode, (name) => t('backupCopyName', { name, date }), onProgress));
    if (!r) return;
    props.onMessage(t('backupRestored', r));
    navigate({ page: 'list' });
  };

  onMount(() => {
    const files = props.files;
    if (files.length > 1 || route().page === 'consolidation') void openMany(files);
    else if (files[0]) open(files[0]);
    else props.onDone();
  });
  onCleanup(() => reading$?.abort()); // files that came in after these replace them

  return (
    <Show when={file()}>
      {(name) => (
        <ImportDialog file={name()} progress={progress()} storing={storing()} reading={reading()} intoOpenPlan={!!app.shownSession()?.plan()} indicators={app.shownSession()?.plan()?.indicators ?? []}
          onEncoding={reread} onApplyCsv={(p, info) => void applyCsv(p, info)} onApplyPlanFile={(r, m) => void applyPlan(r, m)}
          openPlanName={app.shownSession()?.plan()?.name} onApplyAssignment={(a, d, m) => void applyAssignment(a, d, m)}
          onApplyBackup={(plans, mode) => void applyBackupFile(plans, mode)} period={app.shownSession()?.plan()?.period ?? ''}
          onResultsMonth={rereadResults} onApplyResults={applyResults} onClose={close} />
      )}
    </Show>
  );
}
