import { applyCommand } from '../domain/commands';
import type { PlanId } from '../domain/ids';
import { makeDefaultIndicators } from '../domain/indicators';
import type { Plan } from '../domain/plan';
import { duplicatePlan, makePlan } from '../domain/planFactory';
import type { CsvEncoding } from '../io/csvDecode';
import type { CsvPreview, CsvRead } from '../io/csvImport';
import { csvPreviewToCommand } from '../io/csvApply';
import { MAX_FILE_BYTES, type FileProblem, type Restored } from '../schema/fileProblem';
import type { RestoredPlanFile } from '../io/restorePlanFile';
import { sniffFileKind } from '../io/fileKind';
import type { RestoredAssignment } from '../io/assignmentFile';
import type { RestoredBackup } from '../io/backupFile';
import { existingIds } from './backup';
import type { PlanInfoDraft } from './planList';
import { makeDistrictPlan, type Assignment, type AssignedDistrict } from '../domain/assignment';
import { inStage, type PlanStore, type Progress } from '../storage/store';
import { readCsvBytes, readJsonBytes } from './fileReaders';
import { newId, nowIso } from './services';
import { readResultsCsv, readResultsWorkbook, type ResultsReading } from './resultsFile';
import { isResultsCsv } from '../io/resultsCsv';
import { isWorkbook } from '../io/resultsWorkbook';

/**
 * The one entry point for every file the app understands (the import button and drag-and-drop alike):
 * it recognises the kind of file by its content, reads it without writing anything, and returns what the
 * preview shows. Writing happens only in the `apply*` functions, after the user says so.
 */
export type FileReading =
  | { kind: 'csv'; file: string; bytes: ArrayBuffer; read: CsvRead; encoding?: CsvEncoding }
  /** `existing`: the plan of the same id stored here, if any (its details: the preview shows its name and date). */
  | { kind: 'planFile'; file: string; restored: Restored<RestoredPlanFile>; existing: Pick<Plan, 'name' | 'updatedAt'> | undefined }
  | { kind: 'assignment'; file: string; restored: Restored<RestoredAssignment> }
  | { kind: 'backup'; file: string; restored: Restored<RestoredBackup>; existing: PlanId[] }
  /** A month's statistics (CSV or workbook) for the open plan. */
  | ResultsReading;

/** Where a CSV goes: into the open plan, or into a new plan (from the plan list). */
export interface CsvTarget {
  plan: Plan | undefined;
}

export async function readFile(file: File, target: CsvTarget, repo: PlanStore, onProgress: (done: number) => void, signal?: AbortSignal): Promise<FileReading> {
  if (file.size > MAX_FILE_BYTES) {
    return { kind: 'csv', file: file.name, bytes: new ArrayBuffer(0), read: { ok: false, problem: { code: 'tooLarge', params: { limitMb: MAX_FILE_BYTES / 1024 / 1024 } } } };
  }
  const bytes = await file.arrayBuffer();
  if (sniffFileKind(new Uint8Array(bytes), file.name) === 'json') {
    // A large file is parsed and checked in the worker: a plan file of 100,000 units would freeze the page.
    const reading = await readJsonBytes(bytes, file.name, onProgress, signal);
    if (reading.kind === 'backup') {
      const { restored } = reading;
      return { kind: 'backup', file: file.name, restored, existing: restored.ok ? await existingIds(repo, restored.value.plans) : [] };
    }
    if (reading.kind === 'assignment') return { kind: 'assignment', file: file.name, restored: reading.restored };
    const { restored } = reading;
    // Only the stored plan's record: its units are not needed to offer replacing it.
    const existing = restored.ok ? await repo.getPlanRecord(restored.value.plan.id) : undefined;
    return { kind: 'planFile', file: file.name, restored, existing };
  }
  // A month's statistics go into the plan on screen: a workbook (the one-stop systems export Excel), or a CSV
  // whose header names counts. Without an open plan a workbook is refused as before (save it as CSV).
  const plan = target.plan;
  const view = new Uint8Array(bytes);
  if (plan && isWorkbook(view, file.name)) return readResultsWorkbook(file.name, view, plan);
  if (plan && isResultsCsv(view, plan.indicators)) {
    onProgress(0.5);
    return readResultsCsv(file.name, view, plan);
  }
  return readCsv(file.name, bytes, target, undefined, onProgress, signal);
}

export async function readCsv(file: string, bytes: ArrayBuffer, target: CsvTarget, encoding: CsvEncoding | undefined,
  onProgress: (done: number) => void, signal?: AbortSignal): Promise<FileReading> {
  const context = { units: target.plan?.units ?? [], indicators: target.plan?.indicators ?? makeDefaultIndicators(), period: target.plan?.period };
  // The bytes stay here for a second reading in another encoding (a worker gets a copy).
  const read = await readCsvBytes(bytes, context, encoding, onProgress, signal);
  return { kind: 'csv', file, bytes, read, encoding };
}

/**
 * A unit list (with any values it carries) as a new plan, under the name, period and allocating unit the user
 * confirmed. Its assignment starts unset: the province's general targets are entered, never invented.
 */
export async function createPlanFromCsv(repo: PlanStore, preview: CsvPreview, info: PlanInfoDraft, fileName: string): Promise<PlanId> {
  const empty = makePlan({ ...info, units: [] }, nowIso(), newId);
  const result = applyCommand(empty, csvPreviewToCommand(preview, empty), nowIso());
  const plan = result.ok ? { ...result.plan, revision: 0 } : empty;
  // Not awaited: the plan's page opens at once and shows it while it is stored, with the write's progress
  // (PlanSession takes the write over and reports a failure).
  repo.savePlan(plan, undefined, { source: { kind: 'file', name: fileName } }).catch((e: unknown) => console.error('Storing the new plan failed', e));
  return plan.id;
}

/**
 * A plan file into storage. `new`: under a new id, beside what is there. `replace`: the plan of the same id
 * is replaced, after a copy of it is kept ("… (bản trước khi nhập)"), so nothing is ever overwritten silently.
 */
export async function applyPlanFile(repo: PlanStore, restored: RestoredPlanFile, mode: 'new' | 'replace',
  names: { keptCopy: (name: string) => string; importedCopy: (name: string) => string }, onProgress?: Progress, fileName = ''): Promise<PlanId> {
  const source = { kind: 'file', name: fileName } as const;
  const now = nowIso();
  const incoming = restored.plan;
  if (mode === 'new') {
    // Its own id when free (a deleted plan comes back at its old address); beside the existing one otherwise.
    const taken = !!(await repo.getPlanRecord(incoming.id));
    const copy = taken ? { ...incoming, id: newId() as PlanId, name: names.importedCopy(incoming.name), revision: 0 } : { ...incoming, revision: 0 };
    // As a new plan from a CSV: its page shows it while it is stored.
    repo.savePlan(copy, undefined, { source }).catch((e: unknown) => console.error('Storing the imported plan failed', e));
    return copy.id;
  }
  // Three steps of about the same size: read the plan there, store its copy, store the file's plan.
  const existing = await repo.loadPlan(incoming.id, inStage(0, 3, onProgress));
  if (existing) {
    const kept = duplicatePlan(existing, { name: names.keptCopy(existing.name), period: existing.period }, now, newId);
    await repo.savePlan({ ...kept, status: existing.status, notes: existing.notes, allocatingUnit: existing.allocatingUnit }, inStage(1, 3, onProgress));
  }
  // Whatever storage holds by now (another tab may have written meanwhile) is replaced, under the next revision.
  await repo.savePlan({ ...incoming, updatedAt: now }, inStage(2, 3, onProgress), { replacing: true, source });
  onProgress?.(1);
  return incoming.id;
}

/** A district starts its plan from the province's assignment. */
export async function createPlanFromAssignment(repo: PlanStore, assignment: Assignment, district: AssignedDistrict): Promise<PlanId> {
  const plan = makeDistrictPlan(assignment, district, nowIso(), newId);
  await repo.savePlan(plan);
  return plan.id;
}

export type { FileProblem };
