import type { PlanStore } from '../storage/store';

/**
 * The backup reminder: when the last backup was made and how many days may pass before the user is reminded.
 * Apart from the backup itself (`backup.ts`, which writes the file format), since the plan list asks it on
 * every visit while the backup code loads only when a backup is made or restored.
 */
export const LAST_BACKUP = 'lastBackupAt';
const FIRST_USE = 'firstUseAt';
const REMINDER_DAYS = 'backupReminderDays';
export const DEFAULT_REMINDER_DAYS = 7;

export async function reminderDays(repo: PlanStore): Promise<number> {
  return (await repo.getSetting<number>(REMINDER_DAYS)) ?? DEFAULT_REMINDER_DAYS;
}

export async function setReminderDays(repo: PlanStore, days: number): Promise<void> {
  await repo.setSetting(REMINDER_DAYS, Math.max(1, Math.round(days)));
}

/**
 * Whether to remind the user to back up: something changed since the last backup (or since the first use,
 * when there was none) and that is longer ago than the reminder period.
 */
export async function backupDue(repo: PlanStore, now = new Date()): Promise<boolean> {
  let since = (await repo.getSetting<string>(LAST_BACKUP)) ?? (await repo.getSetting<string>(FIRST_USE));
  if (!since) {
    since = now.toISOString();
    await repo.setSetting(FIRST_USE, since);
  }
  const days = await reminderDays(repo);
  const changed = (await repo.listPlans()).some((p) => p.updatedAt > since);
  return changed && now.getTime() - Date.parse(since) > days * 24 * 3600 * 1000;
}
