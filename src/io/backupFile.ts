import './zodConfig';
import { z } from 'zod';
import type { Plan } from '../domain/plan';
import { MAX_FILE_BYTES, type FileProblem, type Restored } from './fileProblem';
import { PlanV1 } from './planFileFormat';
import { normalisePlan, parseJsonText, zodProblems } from './restorePlanFile';
import { planDocument } from './serializePlanFile';

/**
 * The full backup (`dvctt-sao-luu-<date>.json`): every plan on this computer, each exactly as in a plan file.
 * Version history: 1 — the first format.
 */
export const BACKUP_FILE_FORMAT = 'dvctt-backup';
export const BACKUP_FILE_VERSION = 1;

const BackupFileV1 = z.object({
  format: z.literal(BACKUP_FILE_FORMAT),
  formatVersion: z.literal(1),
  app: z.string().max(40),
  exportedAt: z.string().max(40),
  plans: z.array(PlanV1).max(10_000),
});

export function serializeBackupFile(plans: readonly Plan[], context: { appVersion: string; exportedAt: string }): string {
  const doc = {
    format: BACKUP_FILE_FORMAT,
    formatVersion: BACKUP_FILE_VERSION,
    app: context.appVersion,
    exportedAt: context.exportedAt,
    plans: [...plans].sort((a, b) => a.id.localeCompare(b.id)).map(planDocument),
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

export interface RestoredBackup {
  plans: Plan[];
  exportedAt: string;
}

/** A backup from outside → its plans, or every problem with its file and field; nothing is written here. */
export function restoreBackupFile(text: string, file: string): Restored<RestoredBackup> {
  const fail = (...problems: FileProblem[]) => ({ ok: false as const, problems });
  if (text.length > MAX_FILE_BYTES) return fail({ code: 'tooLarge', file, params: { limitMb: MAX_FILE_BYTES / 1024 / 1024 } });
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ''), file);
  if (!parsed.ok) return fail(parsed.problem);
  const doc = parsed.value as { format?: unknown; formatVersion?: unknown; app?: unknown } | null;
  if (typeof doc !== 'object' || doc === null || doc.format !== BACKUP_FILE_FORMAT) return fail({ code: 'unknownFormat', file, params: { format: '' } });
  if (typeof doc.formatVersion === 'number' && doc.formatVersion > BACKUP_FILE_VERSION) {
    return fail({ code: 'newerVersion', file, params: { fileVersion: doc.formatVersion, appVersion: BACKUP_FILE_VERSION, app: typeof doc.app === 'string' ? doc.app : '' } });
  }
  const checked = BackupFileV1.safeParse(doc);
  if (!checked.success) return fail(...zodProblems(checked.error, file));
  const plans: Plan[] = [];
  const problems: FileProblem[] = [];
  checked.data.plans.forEach((p, n) => {
    const plan = normalisePlan(p, file, `plans[${n}]`);
    if (plan.ok) plans.push(plan.value);
    else problems.push(...plan.problems);
  });
  if (problems.length > 0) return fail(...problems);
  return { ok: true, value: { plans, exportedAt: checked.data.exportedAt }, warnings: [] };
}
