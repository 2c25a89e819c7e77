import type { UnitCode } from '../domain/ids';

/**
 * A block of cells selected in a grid — the allocation grid or the results grid alike: its unit rows and its
 * columns, both in display order. The grids' selection (`ui/grid/gridSelection.ts`) hands it out; what a block
 * action writes is built from it by each grid's own builder (`blockCommands.ts`, `monitoringBlocks.ts`).
 */
export interface Block {
  rows: readonly UnitCode[];
  cols: readonly string[];
}

/**
 * Cells as text for the clipboard: rows on CRLF lines (with the trailing one Excel writes), cells separated by
 * tabs, a cell holding a tab, a quote or a line break quoted as spreadsheets do. `parseClipboardTable` reads it back.
 */
export function tsvText(rows: readonly (readonly string[])[]): string {
  const quote = (text: string) => (/[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(quote).join('\t')).join('\r\n') + '\r\n';
}
