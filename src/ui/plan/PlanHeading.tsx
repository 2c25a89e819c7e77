import type { Plan } from '../../domain/plan';
import { formatCount } from '../../domain/rate';
import { language } from '../../state/language';
import { routeHref } from '../../state/router';
import { t } from '../i18n/t';
import { IssueSummary } from './IssueSummary';
import { usePlanPage } from './planPageContext';
import { SaveStatus } from './SaveStatus';

/** The plan's name and details, its status and the way to change it, the issue counts and the save badge. */
export function PlanHeading(props: { plan: Plan; monitoring: boolean; errors: number; warnings: number; issuesShown: boolean; onToggleIssues: () => void;
  onEditInfo: () => void; onToggleReady: () => void }) {
  const { session } = usePlanPage();
  return (
    <div class="plan-heading">
      <a class="back" href={routeHref({ page: 'list' })}>{t('backToList')}</a>
      <h1 data-testid="plan-name">{props.plan.name}</h1>
      <span class="plan-meta">{[props.plan.period, props.plan.allocatingUnit, t('unitsCount', { n: formatCount(props.plan.units.length, language()) })].filter((x) => x).join(' · ')}</span>
      <button type="button" class="small" onClick={() => props.onEditInfo()}>{t('edit')}</button>
      <nav class="view-tabs" aria-label={t('view_monitoringHint')}>
        <a href={routeHref({ page: 'plan', planId: props.plan.id })} data-testid="view-allocation" aria-current={props.monitoring ? undefined : 'page'}>{t('view_allocation')}</a>
        <a href={routeHref({ page: 'plan', planId: props.plan.id, view: 'monitoring' })} data-testid="view-monitoring" title={t('view_monitoringHint')}
          aria-current={props.monitoring ? 'page' : undefined}>{t('view_monitoring')}</a>
      </nav>
      <span class="spacer" />
      <span class={`status status-${props.plan.status}`} data-testid="plan-status" data-status={props.plan.status}>
        {props.plan.status === 'ready' ? t('statusReady') : t('statusDraft')}
      </span>
      <button type="button" classList={{ primary: props.plan.status === 'draft' }} data-testid="mark-ready" onClick={() => props.onToggleReady()}>
        {props.plan.status === 'ready' ? t('backToDraft') : t('markReady')}
      </button>
      <IssueSummary errors={props.errors} warnings={props.warnings} pressed={props.issuesShown} onClick={() => props.onToggleIssues()} />
      <SaveStatus state={session.saveState()} />
    </div>
  );
}
