import { Show } from 'solid-js';
import { DEMO_PLAN_ID } from '../../domain/demoPlan';
import type { Plan } from '../../domain/plan';
import type { Issue } from '../../domain/rules';
import { formatCount } from '../../domain/rate';
import { language } from '../../state/language';
import type { AssignmentDelivery } from '../files/exportPlan';
import { t } from '../i18n/t';
import { AssignmentDelivered } from '../onDemand';
import { IssueList } from './IssueList';
import { usePlanPage } from './planPageContext';
import { saveProblemText } from './saveProblemText';
import { UnassignedNotice } from './UnassignedNotice';

/**
 * What the page has to say above the grid: the demo, a plan returned to draft, a write problem, a refused
 * edit, general targets not entered, an assignment export done, and why the plan cannot be marked ready.
 */
export function PlanNotices(props: { plan: Plan; message: string; assignmentShown: boolean; onShowAssignment: () => void;
  delivered: AssignmentDelivery | undefined; onDeliveredClose: () => void; readyErrors: readonly Issue[]; onChooseIssue: (issue: Issue) => void }) {
  const { session, unitName } = usePlanPage();
  return (
    <>
      <Show when={props.plan.id === DEMO_PLAN_ID}><p class="notice notice-info">{t('demoNotice')}</p></Show>
      <Show when={session.returnedToDraft()}><p class="notice notice-warning" data-testid="returned-to-draft" role="status">{t('returnedToDraft')}</p></Show>
      <Show when={saveProblemText(session)}>
        <p class="notice" classList={{ 'notice-warning': session.saveProblem()?.problem === 'merged', 'notice-error': session.saveProblem()?.problem !== 'merged' }}
          data-testid="save-problem" data-problem={session.saveProblem()?.problem} role="alert">{saveProblemText(session)}</p>
      </Show>
      <Show when={props.message}><p class="notice notice-error" data-testid="edit-refused" role="alert">{props.message}</p></Show>
      <UnassignedNotice indicators={props.plan.indicators} locale={language()} assignmentShown={props.assignmentShown} onShowAssignment={() => props.onShowAssignment()} />
      <Show when={props.delivered}>{(d) => <AssignmentDelivered delivery={d()} onClose={() => props.onDeliveredClose()} />}</Show>
      <Show when={props.readyErrors.length > 0}>
        <div class="notice notice-error" data-testid="ready-refused" data-errors={props.readyErrors.length} role="alert">
          <p>{t('readyRefused', { n: formatCount(props.readyErrors.length, language()) })}</p>
          <IssueList issues={props.readyErrors} indicators={props.plan.indicators} unitName={unitName} locale={language()}
            onChoose={(issue) => props.onChooseIssue(issue)} height={Math.min(232, props.readyErrors.length * 58)} />
        </div>
      </Show>
    </>
  );
}
