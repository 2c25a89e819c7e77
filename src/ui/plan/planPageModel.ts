import { createMemo, createSignal } from 'solid-js';
import type { Command } from '../../domain/commands';
import type { IndicatorId } from '../../domain/ids';
import type { ChangeSource } from '../../domain/journal';
import type { Issue } from '../../domain/rules';
import type { Plan } from '../../domain/plan';
import { columnField } from '../../domain/cellHistory';
import type { AppServices } from '../../state/appServices';
import type { HistoryTarget } from '../../state/planHistory';
import type { PlanSession } from '../../state/planSession';
import type { ShownProposal } from '../proposal/proposalCells';
import { language } from '../../state/language';
import { route } from '../../state/router';
import { withVersions } from '../../state/versions';
import type { AssignmentDelivery } from '../files/exportPlan';
import type { GridController, GridViewState } from '../grid/PlanGrid';
import type { MonitoringGridController } from '../grid/MonitoringGrid';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { loadExports, PrintAppendix } from '../onDemand';
import { createCellInput } from './cellInput';
import { createIssueFeed } from './issueFeed';
import type { DialogKind, ExportWith } from './PlanDialogs';
import type { PlanPageContext } from './planPageContext';
import { createPlanBlocks } from './PlanBlocks';
import { createPlanLocks } from './PlanLocks';
import { undoMessage } from './undoMessage';
import { createUnitNames } from './unitNames';

/** A column's name as the page says it: an indicator's baseline or target, or one of the unit's own columns. */
export function columnLabelIn(plan: Plan | undefined, colId: string): string {
  const [field, id] = colId.split('.');
  const ind = plan?.indicators.find((i) => i.id === id);
  if (!ind) return colId === 'volume' ? t('colVolume') : colId === 'name' ? t('colName') : t('colType');
  return `${indicatorName(ind, language())} (${field === 'baseline' ? t('fieldBaseline') : t('colTargetPlain')})`;
}

/** What the page's parts show beside the grid: the assignment, the issue list, a proposal or a history, a dialog. */
function createPanels() {
  const [showAssignment, setShowAssignment] = createSignal(false);
  const [showIssues, setShowIssues] = createSignal(true);
  const [dialog, setDialog] = createSignal<DialogKind>();
  // The proposal panel, opened on the focused cell's indicator; its preview is drawn in the grid's cells.
  const [proposalFor, setProposalFor] = createSignal<{ indicator: IndicatorId | undefined }>();
  const [proposalPreview, setProposalPreview] = createSignal<ShownProposal>();
  // The history panel, on a cell or the whole plan; it takes the same place as the proposal.
  const [historyFor, setHistoryFor] = createSignal<HistoryTarget>();
  return { showAssignment, setShowAssignment, showIssues, setShowIssues, dialog, setDialog, proposalFor, setProposalFor, proposalPreview, setProposalPreview, historyFor, setHistoryFor };
}

/** What the page says above the grid: a message, an assignment just sent, what stops the plan being ready. */
function createNotices() {
  const [message, setMessage] = createSignal('');
  const [delivered, setDelivered] = createSignal<AssignmentDelivery>();
  const [readyErrors, setReadyErrors] = createSignal<Issue[]>([]);
  return { message, setMessage, delivered, setDelivered, readyErrors, setReadyErrors };
}

/** The page's handles on what it draws: the grids (the allocation's, the follow-up's), and the grid's view kept across a re-creation. */
function createRefs() {
  return {
    grid: undefined as GridController | undefined,
    monitoringGrid: undefined as MonitoringGridController | undefined,
    exportAssignmentButton: undefined as HTMLButtonElement | undefined,
    gridView: undefined as GridViewState | undefined,
  };
}

/**
 * The state and actions of a plan's page, shared by its parts: which panels and dialogs are open, the page's
 * messages, its one `dispatch` (a refusal is said on the page), and what the toolbar and the keys ask for.
 */
export function createPlanPageModel(session: PlanSession, app: AppServices) {
  const panels = createPanels();
  const notices = createNotices();
  const refs = createRefs();
  const plan = session.plan;
  const [filter, setFilter] = createSignal('');
  // The monthly follow-up replaces the allocation's toolbar and grid; the heading, notices and session stay.
  const monitoring = () => { const r = route(); return r.page === 'plan' && r.view === 'monitoring'; };
  const counts = createMemo(() => {
    session.validationVersion();
    return session.validation.counts();
  });
  const feed = createIssueFeed(session, panels.showIssues, () => counts());
  // The issue list closes itself when there is nothing in it: the grid takes the room (after the frame that
  // shows the edit that emptied it or gave it its first issue, see issueFeed.ts).
  const issuesShown = () => panels.showIssues() && feed.any();
  const dispatch = (command: Command, source?: ChangeSource) => {
    const result = session.dispatch(command, source);
    notices.setMessage(result.ok ? '' : t(`refusal_${result.reason}`));
    if (command.type !== 'setStatus') notices.setReadyErrors([]);
    return result;
  };
  const unitName = createUnitNames(session);
  const columnLabel = (colId: string) => columnLabelIn(plan(), colId);
  const context: PlanPageContext = { session, dispatch, unitName, columnLabel, setMessage: notices.setMessage };
  const actions = createPageActions(context, panels, notices, refs, app);
  return {
    session, plan, context, panels, notices, refs, filter, setFilter, monitoring, counts, issuesShown, dispatch, unitName, columnLabel,
    issues: feed.issues,
    locks: createPlanLocks(context, () => refs.grid, actions.openHistory),
    blocks: createPlanBlocks(context),
    input: createCellInput(context, () => refs.grid),
    ...actions,
  };
}

export type PlanPageModel = ReturnType<typeof createPlanPageModel>;

/** What the toolbar, the heading and the keys ask of the page. */
function createPageActions(page: PlanPageContext, panels: ReturnType<typeof createPanels>, notices: ReturnType<typeof createNotices>,
  refs: ReturnType<typeof createRefs>, app: AppServices) {
  const { session, setMessage } = page;
  const failed = (e: unknown) => {
    console.error(e);
    setMessage(t('loadFailed'));
  };
  const exportWith: ExportWith = (write) => loadExports().then(write).catch(failed);
  return {
    exportWith,
    /** Opens the history of a unit's value cell (the menu's, or the focused one); says what to select otherwise. */
    openHistory(at?: { rowId: string; colId: string }) {
      const rowId = at?.rowId ?? refs.grid?.focusedUnit();
      const field = columnField(at?.colId ?? refs.grid?.focusedColumn() ?? '');
      const code = session.plan()?.units.find((u) => u.code === rowId)?.code;
      if (!code || !field) {
        setMessage(t('history_selectCell'));
        return false;
      }
      panels.setProposalFor(undefined);
      panels.setHistoryFor({ code, field });
      return true;
    },
    /** Undo or redo, saying why not when a field it would set back was changed since elsewhere. */
    undo: (which: 'undo' | 'redo') => setMessage(undoMessage(which === 'undo' ? session.undo() : session.redo(), page)),
    // The appendix's code is fetched once the grid is on screen (see the grid's `onReady`): printing cannot wait for it.
    print: () => void PrintAppendix.preload().then(() => window.print(), failed),
    chooseIssue: (issue: Issue) => refs.grid?.focusCell(issue.unitCode, `${issue.field}.${issue.indicatorId}`),
    toggleReady() {
      if (session.plan()?.status === 'ready') {
        page.dispatch({ type: 'setStatus', status: 'draft' });
        return;
      }
      notices.setReadyErrors(session.markReady());
      setMessage('');
    },
    removeFocusedUnit() {
      const code = refs.grid?.focusedUnit();
      if (!code) return setMessage(t('selectUnitFirst'));
      panels.setDialog({ kind: 'removeUnit', code, name: page.unitName(code) });
    },
    exportPlan(plan: Plan) {
      void exportWith(async (m) => m.downloadPlanFile(await withVersions(plan, app.plans)));
    },
  };
}
