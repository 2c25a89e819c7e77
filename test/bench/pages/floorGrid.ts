/**
 * The floor's bare grid, as the minimal page shows a table and as the harness shows an imported file: AG Grid with
 * the app's modules and theme, every column a plain editable column (the grid's own text editor, writing into the
 * row; no data type inferred from the rows), Enter moving down after an edit as it does in the app.
 * Its columns have the app's widths, so that at 1366 px it draws the same fourteen columns as the app's grid
 * (with AG Grid's default of 200 px it drew seven of them, and half the cells the app draws).
 */
import { createGrid, type ColDef, type GridApi } from 'ag-grid-community';
import { gridTheme } from '../../../src/ui/grid/gridSetup';
import type { FloorRow } from './benchData';

/** A data row of the floor's grid, once it is in the page. */
export const DATA_ROW = '[role="row"][row-id]';

/** The app's column widths (src/ui/grid/columns.ts, rateColumn.ts): a result column 80 px, a target 104 px. */
const WIDTHS: Record<string, number> = { code: 64, name: 176, type: 70, volume: 78 };
export const floorColumnWidth = (field: string): number => WIDTHS[field] ?? (field.startsWith('b_') ? 80 : 104);

const columnsOf = (rows: FloorRow[]): ColDef<FloorRow>[] => Object.keys(rows[0] ?? { code: '' })
  .map((field) => ({ field, colId: field, width: floorColumnWidth(field), editable: true, cellDataType: false }));

export const showFloorGrid = (host: HTMLElement, rows: FloorRow[]): GridApi<FloorRow> => createGrid<FloorRow>(host, {
  theme: gridTheme, columnDefs: columnsOf(rows), rowData: rows, getRowId: (p) => String(p.data.code),
  enterNavigatesVerticallyAfterEdit: true,
});
