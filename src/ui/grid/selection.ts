/**
 * A block selection in the grid, as a small pure model: an anchor cell (where it started, the cell with the
 * keyboard focus) and a focus cell (where it ends), each named by its unit code and column id. The rectangle
 * is recomputed from the current display order whenever it is needed, so the selection survives scrolling,
 * sorting and filtering (a row filtered out leaves no rectangle until it is shown again).
 */

/** One grid cell: a unit row (by code) and a column (by id). */
export interface SelCell {
  row: string;
  col: string;
}

export interface Selection {
  anchor: SelCell;
  focus: SelCell;
}

/** The grid's current display order, asked cell by cell (the adapter answers from AG Grid in O(1)). */
export interface DisplayOrder {
  rowCount: number;
  colCount: number;
  rowIndex(row: string): number | undefined;
  colIndex(col: string): number | undefined;
  rowAt(index: number): string | undefined;
  colAt(index: number): string | undefined;
}

/** The selected rectangle in display indices, bounds included. */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

export const single = (cell: SelCell): Selection => ({ anchor: cell, focus: cell });

/** More than one cell: what block actions (fill, clear, copy of a block) take. */
export const isBlock = (sel: Selection | undefined): sel is Selection =>
  !!sel && (sel.anchor.row !== sel.focus.row || sel.anchor.col !== sel.focus.col);

/** The rectangle as displayed now; undefined while the anchor or the focus is not displayed. */
export function rectOf(sel: Selection, order: DisplayOrder): Rect | undefined {
  const r1 = order.rowIndex(sel.anchor.row);
  const r2 = order.rowIndex(sel.focus.row);
  const c1 = order.colIndex(sel.anchor.col);
  const c2 = order.colIndex(sel.focus.col);
  if (r1 === undefined || r2 === undefined || c1 === undefined || c2 === undefined) return undefined;
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

export const contains = (rect: Rect, row: number, col: number): boolean =>
  row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;

export const cellCount = (rect: Rect): number => (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);

/** The rows and columns of a rectangle, in display order. */
export function cellsOf(rect: Rect, order: DisplayOrder): { rows: string[]; cols: string[] } {
  const rows: string[] = [];
  for (let i = rect.top; i <= rect.bottom; i++) {
    const row = order.rowAt(i);
    if (row !== undefined) rows.push(row);
  }
  const cols: string[] = [];
  for (let i = rect.left; i <= rect.right; i++) {
    const col = order.colAt(i);
    if (col !== undefined) cols.push(col);
  }
  return { rows, cols };
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/**
 * The selection with its focus moved one cell (Shift+arrow) or to the edge of the table (Ctrl+Shift+arrow);
 * the anchor stays. Unchanged when the focus is not displayed.
 */
export function extend(sel: Selection, order: DisplayOrder, dir: Direction, toEdge = false): Selection {
  const row = order.rowIndex(sel.focus.row);
  const col = order.colIndex(sel.focus.col);
  if (row === undefined || col === undefined || order.rowCount === 0 || order.colCount === 0) return sel;
  const dr = dir === 'up' ? -1 : dir === 'down' ? 1 : 0;
  const dc = dir === 'left' ? -1 : dir === 'right' ? 1 : 0;
  const far = toEdge ? Number.MAX_SAFE_INTEGER : 1;
  const nextRow = dr === 0 ? row : clamp(row + dr * far, order.rowCount - 1);
  const nextCol = dc === 0 ? col : clamp(col + dc * far, order.colCount - 1);
  return { anchor: sel.anchor, focus: { row: order.rowAt(nextRow) ?? sel.focus.row, col: order.colAt(nextCol) ?? sel.focus.col } };
}

/** The selection stretched to the last row and column (Ctrl+Shift+End). */
export function extendToEnd(sel: Selection, order: DisplayOrder): Selection {
  return extend(extend(sel, order, 'down', true), order, 'right', true);
}

/** The selection stretched to the first row and column (Ctrl+Shift+Home). */
export function extendToStart(sel: Selection, order: DisplayOrder): Selection {
  return extend(extend(sel, order, 'up', true), order, 'left', true);
}

/**
 * Where Home and End take the focus, as in a spreadsheet: the first or last column of its row; with Ctrl, the
 * table's first cell or its last.
 */
export function jumpTarget(cell: SelCell, order: DisplayOrder, key: 'Home' | 'End', ctrl: boolean): SelCell {
  const at = single(cell);
  const moved = key === 'Home' ? (ctrl ? extendToStart(at, order) : extend(at, order, 'left', true))
    : ctrl ? extendToEnd(at, order) : extend(at, order, 'right', true);
  return moved.focus;
}

/** Every displayed row of every displayed column (Ctrl+A); undefined for an empty table. */
export function selectAll(order: DisplayOrder): Selection | undefined {
  const first = order.rowAt(0);
  const last = order.rowAt(order.rowCount - 1);
  const left = order.colAt(0);
  const right = order.colAt(order.colCount - 1);
  if (first === undefined || last === undefined || left === undefined || right === undefined) return undefined;
  return { anchor: { row: first, col: left }, focus: { row: last, col: right } };
}

/** The rows of two rectangles together (what must be redrawn when a selection changes), within a window. */
export function rowsToRedraw(before: Rect | undefined, after: Rect | undefined, first: number, last: number): number[] {
  const rows = new Set<number>();
  for (const rect of [before, after]) {
    if (!rect) continue;
    for (let i = Math.max(first, rect.top); i <= Math.min(last, rect.bottom); i++) rows.add(i);
  }
  return [...rows].sort((a, b) => a - b);
}

/** Which edges of the rectangle a cell lies on, for the border drawn around the selection. */
export function edgesOf(rect: Rect, row: number, col: number): { top: boolean; bottom: boolean; left: boolean; right: boolean } {
  const inside = contains(rect, row, col);
  return { top: inside && row === rect.top, bottom: inside && row === rect.bottom, left: inside && col === rect.left, right: inside && col === rect.right };
}
