import '../schema/zodConfig';
import { z } from 'zod';
import type { Plan } from '../domain/plan';
import type { FileProblem, Restored } from '../schema/fileProblem';
import { PLAN_SCHEMA_VERSION } from '../schema/planSchema';
import { restorePlan } from '../schema/restorePlan';
import { zodProblems } from '../schema/zodProblems';
import { openEnvelope } from './envelope';
import { documentParts, planObjectParts } from './serializePlanFile';

/**
 * The full backup (`dvctt-sao-luu-<date>.json`): every plan on this computer, each exactly as in a plan file.
 * Version history: 1 — the first format; 2 — plans as in plan files of version 2 (the own-target check);
 * 3 — as in plan files of version 3 (a general target may be unset); 4 — as in plan files of version 4 (a
 * unit's locked target cells).
 * Its format version is the plans' schema version: each plan goes through the one restore of every plan
 * (`schema/restorePlan.ts`), migrations included, exactly as in a plan file.
 */
export const BACKUP_FILE_FORMAT = 'dvctt-backup';
export const BACKUP_FILE_VERSION = PLAN_SCHEMA_VERSION;

const BackupEnvelope = z.strictObject({
  format: z.literal(BACKUP_FILE_FORMAT),
  formatVersion: z.number().int(),
  app: z.string().max(40),
  exportedAt: z.string().max(40),
  plans: z.array(z.unknown()).max(10_000),
});

export function serializeBackupFile(plans: readonly Plan[], context: { appVersion: string; exportedAt: string }): string {
  return [...backupFileParts(plans, context)].join('');
}

/**
 * The backup's text in parts, each plan as in a plan file (`planObjectParts`: a plan of 100,000 units in
 * parts of 20,000), so that a caller can let the page breathe between them. Plans go in id order, so the
 * same plans always give the same bytes. Joined, the parts are `JSON.stringify(document, null, 1)` and a line break.
 */
export function backupFileParts(plans: readonly Plan[], context: { appVersion: string; exportedAt: string }, unitsPerPart = 20_000): Generator<string> {
  const sorted = [...plans].sort((a, b) => a.id.localeCompare(b.id));
  function* planList(): Generator<string> {
    if (sorted.length === 0) {
      yield '[]';
      return;
    }
    // A list one level deep: each element on a line of its own, two spaces in.
    for (const [n, plan] of sorted.entries()) {
      yield n === 0 ? '[\n  ' : ',\n  ';
      yield* planObjectParts(plan, 2, unitsPerPart);
    }
    yield '\n ]';
  }
  return documentParts({
    format: BACKUP_FILE_FORMAT,
    formatVersion: BACKUP_FILE_VERSION,
    app: context.appVersion,
    exportedAt: context.exportedAt,
    plans: null,
  }, 'plans', planList());
}

export interface RestoredBackup {
  plans: Plan[];
  exportedAt: string;
}

/** A backup from outside → its plans, or every problem with its file and field; nothing is written here. */
export function restoreBackupFile(text: string, file: string): Restored<RestoredBackup> {
  const envelope = openEnvelope(text, file, BACKUP_FILE_FORMAT, BACKUP_FILE_VERSION);
  if (!envelope.ok) return envelope;
  const checked = BackupEnvelope.safeParse(envelope.doc);
  if (!checked.success) return { ok: false, problems: zodProblems(checked.error, file) };
  const plans: Plan[] = [];
  const problems: FileProblem[] = [];
  checked.data.plans.forEach((p, n) => {
    const plan = restorePlan(p, envelope.version, { file, at: ['plans', n] });
    if (plan.ok) plans.push(plan.value);
    else problems.push(...plan.problems);
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { plans, exportedAt: checked.data.exportedAt } };
}
