import { createSignal, onCleanup, Show } from 'solid-js';
import type { CsvEncoding } from '../../io/csvDecode';
import type { CsvPreview } from '../../io/csvImport';
import type { RestoredPlanFile } from '../../io/restorePlanFile';
import { csvPreviewToCommand } from '../../io/csvImport';
import { applyPlanFile, createPlanFromAssignment, createPlanFromCsv, readCsv, readFile, type FileReading } from '../../state/fileImport';
import { mergeAssignment, type AssignedDistrict, type Assignment } from '../../domain/assignment';
import { openSession } from '../../state/openPlan';
import { navigate, route } from '../../state/router';
import { addToConsolidation } from '../../state/consolidation';
import { applyBackup, type RestoreMode } from '../../state/backup';
import type { Plan } from '../../domain/plan';
import type { PlanRepository } from '../../state/services';
import { storageProblem } from '../../state/planList';
import { t } from '../i18n/t';
import { ImportDialog } from './ImportDialog';

/**
 * The one way files come in: the import button (`input[data-testid="import-file"]`) and a file dropped
 * anywhere on the window go through the same path. The kind of file is recognised from its content.
 */
export function ImportEntry(props: { repo: PlanRepository; onMessage: (message: string) => void }) {
  const [file, setFile] = createSignal<string>();
  const [progress, setProgress] = createSignal<number>();
  const [reading, setReading] = createSignal<FileReading>();
  const [dragging, setDragging] = createSignal(false);
  let attempt = 0;
  let reading$: AbortController | undefined;

  const close = () => {
    attempt++;
    reading$?.abort(); // a file still being read in the worker stops there
    setFile(undefined);
    setReading(undefined);
    setProgress(undefined);
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

  /** Several files at once (or any file on the consolidated view): districts' plans for the province. */
  const openMany = async (files: File[]) => {
    await addToConsolidation(files);
    navigate({ page: 'consolidation' });
  };
  const openFiles = (files: File[]) => {
    if (files.length > 1 || (files.length === 1 && route().page === 'consolidation')) void openMany(files);
    else if (files[0]) open(files[0]);
  };

  // eslint-disable-next-line solid/reactivity -- called from event handlers; reads the open plan at that moment
  const open = (f: File) => void run(f.name, (onProgress, signal) => readFile(f, { plan: openSession()?.plan() }, props.repo, onProgress, signal));

  const reread = (encoding: CsvEncoding) => {
    const current = reading();
    if (current?.kind !== 'csv') return;
    void run(current.file, (onProgress, signal) => readCsv(current.file, current.bytes, { plan: openSession()?.plan() }, encoding, onProgress, signal));
  };

  const applyCsv = async (preview: CsvPreview) => {
    const session = openSession();
    const plan = session?.plan();
    const name = file() ?? '';
    close();
    if (session && plan) {
      const result = session.dispatch(csvPreviewToCommand(preview, plan));
      props.onMessage(result.ok ? t('importDone', { adds: preview.adds.length, updates: preview.updates.length }) : t(`refusal_${result.reason}`));
      return;
    }
    try {
      navigate({ page: 'plan', planId: await createPlanFromCsv(props.repo, preview, name) });
    } catch (e) {
      props.onMessage(storageProblem(e) === 'quota' ? t('listQuota') : t('listFailed'));
    }
  };

  const applyPlan = async (restored: RestoredPlanFile, mode: 'new' | 'replace') => {
    close();
    try {
      const date = new Date().toLocaleDateString('vi-VN');
      navigate({ page: 'plan', planId: await applyPlanFile(props.repo, restored, mode, {
        keptCopy: (name) => t('importKeptCopy', { name, date }), importedCopy: (name) => t('importedCopy', { name, date }) }) });
    } catch (e) {
      props.onMessage(storageProblem(e) === 'quota' ? t('listQuota') : t('listFailed'));
    }
  };

  const applyAssignment = async (assignment: Assignment, district: AssignedDistrict, mode: 'new' | 'update') => {
    close();
    const session = openSession();
    const plan = session?.plan();
    if (mode === 'update' && session && plan) {
      // The plan's own period stays: a file for another period is said, not silently taken.
      const result = session.dispatch({ type: 'batch', commands: [
        { type: 'setIndicators', indicators: mergeAssignment(plan.indicators, assignment, district) },
        ...(plan.period ? [] : [{ type: 'setPlanInfo' as const, info: { period: assignment.period } }]),
      ] });
      const differs = plan.period && plan.period !== assignment.period ? ` ${t('assignmentPeriodDiffers', { file: assignment.period, plan: plan.period })}` : '';
      props.onMessage(result.ok ? t('assignmentUpdated') + differs : t(`refusal_${result.reason}`));
      return;
    }
    try {
      navigate({ page: 'plan', planId: await createPlanFromAssignment(props.repo, assignment, district) });
    } catch (e) {
      props.onMessage(storageProblem(e) === 'quota' ? t('listQuota') : t('listFailed'));
    }
  };

  const applyBackupFile = async (plans: Plan[], mode: RestoreMode) => {
    close();
    try {
      const date = new Date().toLocaleDateString('vi-VN');
      const r = await applyBackup(props.repo, plans, mode, (name) => t('backupCopyName', { name, date }));
      props.onMessage(t('backupRestored', r));
      navigate({ page: 'list' });
    } catch (e) {
      props.onMessage(storageProblem(e) === 'quota' ? t('listQuota') : t('listFailed'));
    }
  };

  const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(true);
  };
  const onDragLeave = (e: DragEvent) => {
    if (!e.relatedTarget) setDragging(false);
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    openFiles([...(e.dataTransfer?.files ?? [])]);
  };
  // A file opened with the installed app (the manifest's file handlers) comes in the same way.
  window.launchQueue?.setConsumer((params) => {
    void Promise.all(params.files.map((handle) => handle.getFile())).then(openFiles);
  });
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('dragleave', onDragLeave);
  window.addEventListener('drop', onDrop);
  onCleanup(() => {
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('dragleave', onDragLeave);
    window.removeEventListener('drop', onDrop);
  });

  return (
    <>
      <label class="button import-button">
        {t('importFile')}
        <input type="file" multiple class="visually-hidden" data-testid="import-file" accept=".csv,.txt,.tsv,.json,.xlsx,.xls,text/csv,application/json"
          onChange={(e) => {
            const chosen = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = ''; // the same file can be chosen again
            openFiles(chosen);
          }} />
      </label>
      <Show when={dragging()}><div class="drop-overlay" aria-hidden="true">{t('importDropHint')}</div></Show>
      <Show when={file()}>
        {(name) => (
          <ImportDialog file={name()} progress={progress()} reading={reading()} intoOpenPlan={!!openSession()?.plan()}
            onEncoding={reread} onApplyCsv={(p) => void applyCsv(p)} onApplyPlanFile={(r, m) => void applyPlan(r, m)}
            openPlanName={openSession()?.plan()?.name} onApplyAssignment={(a, d, m) => void applyAssignment(a, d, m)}
            onApplyBackup={(plans, mode) => void applyBackupFile(plans, mode)} onClose={close} />
        )}
      </Show>
    </>
  );
}
