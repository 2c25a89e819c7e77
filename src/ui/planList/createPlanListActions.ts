import { createSignal } from 'solid-js';
import { backupDue } from '../../state/backupReminder';
import type { PlanId } from '../../domain/ids';
import type { DuplicateOptions } from '../../domain/planFactory';
import { achievedUnits, copyPlan, deletePlan, renamePlan, restoreDemoPlan, storageProblem } from '../../state/planList';
import { navigate } from '../../state/router';
import type { PlanStore, PlanSummary } from '../../state/services';
import { downloadParts } from '../files/download';
import { t } from '../i18n/t';
import { loadBackup } from '../onDemand';

/** The dialog open over the plan list, if any. */
export type PlanListAction =
  | { kind: 'new' }
  | { kind: 'rename'; plan: PlanSummary }
  | { kind: 'duplicate'; plan: PlanSummary }
  | { kind: 'delete'; plan: Pick<PlanSummary, 'id' | 'name' | 'period'> };

export const openPlan = (id: PlanId) => navigate({ page: 'plan', planId: id });

/**
 * What the plan list does: the dialog open over it, the writes its dialogs ask for (each closes the dialog, and
 * a failure, a full disk…, is said with nothing half done), the backup and its reminder, the demo brought back.
 */
export function createPlanListActions(repo: PlanStore) {
  const [action, setAction] = createSignal<PlanListAction>();
  const [failure, setFailure] = createSignal('');
  // A reminder when there are changes and the last backup is older than the chosen number of days.
  const [reminder, setReminder] = createSignal(false);
  const close = () => setAction(undefined);

  /** Runs a write of the list; a failure (full disk…) is said, the dialog closes, nothing is half done. */
  const run = async <T>(write: () => Promise<T>): Promise<T | undefined> => {
    setFailure('');
    try {
      return await write();
    } catch (e) {
      console.error(e);
      setFailure(storageProblem(e) === 'quota' ? t('listQuota') : t('listFailed'));
      return undefined;
    } finally {
      close();
    }
  };

  const duplicate = async (plan: PlanSummary, options: DuplicateOptions) => {
    const id = await run(() => copyPlan(repo, plan.id, options));
    if (id) openPlan(id);
  };
  const achieved = (id: PlanId) => achievedUnits(repo, id);
  const rename = (plan: PlanSummary, name: string) => run(() => renamePlan(repo, plan.id, name));
  const remove = (plan: Pick<PlanSummary, 'id'>) => run(() => deletePlan(repo, plan.id));
  const checkReminder = () => void backupDue(repo).then(setReminder, () => setReminder(false));
  const backUp = async () => {
    // The reminder is satisfied only once the file has been handed to the browser.
    const done = await run(async () => {
      const backup = await (await loadBackup()).makeBackup(repo);
      await downloadParts(backup.parts, `dvctt-sao-luu-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
      await backup.remember();
      return true;
    });
    if (done) setReminder(false);
  };
  const bringBackDemo = async () => {
    const id = await run(() => restoreDemoPlan(repo));
    if (id) openPlan(id);
  };

  return { action, setAction, close, failure, reminder, checkReminder, duplicate, achieved, rename, remove, backUp, bringBackDemo };
}

export type PlanListActions = ReturnType<typeof createPlanListActions>;
