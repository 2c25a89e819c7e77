import type { PlanId } from '../domain/ids';
import type { Plan } from '../domain/plan';
import { duplicatePlan } from '../domain/planFactory';
import { backupFileParts } from '../io/backupFile';
import { DamagedPlan, inStage, type PlanStore, type Progress } from '../storage/store';
import { LAST_BACKUP } from './backupReminder';
import { newId, nowIso } from './services';

/**
 * Every plan on this computer as one backup file's text, in parts to be written out one after another (see
 * `backupFileParts`); `remember` notes the time for the reminder, once the file is out.
 */
export async function makeBackup(repo: PlanStore): Promise<{ parts: Iterable<string>; remember: () => Promise<void> }> {
  const plans: Plan[] = [];
  for (const summary of await repo.listPlans()) {
    // A stored plan that fails the plan's schema cannot be written as a sound file: it is left out, as the plan
    // list (which names it) lists it apart; every other plan is backed up.
    const plan = await repo.loadPlan(summary.id).catch((e: unknown) => {
      if (e instanceof DamagedPlan) return undefined;
      throw e;
    });
    // Its named versions travel with it, as in a plan file.
    if (plan) plans.push({ ...plan, versions: (await repo.versions.list(plan.id)).versions });
  }
  const now = nowIso();
  return {
    parts: backupFileParts(plans, { appVersion: __APP_VERSION__, exportedAt: now }),
    remember: () => repo.setSetting(LAST_BACKUP, now),
  };
}

export type RestoreMode = 'keep' | 'replace' | 'copy';

/**
 * A backup into storage. Plans not here are added as they are. A plan that is here already is, as the user
 * chose: kept (the backup's version skipped), replaced, or added beside it as a copy. Never silently.
 */
export async function applyBackup(repo: PlanStore, plans: readonly Plan[], mode: RestoreMode, copyName: (name: string) => string, onProgress?: Progress) {
  const result = { added: 0, replaced: 0, copied: 0, kept: 0 };
  for (const [n, plan] of plans.entries()) {
    const progress = inStage(n, plans.length, onProgress);
    const existing = await repo.getPlanRecord(plan.id);
    if (!existing) {
      await repo.savePlan(plan, progress, { replacing: true }); // revision 0, or above one stored meanwhile
      result.added++;
    } else if (mode === 'replace') {
      await repo.savePlan(plan, progress, { replacing: true }); // above the stored revision: open tabs take it
      result.replaced++;
    } else if (mode === 'copy') {
      const copy = duplicatePlan(plan, { name: copyName(plan.name), period: plan.period }, nowIso(), newId);
      await repo.savePlan({ ...copy, status: plan.status, notes: plan.notes, allocatingUnit: plan.allocatingUnit }, progress);
      result.copied++;
    } else result.kept++;
  }
  onProgress?.(1);
  return result;
}

export async function existingIds(repo: PlanStore, plans: readonly Plan[]): Promise<PlanId[]> {
  const here = new Set((await repo.listPlans()).map((p) => p.id));
  return plans.filter((p) => here.has(p.id)).map((p) => p.id);
}
