import { createGrid, ExternalFilterModule, ModuleRegistry, type GridApi, type GridOptions, type IRowNode } from 'ag-grid-community';
import { createEffect, on, onCleanup, onMount } from 'solid-js';
import type { IndicatorId, UnitCode } from '../../domain/ids';
import type { MonthKey } from '../../domain/monitoring/resultKey';
import type { Unit } from '../../domain/plan';
import type { Locale } from '../../domain/rate';
import type { MonitoringModel } from '../../state/monitoringModel';
import type { PlanChange, PlanSession } from '../../state/planSession';
import { COMMIT_EDITS_EVENT } from '../../state/lifecycle';
import type { Block } from '../../state/cellBlock';
import { copyFocusedCell, listenToClipboard, pasteAtFocus, shownBlockText, type GridPaste } from './gridClipboard';
import { createEditHandOver } from './editHandOver';
import { createGridSelection, type BlockAction, type GridSelection } from './gridSelection';
import { GRID_LOCALE_VI } from './gridLocaleVi';
import { gridTheme, headerComponentParams, rowHeights, scrollbarCertain, updateScrollbarHint, quickFilterAsPhrase } from './gridSetup';
import { makeMonitoringColumnDefs } from './monitoringColumns';
import { createRowFeed } from './rowFeed';
import { isSummary, type GridRow, type SummaryRow } from './rows';

// The "behind only" filter is the grid's external filter: a module of its own, registered with this grid's code.
ModuleRegistry.registerModules([ExternalFilterModule]);

export interface MonitoringGridController {
  focusCell(unitCode: UnitCode, colId: string): void;
  focusGrid(): boolean;
}

export interface MonitoringGridProps {
  session: PlanSession;
  model: MonitoringModel;
  locale: Locale;
  month: MonthKey;
  /** The indicators whose columns are shown (all, or the one chosen). */
  shown: readonly IndicatorId[];
  laggingOnly: boolean;
  ranking: boolean;
  quickFilter?: string;
  onEdit: (colId: string, unitCode: UnitCode, value: unknown) => void;
  onPaste: (paste: GridPaste) => void;
  /**
   * A key asked a block action (Delete, Ctrl+D, Ctrl+R), or one value was pasted over a selected block: with the
   * block selected (undefined when none is: a fill key on a single cell).
   */
  onBlockAction?: (action: BlockAction | { value: string }, block: Block | undefined) => void;
  /** The row of the focused cell: a unit's code, `aggregate`, or undefined. */
  onFocusRow: (rowId: string | undefined) => void;
  /** Called after the model took a change of the plan (the view's panels read it then). */
  onModelChanged: () => void;
  onReady?: (controller: MonitoringGridController) => void;
}

/**
 * The results grid: AG Grid over the plan's units, as the allocation grid is (`PlanGrid.tsx`): the grid never
 * writes its data; an edit goes to `onEdit`, which dispatches one command; the session then says which units
 * changed, the model takes their old figures out of the aggregate and puts the new ones in, and only those rows
 * and the aggregate row are drawn again — all in the key press that ends the edit.
 */
export function MonitoringGrid(props: MonitoringGridProps) {
  let el!: HTMLDivElement;
  let api: GridApi<GridRow> | undefined;
  let version = 0;
  // eslint-disable-next-line solid/reactivity -- a grid lives with one session and one model
  const { session, model } = props;
  const rows = createRowFeed(() => api);
  // The allocation grid's block selection (Shift+arrows, Shift+click, drag, Ctrl+A), the same module.
  const selection = createGridSelection((action) => props.onBlockAction?.(action, selection.block()));
  const aggregateRow = (): SummaryRow => ({ code: 'aggregate', summary: true, version: ++version });
  const ranking = createRanking(model, () => api, () => props.shown);

  const edits = createEditHandOver((colId: string, code: UnitCode, value: unknown) => props.onEdit(colId, code, value));
  const columnDefs = () => makeMonitoringColumnDefs({
    locale: props.locale, indicators: session.plan()?.indicators ?? [], model, rank: ranking.ranks, onEdit: edits.hand,
  });
  let shownIndicators = session.plan()?.indicators;
  const refreshAggregate = () => api?.getPinnedBottomRow(0)?.updateData(aggregateRow());
  const applyShown = () => { if (api) showIndicators(api, session.plan()?.indicators ?? [], props.shown); };

  /** The units the grid was created with, until the first change after that. */
  let createdWith: readonly Unit[] | undefined = session.plan()?.units;

  const onChange = (change: PlanChange) => {
    const plan = session.plan();
    const created = createdWith;
    createdWith = undefined;
    if (!api || !plan) return;
    // The plan read again as it was when the grid and the model were made: nothing to redo.
    if (change.kind === 'reset' && plan.units === created && plan.indicators === shownIndicators) return;
    model.setPlan(plan, change.kind === 'units' ? { units: change.changed, removed: change.removed } : undefined);
    if (plan.indicators !== shownIndicators) {
      shownIndicators = plan.indicators;
      api.updateGridOptions({ columnDefs: columnDefs() });
      applyShown();
    }
    if (change.kind === 'reset') rows.reset(plan.units);
    else rows.take(change);
    refreshAggregate();
    if (props.ranking) ranking.schedule();
    props.onModelChanged();
  };

  onMount(() => {
    model.setMonth(props.month);
    const grid = createGrid<GridRow>(el, monitoringGridOptions(props, {
      columnDefs: columnDefs(), aggregate: aggregateRow(), selection, api: () => api,
    }));
    api = grid;
    applyShown();
    onCleanup(selection.attach(grid, el));
    onCleanup(listenToClipboard(el, {
      // eslint-disable-next-line solid/reactivity -- a plain listener: reads the handlers when a value is pasted
      paste: (e) => { const block = selection.block(); pasteAtFocus(grid, e, props.onPaste, block, (value) => props.onBlockAction?.({ value }, block)); },
      copy: (e) => { const block = selection.block(); copyFocusedCell(grid, e, block ? shownBlockText(grid, block) : undefined); },
    }));
    props.onReady?.(gridController(() => api));
  });

  // eslint-disable-next-line solid/reactivity -- a plain listener, called by the session outside Solid's tracking
  const unsubscribe = session.subscribe(onChange);
  const commitEdits = () => {
    api?.stopEditing(false);
    edits.flush();
  };
  window.addEventListener(COMMIT_EDITS_EVENT, commitEdits);
  followViewChoices(props, () => api, { model, ranking, applyShown, refreshAggregate });
  onCleanup(() => {
    ranking.stop();
    window.removeEventListener(COMMIT_EDITS_EVENT, commitEdits);
    unsubscribe();
    api?.destroy();
    api = undefined;
  });

  return <div ref={el} class="plan-grid monitoring-grid" data-testid="monitoring-grid" style={{ height: '100%', width: '100%' }} />;
}

/** The view's choices followed: the month, the indicators shown, "behind only", the search, the ranking. */
function followViewChoices(props: MonitoringGridProps, api: () => GridApi<GridRow> | undefined,
  deps: { model: MonitoringModel; ranking: Ranking; applyShown: () => void; refreshAggregate: () => void }) {
  const { model, ranking } = deps;
  createEffect(on(() => props.month, (month) => {
    model.setMonth(month);
    const grid = api();
    if (!grid) return;
    grid.refreshCells({ force: true });
    deps.refreshAggregate();
    if (props.laggingOnly) grid.onFilterChanged();
    if (props.ranking) ranking.schedule();
  }, { defer: true }));
  createEffect(on(() => [...props.shown], () => {
    deps.applyShown();
    if (props.laggingOnly) api()?.onFilterChanged();
    if (props.ranking) ranking.schedule();
  }, { defer: true }));
  createEffect(on(() => props.laggingOnly, () => api()?.onFilterChanged(), { defer: true }));
  createEffect(on(() => props.quickFilter ?? '', (text) => api()?.setGridOption('quickFilterText', text), { defer: true }));
  createEffect(on(() => props.ranking, (on) => ranking.show(on)));
}

type Ranking = ReturnType<typeof createRanking>;

/** The rank column: every unit's rank over the shown indicators, computed again a moment after the last edit. */
function createRanking(model: MonitoringModel, api: () => GridApi<GridRow> | undefined, shown: () => readonly IndicatorId[]) {
  let ranks: ReadonlyMap<string, number> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    ranks: () => ranks,
    /** The ranks again, a moment after the last edit (every unit's progress: not in the key press). */
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        ranks = model.ranks(shown());
        api()?.refreshCells({ columns: ['rank'], force: true });
      }, 300);
    },
    show(ranking: boolean) {
      const grid = api();
      if (!grid) return;
      ranks = ranking ? model.ranks(shown()) : undefined;
      grid.setColumnsVisible(['rank'], ranking);
      grid.applyColumnState({ state: [{ colId: 'rank', sort: ranking ? 'asc' : null }], defaultState: { sort: null } });
      grid.refreshCells({ columns: ['rank'], force: true });
    },
    stop: () => clearTimeout(timer),
  };
}

/** Only the shown indicators' columns visible. */
function showIndicators(api: GridApi<GridRow>, all: readonly { id: IndicatorId }[], shownIds: readonly IndicatorId[]) {
  const shown = new Set<string>(shownIds);
  const cols = (id: string) => ['num', 'den', 'rate', 'target', 'gap', 'required', 'status'].map((k) => `${k}.${id}`);
  api.setColumnsVisible(all.filter((i) => shown.has(i.id)).flatMap((i) => cols(i.id)), true);
  api.setColumnsVisible(all.filter((i) => !shown.has(i.id)).flatMap((i) => cols(i.id)), false);
}

/** The grid's options when it is made: the plan's units, the aggregate row, the filters and the focus followed. */
function monitoringGridOptions(props: MonitoringGridProps, o: {
  columnDefs: GridOptions<GridRow>['columnDefs']; aggregate: SummaryRow; selection: GridSelection; api: () => GridApi<GridRow> | undefined;
}): GridOptions<GridRow> {
  const { model, session } = props;
  return {
    theme: gridTheme,
    styleNonce: __STYLE_NONCE__ || undefined,
    columnDefs: o.columnDefs,
    rowData: [...(session.plan()?.units ?? [])],
    pinnedBottomRowData: [o.aggregate],
    getRowId: (p) => p.data.code,
    ...STATIC_OPTIONS,
    alwaysShowVerticalScroll: scrollbarCertain(session.plan()?.units.length ?? 0),
    defaultColDef: { ...STATIC_OPTIONS.defaultColDef, cellClassRules: o.selection.classRules },
    localeText: props.locale === 'vi' ? GRID_LOCALE_VI : undefined,
    quickFilterText: props.quickFilter ?? '',
    quickFilterParser: quickFilterAsPhrase,
    isExternalFilterPresent: () => props.laggingOnly,
    doesExternalFilterPass: (node: IRowNode<GridRow>) => !!node.data && !isSummary(node.data) && model.isLagging(node.data, props.shown),
    ...o.selection.events,
    onFilterChanged: (e) => {
      o.selection.events.onFilterChanged?.(e);
      updateScrollbarHint(e.api);
    },
    onCellFocused: (e) => {
      o.selection.events.onCellFocused?.(e);
      const api = o.api();
      if (!api || e.rowIndex === null || e.rowIndex === undefined) return props.onFocusRow(undefined);
      if (e.rowPinned === 'bottom') return props.onFocusRow('aggregate');
      props.onFocusRow(api.getDisplayedRowAtIndex(e.rowIndex)?.id ?? undefined);
    },
  };
}

/** The grid's settings that depend on nothing: editing and moving as in the allocation grid. */
const STATIC_OPTIONS: GridOptions<GridRow> = {
  defaultColDef: { headerComponentParams, sortable: true, resizable: true, suppressMovable: true, wrapHeaderText: true },
  headerHeight: 48,
  groupHeaderHeight: 34,
  ...rowHeights<GridRow>(34),
  enableBrowserTooltips: true,
  // Enter on a cell starts editing (as F2 does); Enter in the editor commits and moves down.
  enterNavigatesVerticallyAfterEdit: true,
  stopEditingWhenCellsLoseFocus: true,
  suppressColumnMoveAnimation: true,
  animateRows: false,
};

/** What the view may ask of the grid: put the focus back on a refused cell, or into the grid. */
function gridController(getApi: () => GridApi<GridRow> | undefined): MonitoringGridController {
  return {
    focusCell(code, colId) {
      const api = getApi();
      const node = api?.getRowNode(code);
      if (!api || !node || node.rowIndex === null) return;
      api.ensureIndexVisible(node.rowIndex, 'middle');
      api.ensureColumnVisible(colId);
      api.setFocusedCell(node.rowIndex, colId);
    },
    focusGrid() {
      const api = getApi();
      const first = api?.getAllDisplayedColumns().find((c) => c.getColId().startsWith('num.'));
      if (!api || !first || api.getDisplayedRowCount() === 0) return false;
      const cell = api.getFocusedCell();
      api.setFocusedCell(cell?.rowIndex ?? 0, cell?.column ?? first, cell?.rowPinned);
      return true;
    },
  };
}
