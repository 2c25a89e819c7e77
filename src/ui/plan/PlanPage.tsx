import { onCleanup, Show } from 'solid-js';
import type { PlanId } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import { language } from '../../state/language';
import { createPlanSession } from '../../state/planSession';
import { routeHref } from '../../state/router';
import type { DamagedPlanSummary } from '../../state/services';
import { useApp } from '../appContext';
import { damagedPlanText } from '../i18n/fileText';
import { t } from '../i18n/t';
import { MonitoringView, PasteConfirmDialog, PrintAppendix } from '../onDemand';
import { useRegionKeys } from '../regions';
import { AllocationView } from './AllocationView';
import { useStoreOnLeave, usePrinting, useUndoKeys } from './pageListeners';
import { PlanDialogs } from './PlanDialogs';
import { PlanHeading } from './PlanHeading';
import { createPlanPageModel, type PlanPageModel } from './planPageModel';
import { PlanNotices } from './PlanNotices';
import { PlanPageProvider } from './planPageContext';
import { saveProblemText } from './saveProblemText';

/**
 * A plan's page: the session it lives with, and the parts that make it (heading, notices, toolbar, grid,
 * issue list, dialogs), which share the session and the page's state and actions (`planPageModel.ts`,
 * and `planPageContext` for what deeper parts need).
 */
export function PlanPage(props: { planId: PlanId }) {
  const app = useApp();
  // The page is keyed on the plan id by the router, so the session lives exactly as long as the page.
  // eslint-disable-next-line solid/reactivity
  const session = createPlanSession(app.plans, props.planId);
  onCleanup(app.show(session));
  const page = createPlanPageModel(session, app);
  let cancelPreload: (() => void) | undefined;
  onCleanup(() => cancelPreload?.());
  useUndoKeys(page.undo);
  useStoreOnLeave(session);
  useRegionKeys({ grid: () => (page.monitoring() ? page.refs.monitoringGrid?.focusGrid() : page.refs.grid?.focusGrid()) ?? false });

  return (
    <Show when={session.loadState() !== 'missing' && session.loadState() !== 'damaged'}
      fallback={<MissingPlan text={session.saveProblem()?.problem !== 'deleted' ? saveProblemText(session) : ''} problem={session.saveProblem()?.problem} damage={session.damage()} />}>
      <Show when={page.plan()} fallback={<p class="muted">{t('loading')}</p>}>
        {(current) => (
          <PlanPageProvider value={page.context}>
            <PlanPageBody page={page} plan={current()} onGridReady={(preload) => { cancelPreload ??= preload(); }} />
          </PlanPageProvider>
        )}
      </Show>
    </Show>
  );
}

/** The page of a plan that is there: heading and notices, then the allocation or the monthly follow-up, and the page's dialogs. */
function PlanPageBody(props: { page: PlanPageModel; plan: Plan; onGridReady: (preload: () => () => void) => void }) {
  const page = () => props.page;
  // eslint-disable-next-line solid/reactivity -- the page's model lives as long as the page
  const { panels, notices, refs } = props.page;
  const printing = usePrinting();
  return (
    <section class="plan-page" data-testid="plan-page" data-plan-id={props.plan.id}>
      <PlanHeading plan={props.plan} monitoring={page().monitoring()} errors={page().counts().error} warnings={page().counts().warning} issuesShown={page().issuesShown()}
        onToggleIssues={() => panels.setShowIssues((v) => !v)} onEditInfo={() => panels.setDialog({ kind: 'info' })} onToggleReady={page().toggleReady} />
      <PlanNotices plan={props.plan} message={notices.message()} assignmentShown={panels.showAssignment()} onShowAssignment={() => panels.setShowAssignment(true)}
        delivered={notices.delivered()} onDeliveredClose={() => notices.setDelivered(undefined)} readyErrors={notices.readyErrors()} onChooseIssue={page().chooseIssue} />
      <Show when={!page().monitoring()} fallback={<MonitoringView plan={props.plan} onUndo={page().undo} onGrid={(c) => { refs.monitoringGrid = c; }} />}>
        <AllocationView page={props.page} plan={props.plan} onGridReady={props.onGridReady} />
      </Show>
      <Show when={printing()}>
        <PrintAppendix plan={props.plan} totals={page().session.validation.totals()} locale={language()} />
      </Show>
      <Show when={page().input.pasteQuestion()} keyed>
        {(asked) => <PasteConfirmDialog question={asked.question} plan={props.plan} locale={language()} onAnswer={page().input.answerPaste} />}
      </Show>
      <PlanDialogs dialog={panels.dialog()} plan={props.plan} onClose={() => panels.setDialog(undefined)} onPrint={page().print} exportWith={page().exportWith}
        onDelivered={notices.setDelivered} exportAssignmentButton={() => refs.exportAssignmentButton} />
    </section>
  );
}

/** A plan that is not there: deleted, or refused by storage (e.g. the disk is full), which is said. */
function MissingPlan(props: { text: string; problem: string | undefined; damage: DamagedPlanSummary | undefined }) {
  return (
    <div class="empty">
      <Show when={props.damage}>
        {(damage) => <p class="notice notice-error" data-testid="plan-damaged" role="alert">{damagedPlanText(damage())}</p>}
      </Show>
      <Show when={props.text}>
        <p class="notice notice-error" data-testid="save-problem" data-problem={props.problem} role="alert">{props.text}</p>
      </Show>
      <Show when={!props.damage}><p>{t('planMissing')}</p></Show><a href={routeHref({ page: 'list' })}>{t('backToList')}</a>
    </div>
  );
}
