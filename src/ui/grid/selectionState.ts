import type { CellClassParams, CellClassRules, GridApi } from 'ag-grid-community';
import { createSignal, type Accessor, type Setter } from 'solid-js';
import { isSummary, type GridRow } from './rows';
import { contains, edgesOf, isBlock, rectOf, rowsToRedraw, single, type DisplayOrder, type Rect, type SelCell, type Selection } from './selection';

type Place = ReturnType<typeof edgesOf>;

/** The grid's rows and columns in the order they are displayed, as the pure selection reads them. */
function displayOrder(api: () => GridApi<GridRow> | undefined, colIds: () => string[], colIndex: () => Map<string, number>): DisplayOrder {
  return {
    get rowCount() { return api()?.getDisplayedRowCount() ?? 0; },
    get colCount() { return colIds().length; },
    rowIndex: (row) => api()?.getRowNode(row)?.rowIndex ?? undefined,
    colIndex: (col) => colIndex().get(col),
    rowAt: (i) => api()?.getDisplayedRowAtIndex(i)?.id,
    colAt: (i) => colIds()[i],
  };
}

/**
 * The selection as the grid shows it now: the pure selection (selection.ts), its rectangle in display order,
 * and the grid it is drawn in. A change of selection redraws only the rows in view that were or are selected
 * (`refreshCells` without force re-applies the class rules), so moving a 10 × 5 block costs a few dozen cells,
 * whatever the number of rows.
 */
export class SelectionState {
  api: GridApi<GridRow> | undefined;
  selection: Selection | undefined;
  rect: Rect | undefined;
  private colIndex = new Map<string, number>();
  private colIds: string[] = [];
  readonly version: Accessor<number>;
  private readonly setVersion: Setter<number>;
  /** The last cell's place (see `placeOf`). */
  private last: { node: unknown; colId: string; rect: Rect | undefined; rowIndex: number | null; place: Place | undefined } | undefined;

  readonly order: DisplayOrder = displayOrder(() => this.api, () => this.colIds, () => this.colIndex);

  constructor() {
    const [version, setVersion] = createSignal(0);
    this.version = version;
    this.setVersion = setVersion;
  }

  readColumns(): void {
    this.colIds = this.api?.getAllDisplayedColumns().map((c) => c.getColId()) ?? [];
    this.colIndex = new Map(this.colIds.map((id, i) => [id, i]));
  }

  columnIndex(colId: string): number | undefined {
    return this.colIndex.get(colId);
  }

  /**
   * The cell's place in the rectangle, or undefined outside it (pinned rows are never in it). AG Grid asks the five
   * class rules of a cell one after another: the answer is kept for the next four, so that a redrawn column of a
   * selected block (a fill of 10,598 rows) works it out once per cell, not five times.
   */
  placeOf(p: CellClassParams<GridRow>): Place | undefined {
    const colId = p.column.getColId();
    const last = this.last;
    if (last && last.node === p.node && last.colId === colId && last.rect === this.rect && last.rowIndex === p.rowIndex) return last.place;
    let place: Place | undefined;
    if (this.rect && !p.node.rowPinned && p.rowIndex !== null) {
      const col = this.colIndex.get(colId);
      place = col !== undefined && contains(this.rect, p.rowIndex, col) ? edgesOf(this.rect, p.rowIndex, col) : undefined;
    }
    this.last = { node: p.node, colId, rect: this.rect, rowIndex: p.rowIndex, place };
    return place;
  }

  /** Redraws the rows in view of the rectangle before and after; a single cell is not drawn as a block. */
  redraw(before: Rect | undefined): void {
    this.rect = isBlock(this.selection) ? rectOf(this.selection, this.order) : undefined;
    const api = this.api;
    if (!api) return;
    const rowNodes = rowsToRedraw(before, this.rect, api.getFirstDisplayedRowIndex(), api.getLastDisplayedRowIndex()).flatMap((i) => api.getDisplayedRowAtIndex(i) ?? []);
    const spans = [before, this.rect].filter((r) => !!r);
    if (rowNodes.length > 0 && spans.length > 0) {
      const columns = this.colIds.slice(Math.min(...spans.map((r) => r.left)), Math.max(...spans.map((r) => r.right)) + 1);
      api.refreshCells({ rowNodes, columns });
    }
  }

  set(next: Selection | undefined): void {
    const before = this.rect;
    this.selection = next;
    this.redraw(before);
    this.changed();
  }

  changed(): void {
    this.setVersion((v) => v + 1);
  }

  /** The unit cell the grid's focus is on, if any. */
  focused(): SelCell | undefined {
    const api = this.api;
    const cell = api?.getFocusedCell();
    if (!api || !cell || cell.rowPinned) return undefined;
    const row = api.getDisplayedRowAtIndex(cell.rowIndex);
    return row?.data && !isSummary(row.data) ? { row: row.id!, col: cell.column.getColId() } : undefined;
  }

  /** Moves the grid's focus to the selection's end, which the keyboard then carries on from. */
  showFocus(next: Selection): void {
    const row = this.order.rowIndex(next.focus.row);
    if (!this.api || row === undefined) return;
    this.api.ensureIndexVisible(row);
    this.api.ensureColumnVisible(next.focus.col);
    this.api.setFocusedCell(row, next.focus.col);
  }

  /** The selection made from where it is (or from the focused cell) and the focus moved to its end. */
  extendBy(make: (from: Selection) => Selection): void {
    const here = this.focused();
    const start = this.selection ?? (here ? single(here) : undefined);
    if (!start) return;
    const next = make(start);
    this.set(next);
    this.showFocus(next);
  }

  /** Every column's class rules (`cell-selected` and the rectangle's edges): O(1) per cell. */
  classRules(): CellClassRules<GridRow> {
    const edge = (side: 'top' | 'bottom' | 'left' | 'right') => (p: CellClassParams<GridRow>) => this.placeOf(p)?.[side] ?? false;
    return {
      'cell-selected': (p) => !!this.placeOf(p),
      'cell-sel-top': edge('top'), 'cell-sel-bottom': edge('bottom'), 'cell-sel-left': edge('left'), 'cell-sel-right': edge('right'),
    };
  }
}
