import { createMemo, createSignal, onCleanup, Show } from 'solid-js';
import type { Command } from '../../domain/commands';
import type { IndicatorId, PlanId, UnitCode } from '../../domain/ids';
import type { ChangeSource } from '../../domain/journal';
import type { Issue } from '../../domain/rules';
import { formatCount } from '../../domain/rate';
import { cellEditToCommand } from '../../state/cellCommands';
import { columnField } from '../../domain/cellHistory';
import type { HistoryTarget } from '../../state/planHistory';
import { language } from '../../state/language';
import { withVersions } from '../../state/versions';
import { createPlanSession } from '../../state/planSession';
import { route, routeHref } from '../../state/router';
import type { DamagedPlanSummary } from '../../state/services';
import { useApp } from '../appContext';
import type { ProposalPreview } from '../../state/proposalRun';
import type { AssignmentDelivery } from '../files/exportPlan';
import { PlanGrid, type GridController, type GridPaste, type GridViewState } from '../grid/PlanGrid';
import type { MonitoringGridController } from '../grid/MonitoringGrid';
import { indicatorName } from '../i18n/issueText';
import { damagedPlanText } from '../i18n/fileText';
import { t } from '../i18n/t';
import { AssignmentPanel, HistoryPanel, MonitoringView, ProposalPanel, loadExports, loadPasteFlow, PasteConfirmDialog, planPageTools, preloadWhenIdle, PrintAppendix } from '../onDemand';
import { useRegionKeys } from '../regions';
import { createIssueFeed } from './issueFeed';
import { IssueList } from './IssueList';
import { OwnTargetNote } from './OwnTargetNote';
import { useStoreOnLeave, usePrinting, useUndoKeys } from './pageListeners';
import type { PasteChoice, PasteQuestion } from './pasteFlow';
import { PlanDialogs, type DialogKind, type ExportWith } from './PlanDialogs';
import { PlanHeading } from './PlanHeading';
import { PlanNotices } from './PlanNotices';
import { PlanPageProvider, type PlanPageContext } from './planPageContext';
import { createPlanLocks } from './PlanLocks';
import { createPlanBlocks } from './PlanBlocks';
import { PlanToolbar } from './PlanToolbar';
import { saveProblemText } from './saveProblemText';
import { undoMessage } from './undoMessage';
import { createUnitNames } from './unitNames';

/**
 * A plan's page: the session it lives with, and the parts that make it (heading, notices, toolbar, grid,
 * issue list, dialogs), which share the session and the page's dispatch through `planPageContext`.
 */
export function PlanPage(props: { planId: PlanId }) {
  const app = useApp();
  // The page is keyed on the plan id by the router, so the session lives exactly as long as the page.
  // eslint-disable-next-line solid/reactivity
  const session = createPlanSession(app.plans, props.planId);
  onCleanup(app.show(session));
  const [filter, setFilter] = createSignal('');
  const [showAssignment, setShowAssignment] = createSignal(false);
  const [showIssues, setShowIssues] = createSignal(true);
  const [message, setMessage] = createSignal('');
  const [delivered, setDelivered] = createSignal<AssignmentDelivery>();
  const [readyErrors, setReadyErrors] = createSignal<Issue[]>([]);
  const [dialog, setDialog] = createSignal<DialogKind>();
  const [panelHeight, setPanelHeight] = createSignal(400);
  // The proposal panel, opened on the focused cell's indicator; its preview is drawn in the grid's cells.
  const [proposalFor, setProposalFor] = createSignal<{ indicator: IndicatorId | undefined }>();
  const [proposalPreview, setProposalPreview] = createSignal<ProposalPreview>();
  // The history panel, on a cell or the whole plan; it takes the same place as the proposal.
  const [historyFor, setHistoryFor] = createSignal<HistoryTarget>();
  const printing = usePrinting();
  let grid: GridController | undefined;
  let monitoringGrid: MonitoringGridController | undefined;
  let exportAssignmentButton: HTMLButtonElement | undefined;
  let gridView: GridViewState | undefined;
  let cancelPreload: (() => void) | undefined;
  onCleanup(() => cancelPreload?.());

  const plan = session.plan;
  // The monthly follow-up replaces the allocation's toolbar and grid; the heading, notices and session stay.
  const monitoring = () => { const r = route(); return r.page === 'plan' && r.view === 'monitoring'; };
  const counts = createMemo(() => {
    session.validationVersion();
    return session.validation.counts();
  });
  // The issue list closes itself when there is nothing in it: the grid takes the room.
  const issuesShown = () => showIssues() && counts().error + counts().warning > 0;
  const issues = createIssueFeed(session, showIssues, () => counts());
  const unitName = createUnitNames(session);

  const dispatch = (command: Command, source?: ChangeSource) => {
    const result = session.dispatch(command, source);
    setMessage(result.ok ? '' : t(`refusal_${result.reason}`));
    if (command.type !== 'setStatus') setReadyErrors([]);
    return result;
  };
  const columnLabel = (colId: string) => {
    const [field, id] = colId.split('.');
    const ind = plan()?.indicators.find((i) => i.id === id);
    if (!ind) return colId === 'volume' ? t('colVolume') : colId === 'name' ? t('colName') : t('colType');
    return `${indicatorName(ind, language())} (${field === 'baseline' ? t('fieldBaseline') : t('colTargetPlain')})`;
  };
  const context: PlanPageContext = { session, dispatch, unitName, columnLabel, setMessage };
  /** Opens the history of a unit's value cell (the menu's, or the focused one); says what to select otherwise. */
  const openHistory = (at?: { rowId: string; colId: string }) => {
    const rowId = at?.rowId ?? grid?.focusedUnit();
    const field = columnField(at?.colId ?? grid?.focusedColumn() ?? '');
    const code = plan()?.units.find((u) => u.code === rowId)?.code;
    if (!code || !field) {
      setMessage(t('history_selectCell'));
      return false;
    }
    setProposalFor(undefined);
    setHistoryFor({ code, field });
    return true;
  };
  const locks = createPlanLocks(context, () => grid, openHistory);
  const blocks = createPlanBlocks(context);

  const onEdit = (colId: string, code: UnitCode, value: unknown) => {
    const edit = cellEditToCommand(colId, code, value);
    if (edit.ok) {
      // Delete (or an edit left empty) clears the cell: its history says so.
      dispatch(edit.command, value === null || value === undefined || String(value).trim() === '' ? { kind: 'clear' } : undefined);
      return;
    }
    if (edit.problem === 'notEditable') return;
    // Back to the refused cell (the grid has moved on after Enter), so the user can type it again.
    setTimeout(() => grid?.focusCell(code, colId));
    setMessage(t('refusedIn', { unit: unitName(code), column: columnLabel(colId), message: t(`parse_${edit.problem}`, { text: String(value ?? '').trim() }) }));
  };

  // A paste that covers different kinds of columns asks first (state/pasteGuard.ts); the answer resolves it.
  const [pasteQuestion, setPasteQuestion] = createSignal<{ question: PasteQuestion; answer: (choice: PasteChoice) => void }>();
  const onPaste = (pasted: GridPaste) => void loadPasteFlow().then((m) => m.pasteBlock(pasted, {
    dispatch: (command) => dispatch(command, { kind: 'paste' }), setMessage, unitName, columnLabel,
    focusCell: (code, colId) => grid?.focusCell(code, colId),
    ask: (question) => new Promise((answer) => setPasteQuestion({ question, answer })),
  }), (e: unknown) => {
    console.error(e);
    setMessage(t('loadFailed'));
  });

  /** Undo or redo, saying why not when a field it would set back was changed since elsewhere. */
  const undo = (which: 'undo' | 'redo') => setMessage(undoMessage(which === 'undo' ? session.undo() : session.redo(), { unitName, columnLabel }));
  useUndoKeys(undo);
  useStoreOnLeave(session);
  useRegionKeys({ grid: () => (monitoring() ? monitoringGrid?.focusGrid() : grid?.focusGrid()) ?? false });

  const exportWith: ExportWith = (write) => loadExports().then(write).catch((e: unknown) => {
    console.error(e);
    setMessage(t('loadFailed'));
  });
  // The appendix's code is fetched once the grid is on screen (see `onReady` below): printing cannot wait for it.
  const print = () => void PrintAppendix.preload().then(() => window.print(), (e: unknown) => {
    console.error(e);
    setMessage(t('loadFailed'));
  });
  const chooseIssue = (issue: Issue) => grid?.focusCell(issue.unitCode, `${issue.field}.${issue.indicatorId}`);
  const toggleReady = () => {
    if (plan()?.status === 'ready') {
      dispatch({ type: 'setStatus', status: 'draft' });
      return;
    }
    setReadyErrors(session.markReady());
    setMessage('');
  };
  const removeFocusedUnit = () => {
    const code = grid?.focusedUnit();
    if (!code) return setMessage(t('selectUnitFirst'));
    setDialog({ kind: 'removeUnit', code, name: unitName(code) });
  };
  const observePanel = (el: HTMLElement) => {
    const observer = new ResizeObserver(() => setPanelHeight(Math.max(120, el.clientHeight - 8)));
    observer.observe(el);
    onCleanup(() => observer.disconnect());
  };

  return (
    <Show when={session.loadState() !== 'missing' && session.loadState() !== 'damaged'}
      fallback={<MissingPlan text={session.saveProblem()?.problem !== 'deleted' ? saveProblemText(session) : ''} problem={session.saveProblem()?.problem} damage={session.damage()} />}>
      <Show when={plan()} fallback={<p class="muted">{t('loading')}</p>}>
        {(current) => (
          <PlanPageProvider value={context}>
            <section class="plan-page" data-testid="plan-page" data-plan-id={current().id}>
              <PlanHeading plan={current()} monitoring={monitoring()} errors={counts().error} warnings={counts().warning} issuesShown={issuesShown()}
                onToggleIssues={() => setShowIssues((v) => !v)} onEditInfo={() => setDialog({ kind: 'info' })} onToggleReady={toggleReady} />
              <PlanNotices plan={current()} message={message()} assignmentShown={showAssignment()} onShowAssignment={() => setShowAssignment(true)}
                delivered={delivered()} onDeliveredClose={() => setDelivered(undefined)} readyErrors={readyErrors()} onChooseIssue={chooseIssue} />
              <Show when={!monitoring()} fallback={<MonitoringView plan={current()} onUndo={undo} onGrid={(c) => { monitoringGrid = c; }} />}>
                <PlanToolbar filter={filter()} onFilter={setFilter} onOpen={(kind) => setDialog({ kind })} onRemoveUnit={removeFocusedUnit} onUndo={undo} onLockToggle={locks.toggle}
                  onExportPlan={() => { const p = current(); const repo = app.plans; void exportWith(async (m) => m.downloadPlanFile(await withVersions(p, repo))); }}
                  assignmentShown={showAssignment()} onToggleAssignment={() => setShowAssignment((v) => !v)} exportAssignmentRef={(b) => { exportAssignmentButton = b; }}
                  proposalShown={!!proposalFor()} onPropose={() => { setHistoryFor(undefined); setProposalFor(proposalFor() ? undefined : { indicator: grid?.focusedIndicator() }); }}
                  historyShown={!!historyFor()} onHistory={() => (historyFor() ? setHistoryFor(undefined) : openHistory())} blockTools={blocks.tools()} />

                <Show when={showAssignment()}>
                  <AssignmentPanel indicators={current().indicators} locale={language()} dispatch={dispatch} />
                </Show>
                <div class="workspace">
                  <div class="grid-host" data-region="grid">
                    <Show when={language()} keyed>
                      {(locale) => <PlanGrid session={session} locale={locale} quickFilter={filter()} onEdit={onEdit} onPaste={onPaste}
                        onBlockAction={blocks.run}
                        onReady={(c) => { grid = c; blocks.setGrid(c); cancelPreload ??= preloadWhenIdle(planPageTools); }} onFilterCleared={() => setFilter('')} onCellMenu={locks.openMenu}
                        viewState={gridView} onViewState={(v) => { gridView = v; }} proposal={proposalPreview} />}
                    </Show>
                  </div>
                  {/* The proposal takes the issue list's place while it is open: the grid keeps its rows for the preview. */}
                  <Show when={proposalFor()} keyed>
                    {(opened) => <ProposalPanel session={session} plan={current()} locale={language()} initialIndicator={opened.indicator}
                      shownUnits={() => (filter().trim() ? grid?.shownUnits() : undefined)} selectedUnits={blocks.selectedUnits} selectedIndicators={blocks.selectedIndicators} unitName={unitName}
                      onPreview={setProposalPreview} onApplied={setMessage} onClose={() => setProposalFor(undefined)} />}
                  </Show>
                  <Show when={historyFor()} keyed>
                    {(target) => <HistoryPanel session={session} target={target} locale={language()} unitName={unitName} columnLabel={columnLabel}
                      onTarget={setHistoryFor} onClose={() => { setHistoryFor(undefined); grid?.focusGrid(); }} />}
                  </Show>
                  <Show when={issuesShown() && !proposalFor() && !historyFor()}>
                    <aside data-region="issues" class="issue-panel" data-testid="issue-panel" ref={observePanel}>
                      <h2>{t('issuesTitle')} <small>({formatCount(counts().error + counts().warning, language())})</small></h2>
                      <Show when={issues().length > 0} fallback={<p class="muted">{t('issuesNone')}</p>}>
                        <IssueList issues={issues()} indicators={current().indicators} unitName={unitName} locale={language()}
                          onChoose={chooseIssue} height={panelHeight() - 40} />
                      </Show>
                    </aside>
                  </Show>
                </div>
                {locks.view()}
                <OwnTargetNote indicators={current().indicators} allocatingUnit={current().allocatingUnit} locale={language()} />
              </Show>
              <Show when={printing()}>
                <PrintAppendix plan={current()} totals={session.validation.totals()} locale={language()} />
              </Show>
              <Show when={pasteQuestion()} keyed>
                {(asked) => <PasteConfirmDialog question={asked.question} plan={current()} locale={language()}
                  onAnswer={(choice) => { setPasteQuestion(undefined); asked.answer(choice); }} />}
              </Show>
              <PlanDialogs dialog={dialog()} plan={current()} onClose={() => setDialog(undefined)} onPrint={print} exportWith={exportWith}
                onDelivered={setDelivered} exportAssignmentButton={() => exportAssignmentButton} />
            </section>
          </PlanPageProvider>
        )}
      </Show>
    </Show>
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
