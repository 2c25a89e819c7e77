import type { CellClassRules, GridApi, GridOptions } from 'ag-grid-community';
import type { Accessor } from 'solid-js';
import type { UnitCode } from '../../domain/ids';
import type { Block } from '../../state/cellBlock';
import type { GridRow } from './rows';
import { cellsOf, contains, extend, isBlock, jumpTarget, rectOf, selectAll, single, type Direction, type SelCell } from './selection';
import { SelectionState } from './selectionState';

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
 * The adapter between the pure selection model (selection.ts) and AG Grid: the selection's state
 * (selectionState.ts), moved by the keyboard and the mouse, and told of the grid's own moves.
 */
export function createGridSelection(onAction: (action: BlockAction) => void): GridSelection {
  const state = new SelectionState();
  const onKey = selectionKeys(state, onAction);
  const mouse = selectionMouse(state);

  /**
   * The grid's focus moved (an arrow, a click, Tab, Enter): the selection becomes that cell, unless the focus is
   * on the selection's own anchor or end (the adapter put it there, or a drag started there). AG Grid may tell of
   * the move after the task that made it, so the adapter cannot just mark its own moves.
   */
  const onFocus = () => {
    const cell = state.focused();
    const same = (a: SelCell | undefined) => !!a && !!cell && a.row === cell.row && a.col === cell.col;
    if (same(state.selection?.anchor) || same(state.selection?.focus)) return;
    state.set(cell ? single(cell) : undefined);
  };
  // Sorted, filtered, columns changed: the same cells make another rectangle, drawn again.
  const onOrder = () => {
    state.readColumns();
    if (!isBlock(state.selection)) return;
    state.redraw(state.rect);
    state.api?.refreshCells({});
    state.changed();
  };

  return {
    classRules: state.classRules(),
    events: { onCellFocused: onFocus, onSortChanged: onOrder, onFilterChanged: onOrder, onDisplayedColumnsChanged: onOrder },
    version: state.version,
    block() {
      if (!isBlock(state.selection)) return undefined;
      const now = rectOf(state.selection, state.order);
      if (!now) return undefined;
      const cells = cellsOf(now, state.order);
      return { rows: cells.rows as UnitCode[], cols: cells.cols };
    },
    attach(gridApi, el) {
      state.api = gridApi;
      state.readColumns();
      el.addEventListener('keydown', onKey, true);
      el.addEventListener('mousedown', mouse.down, true);
      el.addEventListener('mousemove', mouse.move);
      window.addEventListener('mouseup', mouse.up);
      return () => {
        el.removeEventListener('keydown', onKey, true);
        el.removeEventListener('mousedown', mouse.down, true);
        el.removeEventListener('mousemove', mouse.move);
        window.removeEventListener('mouseup', mouse.up);
        state.api = undefined;
      };
    },
  };
}

/**
 * The keys of a spreadsheet: Shift+arrows, Home and End (the row's ends; with Ctrl the table's), Ctrl+Shift+Home
 * and End, Ctrl+A, Escape, Delete, Ctrl+D and Ctrl+R.
 */
function selectionKeys(state: SelectionState, onAction: (action: BlockAction) => void) {
  return (e: KeyboardEvent) => {
    if (inEditor(e) || e.altKey) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key;
    const dir = ARROWS[key];
    const here = () => state.focused();
    let handled = true;
    if (dir && e.shiftKey) state.extendBy((from) => extend(from, state.order, dir, ctrl));
    // Shift+Home/End (with Ctrl, to the table's corner): the selection's end goes where the key alone would jump.
    else if ((key === 'Home' || key === 'End') && e.shiftKey) state.extendBy((from) => ({ anchor: from.anchor, focus: jumpTarget(from.focus, state.order, key, ctrl) }));
    else if (key === 'Home' || key === 'End') handled = jumpHomeEnd(state, key, ctrl);
    else if (ctrl && !e.shiftKey && key.toLowerCase() === 'a') {
      const all = selectAll(state.order);
      if (all) state.set(all);
    } else if (key === 'Escape' && isBlock(state.selection)) state.set(here() ? single(here()!) : undefined);
    else if ((key === 'Delete' || key === 'Backspace') && !ctrl && isBlock(state.selection)) onAction('clear');
    // Inside the grid these are the spreadsheet's fills, never the browser's bookmark and reload.
    else if (ctrl && !e.shiftKey && key.toLowerCase() === 'd') onAction('fillDown');
    else if (ctrl && !e.shiftKey && key.toLowerCase() === 'r') onAction('fillRight');
    else {
      // Moved by the keyboard without Shift: the block is dropped, and the cell the focus lands on is the selection.
      if (isBlock(state.selection) && !e.shiftKey && NAVIGATION.has(key)) state.set(undefined);
      handled = false;
    }
    if (!handled) return;
    e.preventDefault();
    e.stopPropagation();
  };
}

/**
 * Home and End from the focused cell (`jumpTarget`): on a pinned row (the general target, a total) without Ctrl, that
 * row's own first or last column. False when no cell has the focus (the grid's own keys then).
 */
function jumpHomeEnd(state: SelectionState, key: 'Home' | 'End', ctrl: boolean): boolean {
  const api = state.api;
  const focused = api?.getFocusedCell();
  if (!api || !focused) return false;
  const from = state.focused() ?? (ctrl ? selectAll(state.order)?.anchor : undefined);
  if (from) {
    const to = single(jumpTarget(from, state.order, key, ctrl));
    state.set(to);
    state.showFocus(to);
  } else {
    const col = state.order.colAt(key === 'End' ? state.order.colCount - 1 : 0);
    if (col !== undefined) {
      api.ensureColumnVisible(col);
      api.setFocusedCell(focused.rowIndex, col, focused.rowPinned);
    }
  }
  return true;
}

/** The mouse: a click, Shift+click and a drag select; a right-click inside the block keeps it for the cell menu. */
function selectionMouse(state: SelectionState) {
  let dragFrom: SelCell | undefined;
  const insideBlock = (cell: SelCell) => {
    const row = state.order.rowIndex(cell.row);
    const col = state.columnIndex(cell.col);
    return isBlock(state.selection) && !!state.rect && row !== undefined && col !== undefined && contains(state.rect, row, col);
  };
  const down = (e: MouseEvent) => {
    const cell = cellAt(e.target);
    if (!cell || inEditor(e)) return;
    if (e.button === 2 && insideBlock(cell)) {
      e.stopPropagation();
      return;
    }
    if (e.button !== 0) return;
    if (e.shiftKey) {
      const anchor = state.selection?.anchor ?? state.focused();
      if (!anchor) return;
      e.preventDefault();
      e.stopPropagation();
      state.set({ anchor, focus: cell });
      state.showFocus({ anchor, focus: cell });
      return;
    }
    // A plain click: that cell alone, even inside the block (the grid's focus follows).
    dragFrom = cell;
    if (isBlock(state.selection)) state.set(single(cell));
  };
  const move = (e: MouseEvent) => {
    if (!dragFrom || (e.buttons & 1) === 0) {
      dragFrom = undefined;
      return;
    }
    const cell = cellAt(e.target);
    const end = state.selection?.focus;
    if (!cell || (end && end.row === cell.row && end.col === cell.col)) return;
    state.set({ anchor: dragFrom, focus: cell });
  };
  return { down, move, up: () => { dragFrom = undefined; } };
}
