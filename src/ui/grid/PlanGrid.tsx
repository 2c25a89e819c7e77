import { createGrid, type ColDef, type ColGroupDef, type ColumnState, type GridApi, type GridOptions } from 'ag-grid-community';
import { createEffect, on, onCleanup, onMount, Show } from 'solid-js';
import type { UnitCode } from '../../domain/ids';
import type { Unit } from '../../domain/plan';
import type { Locale } from '../../domain/rate';
import type { PlanSession } from '../../state/planSession';
import type { ShownProposal } from '../proposal/proposalCells';
import { markFirstScreenShown } from '../../state/appUpdate';
import { COMMIT_EDITS_EVENT } from '../../state/lifecycle';
import { afterPaint } from '../../state/slices';
import { t } from '../i18n/t';
import { makeColumnDefs } from './columns';
import { memberLevel } from '../../domain/memberLevel';
import { describeRuleCells } from './cellDescriptions';
import { gridTheme, headerComponentParams, rowHeights, scrollbarCertain, updateScrollbarHint, quickFilterAsPhrase } from './gridSetup';
import { GRID_LOCALE_VI } from './gridLocaleVi';
import { fitHeaderHeights, headerHeightsFor, headerKey } from './headerHeights';
import type { GridRow, SummaryRow } from './rows';
import { copyFocusedCell, listenToClipboard, pasteAtFocus, type GridPaste } from './gridClipboard';
import { createRowFeed } from './rowFeed';
import { createEditHandOver } from './editHandOver';
import { cellMenuTriggers, type CellMenuAt } from './CellMenu';
import { createGridSelection, type BlockAction, type GridSelection } from './gridSelection';
import { createPlanGridSync, createSummaryRows } from './planGridSync';
import { makeGridController, type GridController } from './gridController';
import { blockTsv } from '../../state/blockCommands';

export type { GridPaste, GridController };

/**
 * Height of the pinned rows: two lines, for the general-target row's whole rule ("≥ 45 bình quân (sàn 30)")
 * and the rows' labels, which wrap rather than being cut.
 */
const SUMMARY_ROW_HEIGHT = 46;
/** What survives the grid being re-created (on a language change): sorting, widths, scroll position. */
export interface GridViewState {
  columns: ColumnState[];
  firstRow: number;
}


export interface PlanGridProps {
  session: PlanSession;
  locale: Locale;
  quickFilter: string;
  onEdit: (colId: string, unitCode: UnitCode, value: unknown) => void;
  /** A block pasted at the focused cell. */
  onPaste: (paste: GridPaste) => void;
  onReady?: (controller: GridController) => void;
  /** The view to start from, and where to hand it back when the grid goes away. */
  viewState?: GridViewState;
  onViewState?: (state: GridViewState) => void;
  /** The grid had to clear the quick filter to show a cell. */
  onFilterCleared?: () => void;
  /** A proposal previewed in the target cells before it is applied. */
  proposal?: () => ShownProposal | undefined;
  /** A cell's menu asked for (right-click, Shift+F10): false when there is nothing to offer for that cell. */
  onCellMenu?: (at: CellMenuAt) => boolean;
  /** A key asked a block action (Delete, Ctrl+D, Ctrl+R), or one value was pasted over a selected block. */
  onBlockAction?: (action: BlockAction | { value: string }) => void;
}

/**
 * The thin adapter between a plan session and AG Grid (which has no maintained Solid wrapper).
 * The grid never mutates data: each editable column's `valueSetter` hands the edit to `onEdit` and tells
 * the grid nothing changed; `onEdit` dispatches a command; the session then tells this adapter which units
 * changed, and only those rows are updated (`rowNode.setData`), so an edit costs the same with 159 or
 * 100,000 rows. All of it happens in the key press that ends the edit, so the next frame shows the new
 * value, its validation and the aggregate. (`readOnlyEdit`'s `cellEditRequest` comes a timer later, after
 * a frame showing the old value.) A change of thousands of rows (an import) is taken in slices, the rows in
 * view first.
 * Re-created when the language changes, since AG Grid reads its locale text once.
 */
export function PlanGrid(props: PlanGridProps) {
  let el!: HTMLDivElement;
  // The rule messages of the cells drawn, for assistive technology (cellDescriptions.ts).
  const messages = <div hidden data-testid="cell-messages" /> as HTMLDivElement;
  let api: GridApi<GridRow> | undefined;
  // eslint-disable-next-line solid/reactivity -- a grid lives with one session (the page is keyed on the plan)
  const session = props.session;
  const summaryRows = createSummaryRows();

  const edits = createEditHandOver((colId: string, unitCode: UnitCode, value: unknown) => props.onEdit(colId, unitCode, value));
  const columnDefs = planColumns(session, props, edits.hand);

  /** The header heights checked against the painted texts (see headerHeights.ts), once the frame is drawn. */
  const fitHeadersAfterPaint = (key: string | undefined) => void afterPaint().then(() => {
    if (api) fitHeaderHeights(api, el, key);
  });

  const rows = createRowFeed(() => api);
  const selection = createGridSelection((action) => props.onBlockAction?.(action));
  const sync = createPlanGridSync(session, () => api, rows, { columnDefs, summaryRows, fitHeadersAfterPaint });

  onMount(() => {
    onCleanup(describeRuleCells(el, messages));
    onCleanup(listenToClipboard(el, {
      // eslint-disable-next-line solid/reactivity -- a plain listener: reads the handlers when a value is pasted
      paste: (e) => { if (api) pasteAtFocus(api, e, props.onPaste, selection.block(), (value) => props.onBlockAction?.({ value })); },
      copy: (e) => {
        const block = selection.block();
        const plan = session.plan();
        if (api) copyFocusedCell(api, e, block && plan ? blockTsv(plan, block, props.locale) : undefined);
      },
    }));
    // eslint-disable-next-line solid/reactivity -- a plain listener: reads the handler when the menu is asked for
    onCleanup(cellMenuTriggers(el, (at) => props.onCellMenu?.(at) ?? false));
    const plan = session.plan();
    sync.createdWith(plan?.units);
    const defs = columnDefs();
    api = createGrid<GridRow>(el, planGridOptions({
      defs, units: plan?.units ?? [], pinned: summaryRows(), selection, locale: props.locale, quickFilter: props.quickFilter,
      onColumnResized: () => fitHeadersAfterPaint(undefined),
    }));
    // eslint-disable-next-line solid/reactivity -- a plain callback: reads the handler when the filter is cleared
    const controller = makeGridController(() => api, selection, () => {
      api?.setGridOption('quickFilterText', '');
      props.onFilterCleared?.();
    });
    onCleanup(selection.attach(api, el));
    const view = props.viewState;
    if (view) {
      api.applyColumnState({ state: view.columns, applyOrder: true });
      if (view.firstRow > 0) api.ensureIndexVisible(view.firstRow, 'top');
    }
    fitHeadersAfterPaint(headerKey(defs));
    props.onReady?.(controller);
    markFirstScreenShown();
  });

  const unsubscribe = session.subscribe(sync.onChange);
  // Before the page goes away on purpose (an upgrade, a new version), what is typed in an editor is committed.
  const commitEdits = () => {
    api?.stopEditing(false);
    edits.flush();
  };
  window.addEventListener(COMMIT_EDITS_EVENT, commitEdits);
  // A proposal shown, changed or ended: the target cells in view and the aggregate row are drawn again.
  createEffect(on(() => props.proposal?.(), () => { if (api) redrawTargets(api); }, { defer: true }));
  createEffect(on(() => props.quickFilter, (text) => api?.setGridOption('quickFilterText', text), { defer: true }));
  onCleanup(() => {
    window.removeEventListener(COMMIT_EDITS_EVENT, commitEdits);
    unsubscribe();
    if (api) props.onViewState?.({ columns: api.getColumnState(), firstRow: api.getFirstDisplayedRowIndex() });
    api?.destroy();
    api = undefined;
  });

  return (
    <div style={{ position: 'relative', height: '100%', width: '100%' }}>
      <ApplyProgress done={session.progress()} />
      <div ref={el} class="plan-grid" data-testid="plan-grid" />
      {messages}
    </div>
  );
}

/** The bar over the grid while a large change is taken and stored. */
function ApplyProgress(props: { done: number | undefined }) {
  return (
    <Show when={props.done !== undefined}>
      <progress data-testid="apply-progress" max="1" value={props.done ?? 0} aria-label={t('saveSaving')}
        style={{ position: 'absolute', top: '0', left: '0', width: '100%', height: '4px', 'z-index': '5' }} />
    </Show>
  );
}

/** The plan's columns as they are now, each editable cell's edit (typed, or a cell cleared) handed to `onEdit`. */
function planColumns(session: PlanSession, props: Pick<PlanGridProps, 'locale' | 'proposal'>, onEdit: (colId: string, unitCode: UnitCode, value: unknown) => void) {
  return () => {
    const plan = session.plan();
    return makeColumnDefs({
      locale: props.locale, period: plan?.period ?? '', indicators: plan?.indicators ?? [],
      proposal: props.proposal, validation: session.validation, unitCount: () => session.plan()?.units.length ?? 0, allocatingUnit: () => session.plan()?.allocatingUnit ?? '', onEdit,
      // Read when the columns are made (opening, indicators or period changed): O(units), not on every edit.
      level: memberLevel(plan?.units ?? []),
    });
  };
}

/** The target cells in view and the aggregate row drawn again (a proposal shown, changed or ended). */
function redrawTargets(api: GridApi<GridRow>) {
  const columns = api.getColumns()?.filter((c) => c.getColId().startsWith('target.')) ?? [];
  api.refreshCells({ columns, force: true });
  const bottom = api.getPinnedBottomRow(0);
  if (bottom) api.refreshCells({ rowNodes: [bottom], columns, force: true });
}

/** The grid's options when it is made: the plan's columns and rows, the pinned rows, and how it edits and wraps. */
function planGridOptions(o: { defs: (ColDef<GridRow> | ColGroupDef<GridRow>)[]; units: readonly Unit[]; pinned: { top: SummaryRow[]; bottom: SummaryRow[] };
  selection: GridSelection; locale: Locale; quickFilter: string; onColumnResized: () => void }): GridOptions<GridRow> {
  const heights = headerHeightsFor(o.defs);
  return {
    theme: gridTheme,
    styleNonce: __STYLE_NONCE__ || undefined,
    columnDefs: o.defs,
    // Headers wrap onto two or three lines rather than being cut, so the number columns can stay narrow; their
    // heights are known in advance and checked once painted, not measured cell by cell (headerHeights.ts).
    headerHeight: heights.header,
    groupHeaderHeight: heights.group,
    // A column made narrower or wider wraps its header anew.
    onColumnResized: (e) => {
      if (e.finished) o.onColumnResized();
    },
    rowData: [...o.units],
    pinnedTopRowData: o.pinned.top,
    pinnedBottomRowData: o.pinned.bottom,
    getRowId: (p) => p.data.code,
    defaultColDef: { headerComponentParams, sortable: true, resizable: true, suppressMovable: true, wrapHeaderText: true, cellClassRules: o.selection.classRules },
    // The general-target row shows each indicator's whole rule, on two lines where it needs them.
    ...rowHeights<GridRow>(SUMMARY_ROW_HEIGHT),
    alwaysShowVerticalScroll: scrollbarCertain(o.units.length),
    enableBrowserTooltips: true,
    // Enter on a cell starts editing (as F2 does); Enter in the editor commits and moves down.
    enterNavigatesVerticallyAfterEdit: true,
    stopEditingWhenCellsLoseFocus: true,
    suppressColumnMoveAnimation: true,
    animateRows: false,
    // Rows drawn beyond the view: five (~160 px) still cover a wheel notch, while AG Grid's ten made the grid draw,
    // style and lay out a third more cells on every open than the screen shows (at 1366×768).
    rowBuffer: 5,
    localeText: o.locale === 'vi' ? GRID_LOCALE_VI : undefined,
    quickFilterText: o.quickFilter,
    quickFilterParser: quickFilterAsPhrase,
    includeHiddenColumnsInQuickFilter: false,
    ...o.selection.events,
    onFilterChanged: (e) => {
      o.selection.events.onFilterChanged?.(e);
      updateScrollbarHint(e.api);
    },
  };
}
