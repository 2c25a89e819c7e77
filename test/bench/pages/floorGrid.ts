/**
 * The floor's bare grid, as the minimal page shows a table and as the harness shows an imported file: AG Grid with
 * the app's modules and theme, every column a plain editable column (the grid's own text editor, writing into the
 * row; no data type inferred from the rows), Enter moving down after an edit as it does in the app.
 */
import { createGrid, type ColDef, type GridApi } from 'ag-grid-community';
import { gridTheme } from '../../../src/ui/grid/gridSetup';
import type { FloorRow } from './benchData';

/** A data row of the floor's grid, once it is in the page. */
export const DATA_ROW = '[role="row"][row-id]';

const columnsOf = (rows: FloorRow[]): ColDef<FloorRow>[] => Object.keys(rows[0] ?? { code: '' }).map((field) => ({ field, colId: field, editable: true, cellDataType: false }));

export const showFloorGrid = (host: HTMLElement, rows: FloorRow[]): GridApi<FloorRow> => createGrid<FloorRow>(host, {
  theme: gridTheme, columnDefs: columnsOf(rows), rowData: rows, getRowId: (p) => String(p.data.code),
  enterNavigatesVerticallyAfterEdit: true,
});
