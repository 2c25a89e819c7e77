import { createGrid, type ColumnState, type GridApi } from 'ag-grid-community';
import { createEffect, on, onCleanup, onMount, Show } from 'solid-js';
import { foldDiacritics, indicatorsEqual } from '../../domain/indicators';
import type { IndicatorId, UnitCode } from '../../domain/ids';
import type { Unit } from '../../domain/plan';
import type { Locale } from '../../domain/rate';
import type { PlanChange, PlanSession } from '../../state/planSession';
import type { ProposalPreview } from '../../state/proposalRun';
import { markFirstScreenShown } from '../../state/appUpdate';
import { COMMIT_EDITS_EVENT } from '../../state/lifecycle';
import { afterPaint } from '../../state/slices';
import { t } from '../i18n/t';
import { makeColumnDefs } from './columns';
import { memberLevel } from '../../domain/memberLevel';
import { describeRuleCells } from './cellDescriptions';
import { gridTheme } from './gridSetup';
import { GRID_LOCALE_VI } from './gridLocaleVi';
import { fitHeaderHeights, headerHeightsFor, headerKey } from './headerHeights';
import { isSummary, type GridRow, type SummaryRow } from './rows';
import { copyFocusedCell, pasteAtFocus, type GridPaste } from './gridClipboard';
import { createRowFeed } from './rowFeed';
import type { GridCellRef } from './cellLocks';
import { cellMenuTriggers, type CellMenuAt } from './CellMenu';

export type { GridPaste };

/** What survives the grid being re-created (on a language change): sorting, widths, scroll position. */

/**
 * Height of the pinned rows: two lines, for the general-target row's whole rule ("≥ 45 bình quân (sàn 30)")
 * and the rows' labels, which wrap rather than being cut.
 */
const SUMMARY_ROW_HEIGHT = 46;
export interface GridViewState {
  columns: ColumnState[];
  firstRow: number;
}

/** What the rest of the UI may ask of the grid. */
export interface GridController {
  /** Moves the focus to a cell; `unitCode` null means the aggregate row. */
  focusCell(unitCode: UnitCode | null, colId: string): void;
  /** The unit of the focused cell, if a unit row has the focus. */
  focusedUnit(): UnitCode | undefined;
  /** Puts the keyboard focus in the grid: on the cell focused last, or the first unit's first target. */
  focusGrid(): boolean;
  /** The indicator of the focused cell (result or target), if an indicator's column has the focus. */
  focusedIndicator(): IndicatorId | undefined;
  /** The column id of the focused cell, if any (`target.<indicatorId>`, `volume`, …). */
  focusedColumn(): string | undefined;
  /** The units the quick filter shows, in the order on screen. */
  shownUnits(): UnitCode[];
  /**
   * The cells a lock toggle takes: every cell of the current selection once the grid has block selections,
   * until then the focused cell (none when no cell has the focus).
   */
  lockTargets(): GridCellRef[];
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
  proposal?: () => ProposalPreview | undefined;
  /** A cell's menu asked for (right-click, Shift+F10): false when there is nothing to offer for that cell. */
  onCellMenu?: (at: CellMenuAt) => boolean;
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
  const messages = document.createElement('div');
  messages.hidden = true;
  messages.dataset.testid = 'cell-messages';
  let api: GridApi<GridRow> | undefined;
  let summaryVersion = 0;
  // eslint-disable-next-line solid/reactivity -- a grid lives with one session (the page is keyed on the plan)
  const session = props.session;

  const summaryRows = (): { top: SummaryRow[]; bottom: SummaryRow[] } => {
    summaryVersion++;
    return {
      top: [{ code: 'min', summary: true, version: summaryVersion }],
      bottom: [{ code: 'aggregate', summary: true, version: summaryVersion }],
    };
  };

  const columnDefs = () => {
    const plan = session.plan();
    return makeColumnDefs({
      locale: props.locale, period: plan?.period ?? '', indicators: plan?.indicators ?? [],
      proposal: props.proposal, validation: session.validation, unitCount: () => session.plan()?.units.length ?? 0, allocatingUnit: () => session.plan()?.allocatingUnit ?? '', onEdit: handleEdit,
      // Read when the columns are made (opening, indicators or period changed): O(units), not on every edit.
      level: memberLevel(plan?.units ?? []),
    });
  };

  let shownColumns = { period: session.plan()?.period, indicators: session.plan()?.indicators ?? [] };

  /**
   * The pinned rows follow a change. An edit of units changes only the aggregate: its row gets new data and
   * AG Grid redraws just the cells whose value or text changed (the verdict is in the text). The
   * general-target row changes with the plan's rules and details, so it is redrawn whole only then.
   */
  const refreshSummaries = (which: 'aggregate' | 'both') => {
    if (!api) return;
    const bottom = api.getPinnedBottomRow(0);
    bottom?.updateData(summaryRows().bottom[0]!);
    const top = api.getPinnedTopRow(0);
    if (which === 'both') api.refreshCells({ rowNodes: [top, bottom].filter((n) => !!n), force: true });
  };

  const rows = createRowFeed(() => api);

  /** The units the grid was created with, until the first change after that. */
  let createdWith: readonly Unit[] | undefined;

  const onChange = (change: PlanChange) => {
    if (!api) return;
    const plan = session.plan();
    // New columns only when what they show changed (indicators, period), so widths and sorting survive edits.
    const shown = { period: plan?.period, indicators: plan?.indicators ?? [] };
    const shownBefore = shownColumns;
    if (shown.period !== shownColumns.period || !indicatorsEqual(shown.indicators, shownColumns.indicators)) {
      shownColumns = shown;
      const defs = columnDefs();
      const heights = headerHeightsFor(defs);
      api.updateGridOptions({ columnDefs: defs, headerHeight: heights.header, groupHeaderHeight: heights.group });
      fitHeadersAfterPaint(headerKey(defs));
    }
    const created = createdWith;
    createdWith = undefined;
    // Units changed, nothing else: only the aggregate moved. A change of no unit is one of the plan's details.
    const unitsOnly = change.kind === 'units' && change.changed.length + change.removed.length > 0 && shownColumns === shownBefore;
    if (change.kind === 'reset' && plan && plan.units === created) {
      // The reset that first showed the plan, which the grid was just created with (pinned rows too): nothing to redo.
      return;
    } else if (change.kind === 'reset' || !plan) {
      rows.reset(plan?.units ?? []);
    } else {
      rows.take(change);
    }
    refreshSummaries(unitsOnly ? 'aggregate' : 'both');
  };

  /**
   * An edit ended in the grid (typed, or a cell cleared): handed on once the grid has finished its own
   * key handling (a microtask: the same task, before the next frame is painted).
   */
  const handleEdit = (colId: string, unitCode: UnitCode, value: unknown) =>
    // eslint-disable-next-line solid/reactivity -- a plain callback: reads the handler when the edit arrives
    queueMicrotask(() => props.onEdit(colId, unitCode, value));

  /** The header heights checked against the painted texts (see headerHeights.ts), once the frame is drawn. */
  const fitHeadersAfterPaint = (key: string | undefined) => void afterPaint().then(() => {
    if (api) fitHeaderHeights(api, el, key);
  });

  onMount(() => {
    onCleanup(describeRuleCells(el, messages));
    el.addEventListener('paste', (e) => { if (api) pasteAtFocus(api, e, props.onPaste); });
    el.addEventListener('copy', (e) => { if (api) copyFocusedCell(api, e); });
    // eslint-disable-next-line solid/reactivity -- a plain listener: reads the handler when the menu is asked for
    onCleanup(cellMenuTriggers(el, (at) => props.onCellMenu?.(at) ?? false));
    const plan = session.plan();
    const rows = summaryRows();
    createdWith = plan?.units;
    const defs = columnDefs();
    const heights = headerHeightsFor(defs);
    api = createGrid<GridRow>(el, {
      theme: gridTheme,
      styleNonce: __STYLE_NONCE__ || undefined,
      columnDefs: defs,
      // Headers wrap onto two or three lines rather than being cut, so the number columns can stay narrow; their
      // heights are known in advance and checked once painted, not measured cell by cell (headerHeights.ts).
      headerHeight: heights.header,
      groupHeaderHeight: heights.group,
      // A column made narrower or wider wraps its header anew.
      onColumnResized: (e) => {
        if (e.finished) fitHeadersAfterPaint(undefined);
      },
      rowData: plan ? [...plan.units] : [],
      pinnedTopRowData: rows.top,
      pinnedBottomRowData: rows.bottom,
      getRowId: (p) => p.data.code,
      defaultColDef: { sortable: true, resizable: true, suppressMovable: true, wrapHeaderText: true },
      // The general-target row shows each indicator's whole rule, on two lines where it needs them.
      getRowHeight: (p) => (p.node.rowPinned ? SUMMARY_ROW_HEIGHT : undefined),
      enableBrowserTooltips: true,
      // Enter on a cell starts editing (as F2 does); Enter in the editor commits and moves down.
      enterNavigatesVerticallyAfterEdit: true,
      stopEditingWhenCellsLoseFocus: true,
      suppressColumnMoveAnimation: true,
      animateRows: false,
      localeText: props.locale === 'vi' ? GRID_LOCALE_VI : undefined,
      quickFilterText: foldDiacritics(props.quickFilter),
      includeHiddenColumnsInQuickFilter: false,
    });
    const controller: GridController = {
      focusCell(unitCode, colId) {
        if (!api) return;
        if (unitCode === null) {
          api.ensureColumnVisible(colId);
          api.setFocusedCell(0, colId, 'bottom');
          return;
        }
        let node = api.getRowNode(unitCode);
        if (node && node.rowIndex === null) {
          // Hidden by the quick filter: clear it so the cell can be shown.
          api.setGridOption('quickFilterText', '');
          props.onFilterCleared?.();
          node = api.getRowNode(unitCode);
        }
        if (!node || node.rowIndex === null) return;
        api.ensureIndexVisible(node.rowIndex, 'middle');
        api.ensureColumnVisible(colId);
        api.setFocusedCell(node.rowIndex, colId);
      },
      focusGrid() {
        if (!api) return false;
        const cell = api.getFocusedCell();
        const first = api.getAllDisplayedColumns().find((c) => c.getColId().startsWith('target.'));
        if (cell) api.setFocusedCell(cell.rowIndex, cell.column, cell.rowPinned);
        else if (first && api.getDisplayedRowCount() > 0) {
          api.ensureIndexVisible(0);
          api.setFocusedCell(0, first);
        } else return false;
        return true;
      },
      focusedColumn: () => api?.getFocusedCell()?.column.getColId(),
      focusedIndicator() {
        const colId = api?.getFocusedCell()?.column.getColId();
        const [field, id] = colId?.split('.') ?? [];
        return (field === 'target' || field === 'baseline') && id ? (id as IndicatorId) : undefined;
      },
      shownUnits() {
        const codes: UnitCode[] = [];
        api?.forEachNodeAfterFilterAndSort((node) => { if (node.data && !isSummary(node.data)) codes.push(node.data.code); });
        return codes;
      },
      lockTargets() {
        const cell = api?.getFocusedCell();
        if (!api || !cell) return [];
        const rowId = cell.rowPinned === 'top' ? 'min' : cell.rowPinned === 'bottom' ? 'aggregate' : api.getDisplayedRowAtIndex(cell.rowIndex)?.id;
        return rowId ? [{ rowId, colId: cell.column.getColId() }] : [];
      },
      focusedUnit() {
        const cell = api?.getFocusedCell();
        if (!api || !cell || cell.rowPinned) return undefined;
        const row = api.getDisplayedRowAtIndex(cell.rowIndex)?.data;
        return row && !isSummary(row) ? row.code : undefined;
      },
    };
    const view = props.viewState;
    if (view) {
      api.applyColumnState({ state: view.columns, applyOrder: true });
      if (view.firstRow > 0) api.ensureIndexVisible(view.firstRow, 'top');
    }
    fitHeadersAfterPaint(headerKey(defs));
    props.onReady?.(controller);
    markFirstScreenShown();
  });

  // eslint-disable-next-line solid/reactivity -- a plain listener, called by the session outside Solid's tracking
  const unsubscribe = session.subscribe(onChange);
  // Before the page goes away on purpose (an upgrade, a new version), what is typed in an editor is committed.
  const commitEdits = () => api?.stopEditing(false);
  window.addEventListener(COMMIT_EDITS_EVENT, commitEdits);
  // A proposal shown, changed or ended: the target cells in view and the aggregate row are drawn again.
  createEffect(on(() => props.proposal?.(), () => {
    if (!api) return;
    const columns = api.getColumns()?.filter((c) => c.getColId().startsWith('target.')) ?? [];
    api.refreshCells({ columns, force: true });
    const bottom = api.getPinnedBottomRow(0);
    if (bottom) api.refreshCells({ rowNodes: [bottom], columns, force: true });
  }, { defer: true }));
  createEffect(on(() => props.quickFilter, (text) => api?.setGridOption('quickFilterText', foldDiacritics(text)), { defer: true }));
  onCleanup(() => {
    window.removeEventListener(COMMIT_EDITS_EVENT, commitEdits);
    unsubscribe();
    if (api) props.onViewState?.({ columns: api.getColumnState(), firstRow: api.getFirstDisplayedRowIndex() });
    api?.destroy();
    api = undefined;
  });

  return (
    <div style={{ position: 'relative', height: '100%', width: '100%' }}>
      <Show when={session.progress() !== undefined}>
        <progress data-testid="apply-progress" max="1" value={session.progress() ?? 0} aria-label={t('saveSaving')}
          style={{ position: 'absolute', top: '0', left: '0', width: '100%', height: '4px', 'z-index': '5' }} />
      </Show>
      <div ref={el} class="plan-grid" data-testid="plan-grid" />
      {messages}
    </div>
  );
}
