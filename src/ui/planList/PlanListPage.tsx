import { createSignal, For, onMount, Show, untrack } from 'solid-js';
import { markFirstScreenShown } from '../../state/appUpdate';
import { backupDue } from '../../state/backupReminder';
import { downloadParts } from '../files/download';
import { DEMO_PLAN_ID } from '../../domain/demoPlan';
import type { PlanId } from '../../domain/ids';
import type { DuplicateOptions } from '../../domain/planFactory';
import { language } from '../../state/language';
import { copyPlan, createPlanList, deletePlan, renamePlan, restoreDemoPlan, storageProblem } from '../../state/planList';
import { navigate, routeHref } from '../../state/router';
import type { PlanSummary } from '../../state/services';
import { useApp } from '../appContext';
import { ConfirmDialog, Dialog } from '../Dialog';
import { t } from '../i18n/t';
import { DuplicatePlanDialog, loadBackup, NewPlanDialog } from '../onDemand';
import { DamagedPlans } from './DamagedPlans';

type Action = { kind: 'new' } | { kind: 'rename' | 'duplicate'; plan: PlanSummary } | { kind: 'delete'; plan: Pick<PlanSummary, 'id' | 'name' | 'period'> };

export function PlanListPage() {
  const repo = useApp().plans;
  const { plans, damaged } = createPlanList(repo);
  const [action, setAction] = createSignal<Action>();
  const close = () => setAction(undefined);
  const formatDate = (iso: string) => new Date(iso).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  const open = (id: PlanId) => navigate({ page: 'plan', planId: id });
  const [failure, setFailure] = createSignal('');
  /** Runs a write of the list; a failure (full disk…) is said, the dialog closes, nothing is half done. */
  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setFailure('');
    try {
      return await action();
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
    if (id) open(id);
  };
  const rename = (plan: PlanSummary, name: string) => run(() => renamePlan(repo, plan.id, name));
  const remove = (plan: Pick<PlanSummary, 'id'>) => run(() => deletePlan(repo, plan.id));
  // A reminder when there are changes and the last backup is older than the chosen number of days.
  const [reminder, setReminder] = createSignal(false);
  onMount(() => {
    markFirstScreenShown();
    void backupDue(repo).then(setReminder, () => setReminder(false));
  });
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
    if (id) open(id);
  };

  return (
    <section class="plan-list" data-testid="plan-list">
      <div class="page-heading">
        <h1>{t('plans')}</h1>
        <button type="button" class="primary" data-testid="new-plan" onClick={() => setAction({ kind: 'new' })}>{t('newPlan')}</button>
        <a class="button-link" href={routeHref({ page: 'consolidation' })} data-testid="open-consolidation">{t('consolidationOpen')}</a>
        <span class="spacer" />
        <button type="button" data-testid="backup-all" onClick={() => void backUp()}>{t('backupAll')}</button>
      </div>
      <Show when={failure()}><p class="notice notice-error" role="alert">{failure()}</p></Show>
      <Show when={reminder()}><p class="notice notice-warning" data-testid="backup-reminder" role="status">{t('backupReminder')}</p></Show>
      <DamagedPlans plans={damaged()} onDelete={(plan) => setAction({ kind: 'delete', plan: { id: plan.id, name: plan.name, period: '—' } })} />
      <Show when={plans()} fallback={<p class="muted">{t('loading')}</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={
            <div class="empty">
              <p>{t('noPlans')}</p>
              {/* The demo cannot come back over a damaged record of it: that one is to be deleted first (see above). */}
              <Show when={!damaged().some((d) => d.id === DEMO_PLAN_ID)}>
                <button type="button" data-testid="restore-demo" onClick={() => void bringBackDemo()}>{t('restoreDemo')}</button>
              </Show>
            </div>}>
            <table class="table">
              <thead>
                <tr>
                  <th>{t('colPlanName')}</th><th>{t('colPeriod')}</th><th>{t('colAllocatingUnit')}</th>
                  <th>{t('colStatus')}</th><th class="num">{t('colUnits')}</th><th>{t('colUpdated')}</th><th>{t('colActions')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(plan) => (
                    <tr data-testid="plan-row" data-plan-id={plan.id}>
                      <td><a href={routeHref({ page: 'plan', planId: plan.id })}>{plan.name}</a></td>
                      <td>{plan.period}</td>
                      <td>{plan.allocatingUnit}</td>
                      <td><span class={`status status-${plan.status}`}>{plan.status === 'ready' ? t('statusReady') : t('statusDraft')}</span></td>
                      <td class="num">{plan.unitCount}</td>
                      <td>{formatDate(plan.updatedAt)}</td>
                      <td class="row-actions">
                        <button type="button" onClick={() => setAction({ kind: 'rename', plan })}>{t('rename')}</button>
                        <button type="button" onClick={() => setAction({ kind: 'duplicate', plan })}>{t('duplicate')}</button>
                        <button type="button" class="danger" onClick={() => setAction({ kind: 'delete', plan })}>{t('delete')}</button>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
      <Show when={action()} keyed>
        {(a) => {
          switch (a.kind) {
            case 'new':
              return <NewPlanDialog onClose={close} onCreated={open} />;
            case 'duplicate':
              return <DuplicatePlanDialog plan={a.plan} onClose={close} onDuplicate={(options) => void duplicate(a.plan, options)} />;
            case 'rename':
              return <RenameDialog name={a.plan.name} onClose={close} onRename={(name) => void rename(a.plan, name)} />;
            case 'delete':
              return <ConfirmDialog title={t('deleteTitle')} text={t('deleteText', { name: a.plan.name, period: a.plan.period })}
                confirmLabel={t('delete')} danger onCancel={close} onConfirm={() => void remove(a.plan)} />;
          }
        }}
      </Show>
    </section>
  );
}

function RenameDialog(props: { name: string; onClose: () => void; onRename: (name: string) => void }) {
  const [name, setName] = createSignal(untrack(() => props.name));
  return (
    <Dialog title={t('rename')} onClose={() => props.onClose()} testId="rename-dialog">
      <form onSubmit={(e) => { e.preventDefault(); if (name().trim()) props.onRename(name()); }}>
        <label class="field"><span>{t('planName')}</span>
          <input value={name()} onInput={(e) => setName(e.currentTarget.value)} required autofocus data-testid="rename-input" />
        </label>
        <div class="dialog-actions">
          <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
          <button type="submit" class="primary" data-testid="rename-ok">{t('save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
