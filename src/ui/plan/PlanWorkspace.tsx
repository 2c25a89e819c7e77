import { Show } from 'solid-js';
import type { Plan } from '../../domain/plan';
import { language } from '../../state/language';
import { sayToUser } from '../../state/appMessage';
import { PlanGrid } from '../grid/PlanGrid';
import { HistoryPanel, planPageTools, preloadWhenIdle, ProposalPanel } from '../onDemand';
import { IssuePanel } from './IssuePanel';
import type { PlanPageModel } from './planPageModel';

/**
 * The grid and what opens beside it: the issue list, or in its place a proposal (the grid keeps its rows for
 * the preview) or a history. The grid is made anew when the language changes (AG Grid reads its texts once),
 * keeping its view.
 */
export function PlanWorkspace(props: { page: PlanPageModel; plan: Plan; onGridReady: (preload: () => () => void) => void }) {
  const page = () => props.page;
  // eslint-disable-next-line solid/reactivity -- the page's model lives as long as the page
  const { panels, refs, input, blocks } = props.page;
  const onReady = (c: NonNullable<typeof refs.grid>) => {
    refs.grid = c;
    blocks.setGrid(c);
    props.onGridReady(() => preloadWhenIdle(planPageTools));
  };
  return (
    <div class="workspace">
      <div class="grid-host" data-region="grid">
        <Show when={language()} keyed>
          {(locale) => <PlanGrid session={page().session} locale={locale} quickFilter={page().filter()} onEdit={input.onEdit} onPaste={input.onPaste}
            onBlockAction={blocks.run} onReady={onReady} onFilterCleared={() => page().setFilter('')} onCellMenu={page().locks.openMenu}
            viewState={refs.gridView} onViewState={(v) => { refs.gridView = v; }} proposal={panels.proposalPreview} />}
        </Show>
      </div>
      <Show when={panels.proposalFor()} keyed>
        {(opened) => <ProposalPanel session={page().session} plan={props.plan} locale={language()} initialIndicator={opened.indicator}
          shownUnits={() => (page().filter().trim() ? refs.grid?.shownUnits() : undefined)} selectedUnits={blocks.selectedUnits} selectedIndicators={blocks.selectedIndicators}
          unitName={page().unitName} onPreview={panels.setProposalPreview} onApplied={sayToUser} onClose={() => panels.setProposalFor(undefined)} />}
      </Show>
      <Show when={panels.historyFor()} keyed>
        {(target) => <HistoryPanel session={page().session} target={target} locale={language()} unitName={page().unitName} columnLabel={page().columnLabel}
          onTarget={panels.setHistoryFor} onClose={() => { panels.setHistoryFor(undefined); refs.grid?.focusGrid(); }} />}
      </Show>
      <Show when={page().issuesShown() && !panels.proposalFor() && !panels.historyFor()}>
        <IssuePanel page={props.page} plan={props.plan} />
      </Show>
    </div>
  );
}
