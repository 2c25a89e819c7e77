import type { GridApi, IRowNode } from 'ag-grid-community';
import type { UnitCode } from '../../domain/ids';
import { tsvText, type Block } from '../../state/cellBlock';
import { parseClipboardTable } from '../../state/pasteCommands';
import { isSummary, type GridRow } from './rows';

/** A block pasted in the grid, with what it would cover: the grid decides nothing about where it goes. */
export interface GridPaste {
  block: string[][];
  /** The focused unit cell the block was pasted at; undefined when no unit cell has the focus. */
  at: { unitCode: UnitCode; colId: string } | undefined;
  /** The displayed unit rows from the focused one, as many as the block has rows (fewer at the end of the table). */
  units: UnitCode[];
  /** The displayed column ids from the focused one to the last. */
  columns: string[];
}

/** True when the event comes from a cell editor, where the browser's own copy and paste apply. */
function isEditing(e: Event): boolean {
  const target = e.target as HTMLElement | null;
  return !!target?.closest('.ag-cell-inline-editing, input, textarea');
}

/**
 * A block pasted from a spreadsheet at the focused cell, or at the top-left cell of the selected block: handed on
 * with the rows and columns as displayed (sorted, filtered). One value pasted over a selected block fills it
 * (`onValue`).
 */
export function pasteAtFocus(api: GridApi<GridRow>, e: ClipboardEvent, onPaste: (paste: GridPaste) => void, selected?: Block, onValue?: (text: string) => void): void {
  if (isEditing(e)) return;
  const text = e.clipboardData?.getData('text/plain') ?? '';
  e.preventDefault();
  const block = parseClipboardTable(text);
  if (selected && onValue && block.length === 1 && block[0]!.length === 1) return onValue(block[0]![0]!);
  const start = selected ? api.getRowNode(selected.rows[0]!)?.rowIndex : undefined;
  const focused = selected && start !== undefined && start !== null
    ? { rowIndex: start, column: api.getColumn(selected.cols[0]!)!, rowPinned: null } : api.getFocusedCell();
  const anchor = focused && !focused.rowPinned ? api.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
  if (!focused || !anchor || isSummary(anchor)) return onPaste({ block, at: undefined, units: [], columns: [] });
  const columns = api.getAllDisplayedColumns();
  const first = columns.indexOf(focused.column);
  const fromFocus = first < 0 ? [] : columns.slice(first).map((c) => c.getColId());
  const units: UnitCode[] = [];
  for (let r = 0; r < block.length; r++) {
    const row = api.getDisplayedRowAtIndex(focused.rowIndex + r)?.data;
    if (!row || isSummary(row)) break;
    units.push(row.code);
  }
  onPaste({ block, at: { unitCode: anchor.code, colId: focused.column.getColId() }, units, columns: fromFocus });
}

/** The focused cell copied as it is displayed (`85,5`), so it pastes back anywhere; a selected block as TSV (`blockText`). */
export function copyFocusedCell(api: GridApi<GridRow>, e: ClipboardEvent, blockText?: string): void {
  if (isEditing(e)) return;
  if (blockText !== undefined) {
    e.clipboardData?.setData('text/plain', blockText);
    e.preventDefault();
    return;
  }
  const focused = api.getFocusedCell();
  if (!focused) return;
  const node = focused.rowPinned === 'top' ? api.getPinnedTopRow(focused.rowIndex)
    : focused.rowPinned === 'bottom' ? api.getPinnedBottomRow(focused.rowIndex) : api.getDisplayedRowAtIndex(focused.rowIndex);
  if (!node) return;
  e.clipboardData?.setData('text/plain', shownText(api, node, focused.column.getColId()));
  e.preventDefault();
}

/** A cell's text as the grid shows it (through its column's value formatter): `85,5`, `1.234`, `✓ Đạt`. */
function shownText(api: GridApi<GridRow>, node: IRowNode<GridRow>, colId: string): string {
  const value = api.getCellValue({ rowNode: node, colKey: colId, useFormatter: true });
  return value === null || value === undefined ? '' : String(value);
}

/** A selected block's cells as the grid shows them, as clipboard text (`tsvText`): what the eye reads is what pastes. */
export function shownBlockText(api: GridApi<GridRow>, block: Block): string {
  return tsvText(block.rows.map((code) => {
    const node = api.getRowNode(code);
    return block.cols.map((colId) => (node ? shownText(api, node, colId) : ''));
  }));
}

/** Copy and paste in a grid's element, to the handlers given; returns what removes them. */
export function listenToClipboard(el: HTMLElement, on: { paste: (e: ClipboardEvent) => void; copy: (e: ClipboardEvent) => void }): () => void {
  el.addEventListener('paste', on.paste);
  el.addEventListener('copy', on.copy);
  return () => {
    el.removeEventListener('paste', on.paste);
    el.removeEventListener('copy', on.copy);
  };
}
