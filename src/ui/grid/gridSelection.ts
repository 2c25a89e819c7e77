import type { CellClassParams, CellClassRules, GridApi, GridOptions } from 'ag-grid-community';
import { createSignal, type Accessor } from 'solid-js';
import type { UnitCode } from '../../domain/ids';
import type { Block } from '../../state/cellBlock';
import { isSummary, type GridRow } from './rows';
import {
  cellsOf, contains, edgesOf, extend, extendToEnd, isBlock, rectOf, rowsToRedraw, selectAll, single,
  type Direction, type DisplayOrder, type Rect, type SelCell, type Selection,
} from './selection';

/** What a key or the toolbar asks of a block. */
export type BlockAction = 'fillDown' | 'fillRight' | 'clear';

/** The grid's block selection, drawn by AG Grid through class rules and driven by the keyboard and the mouse. */
export interface GridSelection {
  /** Every column's class rules (`cell-selected` and the rectangle's edges): O(1) per cell. */
  classRules: CellClassRules<GridRow>;
  /** Changes with every change of the selection (for the status line). */
  version: Accessor<number>;
  /** The selected block as displayed now, when more than one cell is selected. */
  block(): Block | undefined;
  /** The grid's events it follows, given to `createGrid` (the community grid's event API is a module of its own). */
  events: Pick<GridOptions<GridRow>, 'onCellFocused' | 'onSortChanged' | 'onFilterChanged' | 'onDisplayedColumnsChanged'>;
  /** Wires the keyboard and the mouse; returns what removes the listeners. */
  attach(api: GridApi<GridRow>, el: HTMLElement): () => void;
}

const NAVIGATION = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Tab', 'Enter', 'Home', 'End', 'PageUp', 'PageDown']);
const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** True when the event comes from a cell editor or a field, whose keys are its own. */
const inEditor = (e: Event) => !!(e.target as HTMLElement | null)?.closest('.ag-cell-inline-editing, input, textarea, select');

/** The unit cell under an element, if it is one (pinned rows are not selectable). */
function cellAt(target: EventTarget | null): SelCell | undefined {
  const cell = (target as HTMLElement | null)?.closest?.('.ag-cell[col-id]');
  const row = cell?.closest('.ag-row[row-id]');
  if (!cell || !row || row.classList.contains('ag-row-pinned') || row.closest('.ag-floating-top, .ag-floating-bottom')) return undefined;
  return { row: row.getAttribute('row-id')!, col: cell.getAttribute('col-id')! };
}

/**
 * The adapter between the pure selection model (selection.ts) and AG Grid. A change of selection redraws only
 * the rows in view that were or are selected (`refreshCells` without force re-applies the class rules), so
 * moving a 10 × 5 block costs a few dozen cells, whatever the number of rows.
 */
export function createGridSelection(onAction: (action: BlockAction) => void): GridSelection {
  const [version, setVersion] = createSignal(0);
  let api: GridApi<GridRow> | undefined;
  let selection: Selection | undefined;
  let rect: Rect | undefined;
  let colIndex = new Map<string, number>();
  let colIds: string[] = [];
  let dragFrom: SelCell | undefined;

  const order: DisplayOrder = {
    get rowCount() { return api?.getDisplayedRowCount() ?? 0; },
    get colCount() { return colIds.length; },
    rowIndex: (row) => api?.getRowNode(row)?.rowIndex ?? undefined,
    colIndex: (col) => colIndex.get(col),
    rowAt: (i) => api?.getDisplayedRowAtIndex(i)?.id,
    colAt: (i) => colIds[i],
  };

  const readColumns = () => {
    colIds = api?.getAllDisplayedColumns().map((c) => c.getColId()) ?? [];
    colIndex = new Map(colIds.map((id, i) => [id, i]));
  };

  /**
   * The cell's place in the rectangle, or undefined outside it (pinned rows are never in it). AG Grid asks the five
   * class rules of a cell one after another: the answer is kept for the next four, so that a redrawn column of a
   * selected block (a fill of 10,598 rows) works it out once per cell, not five times.
   */
  let last: { node: unknown; colId: string; rect: Rect | undefined; rowIndex: number | null; place: ReturnType<typeof edgesOf> | undefined } | undefined;
  const inRect = (p: CellClassParams<GridRow>) => {
    const colId = p.column.getColId();
    if (last && last.node === p.node && last.colId === colId && last.rect === rect && last.rowIndex === p.rowIndex) return last.place;
    let place: ReturnType<typeof edgesOf> | undefined;
    if (rect && !p.node.rowPinned && p.rowIndex !== null) {
      const col = colIndex.get(colId);
      place = col !== undefined && contains(rect, p.rowIndex, col) ? edgesOf(rect, p.rowIndex, col) : undefined;
    }
    last = { node: p.node, colId, rect, rowIndex: p.rowIndex, place };
    return place;
  };
  const edge = (side: 'top' | 'bottom' | 'left' | 'right') => (p: CellClassParams<GridRow>) => inRect(p)?.[side] ?? false;
  const classRules: CellClassRules<GridRow> = {
    'cell-selected': (p) => !!inRect(p),
    'cell-sel-top': edge('top'), 'cell-sel-bottom': edge('bottom'), 'cell-sel-left': edge('left'), 'cell-sel-right': edge('right'),
  };

  /** Redraws the rows in view of the rectangle before and after; a single cell is not drawn as a block. */
  const redraw = (before: Rect | undefined) => {
    rect = isBlock(selection) ? rectOf(selection, order) : undefined;
    if (!api) return;
    const first = api.getFirstDisplayedRowIndex();
    const last = api.getLastDisplayedRowIndex();
    const rowNodes = rowsToRedraw(before, rect, first, last).flatMap((i) => api!.getDisplayedRowAtIndex(i) ?? []);
    const spans = [before, rect].filter((r) => !!r);
    if (rowNodes.length > 0 && spans.length > 0) {
      const columns = colIds.slice(Math.min(...spans.map((r) => r.left)), Math.max(...spans.map((r) => r.right)) + 1);
      api.refreshCells({ rowNodes, columns });
    }
  };

  const set = (next: Selection | undefined) => {
    const before = rect;
    selection = next;
    redraw(before);
    setVersion((v) => v + 1);
  };

  /** The unit cell the grid's focus is on, if any. */
  const focused = (): SelCell | undefined => {
    const cell = api?.getFocusedCell();
    if (!api || !cell || cell.rowPinned) return undefined;
    const row = api.getDisplayedRowAtIndex(cell.rowIndex);
    return row?.data && !isSummary(row.data) ? { row: row.id!, col: cell.column.getColId() } : undefined;
  };

  /** Moves the grid's focus to the selection's end, which the keyboard then carries on from. */
  const showFocus = (next: Selection) => {
    const row = order.rowIndex(next.focus.row);
    if (!api || row === undefined) return;
    api.ensureIndexVisible(row);
    api.ensureColumnVisible(next.focus.col);
    api.setFocusedCell(row, next.focus.col);
  };

  const extendBy = (make: (from: Selection) => Selection) => {
    const start = selection ?? (focused() ? single(focused()!) : undefined);
    if (!start) return;
    const next = make(start);
    set(next);
    showFocus(next);
  };

  const onKey = (e: KeyboardEvent) => {
    if (inEditor(e) || e.altKey) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key;
    const dir = ARROWS[key];
    let handled = true;
    if (dir && e.shiftKey) extendBy((from) => extend(from, order, dir, ctrl));
    else if (key === 'End' && e.shiftKey && ctrl) extendBy((from) => extendToEnd(from, order));
    else if (ctrl && !e.shiftKey && key.toLowerCase() === 'a') {
      const all = selectAll(order);
      if (all) set(all);
    } else if (key === 'Escape' && isBlock(selection)) set(focused() ? single(focused()!) : undefined);
    else if ((key === 'Delete' || key === 'Backspace') && !ctrl && isBlock(selection)) onAction('clear');
    // Inside the grid these are the spreadsheet's fills, never the browser's bookmark and reload.
    else if (ctrl && !e.shiftKey && key.toLowerCase() === 'd') onAction('fillDown');
    else if (ctrl && !e.shiftKey && key.toLowerCase() === 'r') onAction('fillRight');
    else {
      // Moved by the keyboard without Shift: the block is dropped, and the cell the focus lands on is the selection.
      if (isBlock(selection) && !e.shiftKey && NAVIGATION.has(key)) set(undefined);
      handled = false;
    }
    if (!handled) return;
    e.preventDefault();
    e.stopPropagation();
  };

  const onMouseDown = (e: MouseEvent) => {
    const cell = cellAt(e.target);
    if (!cell || inEditor(e)) return;
    // A right-click inside the block keeps it: the cell menu acts on it.
    if (e.button === 2 && isBlock(selection) && rect) {
      const row = order.rowIndex(cell.row);
      const col = colIndex.get(cell.col);
      if (row !== undefined && col !== undefined && contains(rect, row, col)) {
        e.stopPropagation();
        return;
      }
    }
    if (e.button !== 0) return;
    if (e.shiftKey) {
      const anchor = selection?.anchor ?? focused();
      if (!anchor) return;
      e.preventDefault();
      e.stopPropagation();
      set({ anchor, focus: cell });
      showFocus({ anchor, focus: cell });
      return;
    }
    // A plain click: that cell alone, even inside the block (the grid's focus follows).
    dragFrom = cell;
    if (isBlock(selection)) set(single(cell));
  };

  const onMouseMove = (e: MouseEvent) => {
    if (!dragFrom || (e.buttons & 1) === 0) {
      dragFrom = undefined;
      return;
    }
    const cell = cellAt(e.target);
    const end = selection?.focus;
    if (!cell || (end && end.row === cell.row && end.col === cell.col)) return;
    set({ anchor: dragFrom, focus: cell });
  };
  const onMouseUp = () => { dragFrom = undefined; };

  /**
   * The grid's focus moved (an arrow, a click, Tab, Enter): the selection becomes that cell, unless the focus is
   * on the selection's own anchor or end (the adapter put it there, or a drag started there). AG Grid may tell of
   * the move after the task that made it, so the adapter cannot just mark its own moves.
   */
  const onFocus = () => {
    const cell = focused();
    const same = (a: SelCell | undefined) => !!a && !!cell && a.row === cell.row && a.col === cell.col;
    if (same(selection?.anchor) || same(selection?.focus)) return;
    set(cell ? single(cell) : undefined);
  };
  // Sorted, filtered, columns changed: the same cells make another rectangle, drawn again.
  const onOrder = () => {
    readColumns();
    if (!isBlock(selection)) return;
    const before = rect;
    redraw(before);
    api?.refreshCells({});
    setVersion((v) => v + 1);
  };

  return {
    classRules,
    events: { onCellFocused: onFocus, onSortChanged: onOrder, onFilterChanged: onOrder, onDisplayedColumnsChanged: onOrder },
    version,
    block() {
      if (!isBlock(selection)) return undefined;
      const now = rectOf(selection, order);
      if (!now) return undefined;
      const cells = cellsOf(now, order);
      return { rows: cells.rows as UnitCode[], cols: cells.cols };
    },
    attach(gridApi, el) {
      api = gridApi;
      readColumns();
      el.addEventListener('keydown', onKey, true);
      el.addEventListener('mousedown', onMouseDown, true);
      el.addEventListener('mousemove', onMouseMove);
      window.addEventListener('mouseup', onMouseUp);
      return () => {
        el.removeEventListener('keydown', onKey, true);
        el.removeEventListener('mousedown', onMouseDown, true);
        el.removeEventListener('mousemove', onMouseMove);
        window.removeEventListener('mouseup', onMouseUp);
        api = undefined;
      };
    },
  };
}
