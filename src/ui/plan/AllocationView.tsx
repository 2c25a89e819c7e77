import { Show } from 'solid-js';
import type { Plan } from '../../domain/plan';
import { language } from '../../state/language';
import { AssignmentPanel } from '../onDemand';
import { OwnTargetNote } from './OwnTargetNote';
import type { PlanPageModel } from './planPageModel';
import { PlanToolbar } from './PlanToolbar';
import { PlanWorkspace } from './PlanWorkspace';

/** The allocation: its toolbar, the province's assignment when opened, the grid and its side panels, the locks' menu. */
export function AllocationView(props: { page: PlanPageModel; plan: Plan; onGridReady: (preload: () => () => void) => void }) {
  const page = () => props.page;
  // eslint-disable-next-line solid/reactivity -- the page's model lives as long as the page
  const { panels, refs } = props.page;
  const propose = () => {
    panels.setHistoryFor(undefined);
    panels.setProposalFor(panels.proposalFor() ? undefined : { indicator: refs.grid?.focusedIndicator() });
  };
  return (
    <>
      <PlanToolbar filter={page().filter()} onFilter={page().setFilter} onOpen={(kind) => panels.setDialog({ kind })} onRemoveUnit={page().removeFocusedUnit}
        onUndo={page().undo} onLockToggle={page().locks.toggle} onExportPlan={() => page().exportPlan(props.plan)}
        assignmentShown={panels.showAssignment()} onToggleAssignment={() => panels.setShowAssignment((v) => !v)} exportAssignmentRef={(b) => { refs.exportAssignmentButton = b; }}
        proposalShown={!!panels.proposalFor()} onPropose={propose}
        historyShown={!!panels.historyFor()} onHistory={() => (panels.historyFor() ? panels.setHistoryFor(undefined) : page().openHistory())} blockTools={page().blocks.tools()} />
      <Show when={panels.showAssignment()}>
        <AssignmentPanel indicators={props.plan.indicators} locale={language()} dispatch={page().dispatch} />
      </Show>
      <PlanWorkspace page={props.page} plan={props.plan} onGridReady={props.onGridReady} />
      {page().locks.view()}
      <OwnTargetNote indicators={props.plan.indicators} allocatingUnit={props.plan.allocatingUnit} locale={language()} />
    </>
  );
}
