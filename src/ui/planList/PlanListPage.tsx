import { onMount, Show } from 'solid-js';
import { markFirstScreenShown } from '../../state/appUpdate';
import { DEMO_PLAN_ID } from '../../domain/demoPlan';
import { createPlanList } from '../../state/planList';
import { routeHref } from '../../state/router';
import { useApp } from '../appContext';
import { t } from '../i18n/t';
import { createPlanListActions } from './createPlanListActions';
import { DamagedPlans } from './DamagedPlans';
import { PlanListDialogs } from './PlanListDialogs';
import { PlanTable } from './PlanTable';

export function PlanListPage() {
  const repo = useApp().plans;
  const { plans, damaged } = createPlanList(repo);
  const actions = createPlanListActions(repo);
  onMount(() => {
    markFirstScreenShown();
    actions.checkReminder();
  });

  return (
    <section class="plan-list" data-testid="plan-list">
      <div class="page-heading">
        <h1>{t('plans')}</h1>
        <button type="button" class="primary" data-testid="new-plan" onClick={() => actions.setAction({ kind: 'new' })}>{t('newPlan')}</button>
        <a class="button-link" href={routeHref({ page: 'consolidation' })} data-testid="open-consolidation">{t('consolidationOpen')}</a>
        <span class="spacer" />
        <button type="button" data-testid="backup-all" onClick={() => void actions.backUp()}>{t('backupAll')}</button>
      </div>
      <Show when={actions.failure()}><p class="notice notice-error" role="alert">{actions.failure()}</p></Show>
      <Show when={actions.reminder()}><p class="notice notice-warning" data-testid="backup-reminder" role="status">{t('backupReminder')}</p></Show>
      <DamagedPlans plans={damaged()} onDelete={(plan) => actions.setAction({ kind: 'delete', plan: { id: plan.id, name: plan.name, period: '—' } })} />
      <Show when={plans()} fallback={<p class="muted">{t('loading')}</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={
            <div class="empty">
              <p>{t('noPlans')}</p>
              {/* The demo cannot come back over a damaged record of it: that one is to be deleted first (see above). */}
              <Show when={!damaged().some((d) => d.id === DEMO_PLAN_ID)}>
                <button type="button" data-testid="restore-demo" onClick={() => void actions.bringBackDemo()}>{t('restoreDemo')}</button>
              </Show>
            </div>}>
            <PlanTable plans={list()} onAction={(a) => actions.setAction(a)} onOpening={(plan) => repo.readAhead(plan.id)} />
          </Show>
        )}
      </Show>
      <PlanListDialogs actions={actions} />
    </section>
  );
}
