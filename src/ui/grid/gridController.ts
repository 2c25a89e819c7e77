import type { GridApi } from 'ag-grid-community';
import type { IndicatorId, UnitCode } from '../../domain/ids';
import type { Block } from '../../state/cellBlock';
import type { GridCellRef } from './cellLocks';
import type { GridSelection } from './gridSelection';
import { isSummary, type GridRow } from './rows';

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
  /** The selected block as displayed now (more than one cell), and a signal that changes with the selection. */
  selectedBlock(): Block | undefined;
  selectionVersion(): number;
}

/**
 * The controller the plan page holds, over a grid's API (undefined once the grid is gone). `clearFilter` clears
 * the quick filter when a cell to be shown is hidden by it, and says so.
 */
export function makeGridController(getApi: () => GridApi<GridRow> | undefined, selection: GridSelection, clearFilter: () => void): GridController {
  return {
    focusCell(unitCode, colId) {
      const api = getApi();
      if (!api) return;
      if (unitCode === null) {
        api.ensureColumnVisible(colId);
        api.setFocusedCell(0, colId, 'bottom');
        return;
      }
      let node = api.getRowNode(unitCode);
      if (node && node.rowIndex === null) {
        // Hidden by the quick filter: clear it so the cell can be shown.
        clearFilter();
        node = api.getRowNode(unitCode);
      }
      if (!node || node.rowIndex === null) return;
      api.ensureIndexVisible(node.rowIndex, 'middle');
      api.ensureColumnVisible(colId);
      api.setFocusedCell(node.rowIndex, colId);
    },
    focusGrid() {
      const api = getApi();
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
    focusedColumn: () => getApi()?.getFocusedCell()?.column.getColId(),
    focusedIndicator() {
      const api = getApi();
      const colId = api?.getFocusedCell()?.column.getColId();
      const [field, id] = colId?.split('.') ?? [];
      return (field === 'target' || field === 'baseline') && id ? (id as IndicatorId) : undefined;
    },
    shownUnits() {
      const api = getApi();
      const codes: UnitCode[] = [];
      api?.forEachNodeAfterFilterAndSort((node) => { if (node.data && !isSummary(node.data)) codes.push(node.data.code); });
      return codes;
    },
    lockTargets() {
      const api = getApi();
      const block = selection.block();
      if (block) return block.rows.flatMap((rowId) => block.cols.map((colId) => ({ rowId, colId })));
      const cell = api?.getFocusedCell();
      if (!api || !cell) return [];
      const rowId = cell.rowPinned === 'top' ? 'min' : cell.rowPinned === 'bottom' ? 'aggregate' : api.getDisplayedRowAtIndex(cell.rowIndex)?.id;
      return rowId ? [{ rowId, colId: cell.column.getColId() }] : [];
    },
    selectedBlock: () => selection.block(),
    selectionVersion: selection.version,
    focusedUnit() {
      const api = getApi();
      const cell = api?.getFocusedCell();
      if (!api || !cell || cell.rowPinned) return undefined;
      const row = api.getDisplayedRowAtIndex(cell.rowIndex)?.data;
      return row && !isSummary(row) ? row.code : undefined;
    },
  };
}
