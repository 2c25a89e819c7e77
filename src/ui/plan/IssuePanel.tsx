import { createSignal, onCleanup, Show } from 'solid-js';
import type { Plan } from '../../domain/plan';
import { formatCount } from '../../domain/rate';
import { language } from '../../state/language';
import { t } from '../i18n/t';
import { IssueList } from './IssueList';
import type { PlanPageModel } from './planPageModel';

/** The list of the plan's errors and warnings beside the grid, as tall as the room it is given. */
export function IssuePanel(props: { page: PlanPageModel; plan: Plan }) {
  const [panelHeight, setPanelHeight] = createSignal(400);
  const observePanel = (el: HTMLElement) => {
    const observer = new ResizeObserver(() => setPanelHeight(Math.max(120, el.clientHeight - 8)));
    observer.observe(el);
    onCleanup(() => observer.disconnect());
  };
  const total = () => props.page.counts().error + props.page.counts().warning;
  return (
    <aside data-region="issues" class="issue-panel" data-testid="issue-panel" ref={observePanel}>
      <h2>{t('issuesTitle')} <small>({formatCount(total(), language())})</small></h2>
      <Show when={props.page.issues().length > 0} fallback={<p class="muted">{t('issuesNone')}</p>}>
        <IssueList issues={props.page.issues()} indicators={props.plan.indicators} unitName={props.page.unitName} locale={language()}
          onChoose={props.page.chooseIssue} height={panelHeight() - 40} />
      </Show>
    </aside>
  );
}
