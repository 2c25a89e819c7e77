import type { CsvEncoding } from '../../io/csvDecode';
import type { CsvPreview } from '../../io/csvImport';
import type { RestoredPlanFile } from '../../io/restorePlanFile';
import { csvPreviewToCommand } from '../../io/csvApply';
import { resultsPreviewToCommand, type ResultsPreview } from '../../io/resultsImport';
import { applyPlanFile, createPlanFromAssignment, createPlanFromCsv, readCsv, readFile } from '../../state/fileImport';
import { mergeAssignment, type AssignedDistrict, type Assignment } from '../../domain/assignment';
import type { MonthKey } from '../../domain/monitoring/resultKey';
import type { Plan } from '../../domain/plan';
import { formatCount } from '../../domain/rate';
import type { AppServices } from '../../state/appServices';
import { applyBackup, type RestoreMode } from '../../state/backup';
import { language } from '../../state/language';
import { storageProblem, type PlanInfoDraft } from '../../state/planList';
import { readResultsRows } from '../../state/resultsFile';
import { navigate } from '../../state/router';
import { t } from '../i18n/t';
import type { FileReadingFlow } from './createFileReading';
import { monthWords } from './resultsText';
import { tResults } from '../i18n/resultsText';
import { tFiles } from '../i18n/filesText';

/**
 * What the import dialog's buttons do, each given the app, the dialog's reading and where to say the outcome.
 * The plan on screen is read at the moment each is called, not when the dialog opened.
 */
export interface ImportContext {
  app: AppServices;
  flow: FileReadingFlow;
  say: (message: string) => void;
}

const count = (n: number) => formatCount(n, language());
const listProblem = (e: unknown) => (storageProblem(e) === 'quota' ? t('listQuota') : t('listFailed'));

export function openFile(ctx: ImportContext, f: File): void {
  void ctx.flow.run(f.name, (onProgress, signal) => readFile(f, { plan: ctx.app.shownSession()?.plan() }, ctx.app.plans, onProgress, signal));
}

/** The same CSV read again in the encoding the user picked. */
export function rereadCsv(ctx: ImportContext, encoding: CsvEncoding): void {
  const current = ctx.flow.reading();
  if (current?.kind !== 'csv') return;
  void ctx.flow.run(current.file, (onProgress, signal) => readCsv(current.file, current.bytes, { plan: ctx.app.shownSession()?.plan() }, encoding, onProgress, signal));
}

/** A file without a month column, read again into the month the user picked (no file access: its rows are kept). */
export function rereadResults(ctx: ImportContext, month: MonthKey): void {
  const current = ctx.flow.reading();
  const plan = ctx.app.shownSession()?.plan();
  if (current?.kind !== 'results' || !current.ok || !plan) return;
  ctx.flow.setReading(readResultsRows(current.file, current.rows, current.sheet, plan, month));
}

/** A CSV into the plan on screen, or a new plan from it when none is. */
export async function applyCsv(ctx: ImportContext, preview: CsvPreview, info: PlanInfoDraft | undefined): Promise<void> {
  const session = ctx.app.shownSession();
  const plan = session?.plan();
  const name = ctx.flow.file() ?? '';
  ctx.flow.close();
  if (session && plan) {
    const result = session.dispatch(csvPreviewToCommand(preview, plan), { kind: 'file', name });
    ctx.say(result.ok ? tFiles('importDone', { adds: count(preview.adds.length), updates: count(preview.updates.length) }) : t(`refusal_${result.reason}`));
    return;
  }
  try {
    navigate({ page: 'plan', planId: await createPlanFromCsv(ctx.app.plans, preview, info ?? { name, period: '', allocatingUnit: '' }, name) });
  } catch (e) {
    ctx.say(listProblem(e));
  }
}

export function applyResults(ctx: ImportContext, preview: ResultsPreview): void {
  const session = ctx.app.shownSession();
  const name = ctx.flow.file() ?? '';
  ctx.flow.close();
  if (!session) return;
  const result = session.dispatch(resultsPreviewToCommand(preview), { kind: 'file', name });
  const months = preview.months.map(monthWords).join(', ');
  ctx.say(result.ok ? tResults('results_done', { months, changes: count(preview.changeCount), units: count(preview.patches.length) }) : t(`refusal_${result.reason}`));
}

export async function applyPlan(ctx: ImportContext, restored: RestoredPlanFile, mode: 'new' | 'replace'): Promise<void> {
  const date = new Date().toLocaleDateString('vi-VN');
  const repo = ctx.app.plans;
  const fileName = ctx.flow.file() ?? '';
  const id = await ctx.flow.storeThenClose((onProgress) => applyPlanFile(repo, restored, mode, {
    keptCopy: (name) => tFiles('importKeptCopy', { name, date }), importedCopy: (name) => tFiles('importedCopy', { name, date }) }, onProgress, fileName));
  if (id) navigate({ page: 'plan', planId: id });
}

/** An assignment updates the plan on screen, or starts a new plan for the district. */
export async function applyAssignment(ctx: ImportContext, assignment: Assignment, district: AssignedDistrict, mode: 'new' | 'update'): Promise<void> {
  const name = ctx.flow.file() ?? '';
  ctx.flow.close();
  const session = ctx.app.shownSession();
  const plan = session?.plan();
  if (mode === 'update' && session && plan) {
    // The plan's own period stays: a file for another period is said, not silently taken.
    const result = session.dispatch({ type: 'batch', commands: [
      { type: 'setIndicators', indicators: mergeAssignment(plan.indicators, assignment, district) },
      ...(plan.period ? [] : [{ type: 'setPlanInfo' as const, info: { period: assignment.period } }]),
    ] }, { kind: 'file', name });
    const differs = plan.period && plan.period !== assignment.period ? ` ${t('assignmentPeriodDiffers', { file: assignment.period, plan: plan.period })}` : '';
    ctx.say(result.ok ? t('assignmentUpdated') + differs : t(`refusal_${result.reason}`));
    return;
  }
  try {
    navigate({ page: 'plan', planId: await createPlanFromAssignment(ctx.app.plans, assignment, district) });
  } catch (e) {
    ctx.say(listProblem(e));
  }
}

export async function applyBackupFile(ctx: ImportContext, plans: Plan[], mode: RestoreMode): Promise<void> {
  const date = new Date().toLocaleDateString('vi-VN');
  const repo = ctx.app.plans;
  const r = await ctx.flow.storeThenClose((onProgress) => applyBackup(repo, plans, mode, (name) => tFiles('backupCopyName', { name, date }), onProgress));
  if (!r) return;
  ctx.say(tFiles('backupRestored', r));
  navigate({ page: 'list' });
}
