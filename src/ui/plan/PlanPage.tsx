import { createMemo, createSignal, onCleanup, Show } from 'solid-js';
import type { Command } from '../../domain/commands';
import { DEMO_PLAN_ID } from '../../domain/demoPlan';
import type { PlanId, UnitCode } from '../../domain/ids';
import type { Issue } from '../../domain/rules';
import type { Unit } from '../../domain/plan';
import { formatCount } from '../../domain/rate';
import { cellEditToCommand } from '../../state/cellCommands';
import { language } from '../../state/language';
import { createPlanSession } from '../../state/planSession';
import { setOpenSession } from '../../state/openPlan';
import { ExportCsvDialog } from '../files/ExportCsvDialog';
import type { AssignmentDelivery } from '../files/exportPlan';
import {
  AddUnitDialog, AssignmentDelivered, AssignmentPanel, ExportAssignmentDialog, loadExports, loadPasteFlow, PasteConfirmDialog, PlanInfoDialog,
  planPageTools, preloadWhenIdle, PrintAppendix, PrintDialog,
} from '../onDemand';
import { routeHref } from '../../state/router';
import type { PlanStore } from '../../state/services';
import { ConfirmDialog } from '../Dialog';
import { PlanGrid, type GridController, type GridPaste, type GridViewState } from '../grid/PlanGrid';
import { OwnTargetNote } from './OwnTargetNote';
import { UnassignedNotice } from './UnassignedNotice';
import { undoMessage } from './undoMessage';
import type { ChangeSource } from '../../domain/journal';
import { useRegionKeys } from '../regions';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { IssueList } from './IssueList';
import { createIssueFeed } from './issueFeed';
import { IssueSummary } from './IssueSummary';
import type { PasteChoice, PasteQuestion } from './pasteFlow';
import { SaveStatus } from './SaveStatus';

type DialogKind = { kind: 'addUnit' } | { kind: 'info' } | { kind: 'exportCsv' } | { kind: 'exportAssignment' } | { kind: 'print' } | { kind: 'removeUnit'; code: UnitCode; name: string };

export function PlanPage(props: { repo: PlanStore; planId: PlanId }) {
  // The page is keyed on the plan id by the router, so the session lives exactly as long as the page.
  // eslint-disable-next-line solid/reactivity
  const session = createPlanSession(props.repo, props.planId);
  setOpenSession(session);
  onCleanup(() => setOpenSession(undefined));
  const [filter, setFilter] = createSignal('');
  const [showAssignment, setShowAssignment] = createSignal(false);
  const [showIssues, setShowIssues] = createSignal(true);
  const [message, setMessage] = createSignal('');
  const [delivered, setDelivered] = createSignal<AssignmentDelivery>();
  const [readyErrors, setReadyErrors] = createSignal<Issue[]>([]);
  const [dialog, setDialog] = createSignal<DialogKind>();
  const [panelHeight, setPanelHeight] = createSignal(400);
  // The appendix exists only while printing (button or Ctrl+P): Solid renders it synchronously on `beforeprint`.
  const [printing, setPrinting] = createSignal(false);
  const beforePrint = () => setPrinting(true);
  const afterPrint = () => setPrinting(false);
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  onCleanup(() => {
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', afterPrint);
  });
  // The appendix's code is fetched once the grid is on screen (see `onReady` below): printing cannot wait for it.
  const print = () => void PrintAppendix.preload().then(() => window.print(), (e: unknown) => {
    console.error(e);
    setMessage(t('loadFailed'));
  });
  let cancelPreload: (() => void) | undefined;
  onCleanup(() => cancelPreload?.());
  let grid: GridController | undefined;
  let exportAssignmentButton: HTMLButtonElement | undefined;
  let gridView: GridViewState | undefined;

  const plan = session.plan;
  const counts = createMemo(() => {
    session.validationVersion();
    return session.validation.counts();
  });

  // The issue list closes itself when there is nothing in it: the grid takes the room.
  const issuesShown = () => showIssues() && counts().error + counts().warning > 0;
  const issues = createIssueFeed(session, showIssues, () => counts());
  // Names by code, kept up to date from the units each change touched: an edit costs the same with 159 or
  // 100,000 units, and what shows a name is refreshed only when a name changed.
  const names = new Map<UnitCode, string>();
  const [namesVersion, setNamesVersion] = createSignal(0);
  const rememberNames = (units: readonly Unit[]) => {
    let renamed = false;
    for (const u of units) {
      if (names.get(u.code) === u.name) continue;
      names.set(u.code, u.name);
      renamed = true;
    }
    return renamed;
  };
  rememberNames(session.plan()?.units ?? []);
  const unsubscribeNames = session.subscribe((change) => {
    let renamed = true;
    if (change.kind === 'reset') {
      names.clear();
      rememberNames(session.plan()?.units ?? []);
    } else {
      renamed = rememberNames(change.changed);
      for (const code of change.removed) renamed = names.delete(code) || renamed;
    }
    if (renamed) setNamesVersion((v) => v + 1);
  });
  onCleanup(unsubscribeNames);
  const unitName = (code: UnitCode) => {
    namesVersion();
    return names.get(code) ?? code;
  };

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

  const onEdit = (colId: string, code: UnitCode, value: unknown) => {
    const edit = cellEditToCommand(colId, code, value);
    if (edit.ok) {
      dispatch(edit.command);
      return;
    }
    if (edit.problem === 'notEditable') return;
    // Back to the refused cell (the grid has moved on after Enter), so the user can type it again.
    setTimeout(() => grid?.focusCell(code, colId));
    setMessage(t('refusedIn', {
      unit: unitName(code), column: columnLabel(colId),
      message: t(`parse_${edit.problem}`, { text: String(value ?? '').trim() }),
    }));
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
  const undo = (which: 'undo' | 'redo') => {
    const result = which === 'undo' ? session.undo() : session.redo();
    setMessage(undoMessage(result, { unitName, columnLabel }));
  };

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo this tab's commands, except inside a text field.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, .ag-cell-inline-editing, dialog')) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) undo('undo');
    else if (key === 'y' || (key === 'z' && e.shiftKey)) undo('redo');
    else return;
    e.preventDefault();
  };
  document.addEventListener('keydown', onKeyDown);
  onCleanup(() => document.removeEventListener('keydown', onKeyDown));
  useRegionKeys({ grid: () => grid?.focusGrid() ?? false });

  // Closing the tab while a write is still queued: the browser asks first (the write needs a moment).
  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (session.saveState() === 'saving') e.preventDefault();
  };
  window.addEventListener('beforeunload', beforeUnload);
  // Hidden or closed: whatever is still queued is handed to IndexedDB at once.
  const onHide = () => {
    if (document.visibilityState === 'hidden') session.storeNow();
  };
  window.addEventListener('pagehide', session.storeNow);
  document.addEventListener('visibilitychange', onHide);
  onCleanup(() => {
    window.removeEventListener('beforeunload', beforeUnload);
    window.removeEventListener('pagehide', session.storeNow);
    document.removeEventListener('visibilitychange', onHide);
  });

  /** A file export; its code (the file formats, PapaParse) is loaded with the first one. */
  const exportWith = (write: (exports: Awaited<ReturnType<typeof loadExports>>) => void | Promise<void>) => loadExports().then(write).catch((e: unknown) => {
    console.error(e);
    setMessage(t('loadFailed'));
  });

  const chooseIssue = (issue: Issue) => grid?.focusCell(issue.unitCode, `${issue.field}.${issue.indicatorId}`);

  const toggleReady = () => {
    if (plan()?.status === 'ready') {
      dispatch({ type: 'setStatus', status: 'draft' });
      return;
    }
    const errors = session.markReady();
    setReadyErrors(errors);
    setMessage('');
  };

  const removeFocusedUnit = () => {
    const code = grid?.focusedUnit();
    if (!code) return setMessage(t('selectUnitFirst'));
    setDialog({ kind: 'removeUnit', code, name: unitName(code) });
  };

  const saveProblemText = () => {
    const p = session.saveProblem();
    if (!p) return '';
    const dropped = p.dropped === 0 ? '' : ` ${t(p.problem === 'merged' ? 'saveDropped' : 'saveNotStored', { n: p.dropped })}`;
    return (p.problem === 'merged' ? t('saveMerged') : p.problem === 'quota' ? t('saveQuota') : p.problem === 'deleted' ? t('planMissing') : t('saveFailed')) + dropped;
  };

  const observePanel = (el: HTMLElement) => {
    const observer = new ResizeObserver(() => setPanelHeight(Math.max(120, el.clientHeight - 8)));
    observer.observe(el);
    onCleanup(() => observer.disconnect());
  };

  return (
    <Show when={session.loadState() !== 'missing'} fallback={
      <div class="empty">
        {/* A plan that storage refused to store (e.g. the disk is full) says why it is not there. */}
        <Show when={session.saveProblem()?.problem !== 'deleted' && saveProblemText()}>
          <p class="notice notice-error" data-testid="save-problem" data-problem={session.saveProblem()?.problem} role="alert">{saveProblemText()}</p>
        </Show>
        <p>{t('planMissing')}</p><a href={routeHref({ page: 'list' })}>{t('backToList')}</a>
      </div>}>
      <Show when={plan()} fallback={<p class="muted">{t('loading')}</p>}>
        {(current) => (
          <section class="plan-page" data-testid="plan-page" data-plan-id={current().id}>
            <div class="plan-heading">
              <a class="back" href={routeHref({ page: 'list' })}>{t('backToList')}</a>
              <h1 data-testid="plan-name">{current().name}</h1>
              <span class="plan-meta">{[current().period, current().allocatingUnit, t('unitsCount', { n: formatCount(current().units.length, language()) })].filter((x) => x).join(' · ')}</span>
              <button type="button" class="small" onClick={() => setDialog({ kind: 'info' })}>{t('edit')}</button>
              <span class="spacer" />
              <span class={`status status-${current().status}`} data-testid="plan-status" data-status={current().status}>
                {current().status === 'ready' ? t('statusReady') : t('statusDraft')}
              </span>
              <button type="button" classList={{ primary: current().status === 'draft' }} data-testid="mark-ready" onClick={toggleReady}>
                {current().status === 'ready' ? t('backToDraft') : t('markReady')}
              </button>
              <IssueSummary errors={counts().error} warnings={counts().warning} pressed={issuesShown()} onClick={() => setShowIssues((v) => !v)} />
              <SaveStatus state={session.saveState()} />
            </div>

            <Show when={current().id === DEMO_PLAN_ID}><p class="notice notice-info">{t('demoNotice')}</p></Show>
            <Show when={session.returnedToDraft()}><p class="notice notice-warning" data-testid="returned-to-draft" role="status">{t('returnedToDraft')}</p></Show>
            <Show when={saveProblemText()}>
              <p class="notice" classList={{ 'notice-warning': session.saveProblem()?.problem === 'merged', 'notice-error': session.saveProblem()?.problem !== 'merged' }}
                data-testid="save-problem" data-problem={session.saveProblem()?.problem} role="alert">{saveProblemText()}</p>
            </Show>
            <Show when={message()}><p class="notice notice-error" data-testid="edit-refused" role="alert">{message()}</p></Show>
            <UnassignedNotice indicators={current().indicators} locale={language()} assignmentShown={showAssignment()} onShowAssignment={() => setShowAssignment(true)} />
            <Show when={delivered()}>{(d) => <AssignmentDelivered delivery={d()} onClose={() => setDelivered(undefined)} />}</Show>
            <Show when={readyErrors().length > 0}>
              <div class="notice notice-error" data-testid="ready-refused" data-errors={readyErrors().length} role="alert">
                <p>{t('readyRefused', { n: formatCount(readyErrors().length, language()) })}</p>
                <IssueList issues={readyErrors()} indicators={current().indicators} unitName={unitName} locale={language()}
                  onChoose={chooseIssue} height={Math.min(232, readyErrors().length * 58)} />
              </div>
            </Show>

            <div class="toolbar" data-region="toolbar">
              <input type="search" class="filter" data-testid="quick-filter" placeholder={t('filterPlaceholder')} value={filter()}
                onInput={(e) => setFilter(e.currentTarget.value)} aria-label={t('filterPlaceholder')} />
              <button type="button" data-testid="add-unit" onClick={() => setDialog({ kind: 'addUnit' })}>{t('addUnit')}</button>
              <button type="button" data-testid="remove-unit" onClick={removeFocusedUnit}>{t('removeUnit')}</button>
              <button type="button" data-testid="undo" title={t('undoHint')} disabled={!session.canUndo()} onClick={() => undo('undo')}>↶ {t('undo')}</button>
              <button type="button" data-testid="redo" title={t('redoHint')} disabled={!session.canRedo()} onClick={() => undo('redo')}>↷ {t('redo')}</button>
              <span class="spacer" />
              <button type="button" data-testid="export-csv" onClick={() => setDialog({ kind: 'exportCsv' })}>{t('exportCsv')}</button>
              <button type="button" data-testid="export-plan" onClick={() => { const p = current(); void exportWith((m) => m.downloadPlanFile(p)); }}>{t('exportPlan')}</button>
              <button type="button" data-testid="export-assignment" ref={exportAssignmentButton} onClick={() => setDialog({ kind: 'exportAssignment' })}>{t('exportAssignment')}</button>
              <button type="button" data-testid="print" onClick={() => setDialog({ kind: 'print' })}>{t('print')}</button>
              <button type="button" classList={{ active: showAssignment() }} data-testid="toggle-assignment" aria-pressed={showAssignment()}
                onClick={() => setShowAssignment((v) => !v)}>{t('showAssignment')}</button>
            </div>

            <Show when={showAssignment()}>
              <AssignmentPanel indicators={current().indicators} locale={language()} dispatch={dispatch} />
            </Show>

            <div class="workspace">
              <div class="grid-host" data-region="grid">
                <Show when={language()} keyed>
                  {(locale) => <PlanGrid session={session} locale={locale} quickFilter={filter()} onEdit={onEdit} onPaste={onPaste}
                    onReady={(c) => { grid = c; cancelPreload ??= preloadWhenIdle(planPageTools); }} onFilterCleared={() => setFilter('')}
                    viewState={gridView} onViewState={(v) => { gridView = v; }} />}
                </Show>
              </div>
              <Show when={issuesShown()}>
                <aside data-region="issues" class="issue-panel" data-testid="issue-panel" ref={observePanel}>
                  <h2>{t('issuesTitle')} <small>({formatCount(counts().error + counts().warning, language())})</small></h2>
                  <Show when={issues().length > 0} fallback={<p class="muted">{t('issuesNone')}</p>}>
                    <IssueList issues={issues()} indicators={current().indicators} unitName={unitName} locale={language()}
                      onChoose={chooseIssue} height={panelHeight() - 40} />
                  </Show>
                </aside>
              </Show>
            </div>

            <OwnTargetNote indicators={current().indicators} allocatingUnit={current().allocatingUnit} locale={language()} />

            <Show when={printing()}>
              <PrintAppendix plan={current()} totals={session.validation.totals()} locale={language()} />
            </Show>
            <Show when={pasteQuestion()} keyed>
              {(asked) => <PasteConfirmDialog question={asked.question} plan={current()} locale={language()}
                onAnswer={(choice) => { setPasteQuestion(undefined); asked.answer(choice); }} />}
            </Show>
            <Show when={dialog()} keyed>
              {(d) => {
                const close = () => setDialog(undefined);
                if (d.kind === 'addUnit') return <AddUnitDialog dispatch={dispatch} onClose={close} />;
                if (d.kind === 'print') return <PrintDialog planId={current().id} onClose={close} onPrint={() => { close(); print(); }} />;
                if (d.kind === 'exportAssignment') {
                  // Closed, exported or not, the dialog hands the focus back to the button that opened it.
                  const closeAssignment = () => {
                    close();
                    exportAssignmentButton?.focus();
                  };
                  return <ExportAssignmentDialog plan={current()} onClose={closeAssignment} onExport={(split, lists) => {
                    const p = current();
                    setDelivered(undefined);
                    void exportWith(async (m) => { setDelivered(await m.downloadAssignment(p, split, lists)); }).then(closeAssignment);
                  }} />;
                }
                if (d.kind === 'exportCsv') {
                  return <ExportCsvDialog onClose={close} onExport={(dialect) => {
                    const [p, totals] = [current(), session.validation.totals()];
                    void exportWith((m) => m.downloadPlanCsv(p, totals, dialect)).then(close);
                  }} />;
                }
                if (d.kind === 'info') {
                  return <PlanInfoDialog info={{ name: current().name, period: current().period, allocatingUnit: current().allocatingUnit, notes: current().notes }}
                    onClose={close} onSave={(info) => { dispatch({ type: 'setPlanInfo', info }); close(); }} />;
                }
                return <ConfirmDialog title={t('removeUnitTitle')} text={t('removeUnitText', { name: d.name, code: d.code })}
                  confirmLabel={t('removeUnit')} danger onCancel={close}
                  onConfirm={() => { dispatch({ type: 'removeUnit', unitCode: d.code }); close(); }} />;
              }}
            </Show>
          </section>
        )}
      </Show>
    </Show>
  );
}
