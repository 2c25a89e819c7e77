import { foldDiacritics } from '../../domain/indicators';
import {
  CellApiModule, CellStyleModule, ClientSideRowModelApiModule, ColumnApiModule, ClientSideRowModelModule, ColumnAutoSizeModule, LocaleModule,
  ModuleRegistry, PinnedRowModule, QuickFilterModule, RenderApiModule, RowApiModule, ScrollApiModule,
  TextEditorModule, TooltipModule, ValidationModule, themeQuartz, type GridApi, type GridOptions,
} from 'ag-grid-community';

/** Only the grid features the plan uses; ValidationModule (readable errors) in development only. */
ModuleRegistry.registerModules([
  ClientSideRowModelModule, ClientSideRowModelApiModule, RowApiModule, RenderApiModule, ScrollApiModule,
  TextEditorModule, CellStyleModule, PinnedRowModule, QuickFilterModule, TooltipModule, LocaleModule,
  ColumnAutoSizeModule, CellApiModule, ColumnApiModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

export const gridTheme = themeQuartz.withParams({
  fontSize: 13,
  spacing: 5,
  headerFontSize: 12,
  wrapperBorderRadius: 4,
  accentColor: '#1d4ed8',
});

/**
 * The column header, with the parts these grids use: the label (a click sorts), the sort order when several
 * columns sort, and the ascending and descending arrows. AG Grid's own header also builds a menu button, a filter
 * button and five more sort icons (mixed, absolute, none) for features these grids leave off: twenty elements a
 * column instead of nine, some 150 of a plan page's 850 that every open creates, styles and lays out.
 */
const sortIcon = (ref: string, cls: string) => `<span data-ref="${ref}" class="ag-sort-indicator-icon ag-sort-${cls} ag-hidden" aria-hidden="true"></span>`;
export const headerComponentParams = {
  template: '<div class="ag-cell-label-container" role="presentation">'
    + '<div data-ref="eLabel" class="ag-header-cell-label" role="presentation">'
    + '<span data-ref="eText" class="ag-header-cell-text"></span>'
    + sortIcon('eSortOrder', 'order') + sortIcon('eSortAsc', 'ascending-icon') + sortIcon('eSortDesc', 'descending-icon')
    + '</div></div>',
};

/** The height of a data row, in px: the grids set it, so that what `scrollbarCertain` assumes is what they draw. */
export const ROW_HEIGHT = 32;

/**
 * The heights of a grid's rows: its pinned rows `pinned` px (the plan's general-target row shows its whole rule on two
 * lines), every data row ROW_HEIGHT.
 * A `getRowHeight` callback, which the pinned rows need, makes AG Grid take every data row's height for an estimate:
 * each frame of a scroll that brings such rows into view works theirs out, then places every row of the grid again.
 * At 10,598 rows that was some 20 MB of garbage over one spin of the wheel, and the collections it brought made
 * frames drop. So as soon as rows are placed (every model update: rows added, a filter, heights reset), the data rows
 * are given their height, and nothing is left to estimate.
 */
export function rowHeights<T>(pinned: number): Pick<GridOptions<T>, 'rowHeight' | 'getRowHeight' | 'onModelUpdated'> {
  return {
    rowHeight: ROW_HEIGHT,
    getRowHeight: (p) => (p.node.rowPinned ? pinned : undefined),
    onModelUpdated: (e) => settleRowHeights(e.api),
  };
}

function settleRowHeights(api: GridApi): void {
  let moved = false;
  api.forEachNode((node) => {
    // AG Grid's own mark of a height it estimated (not in its typings). Were it renamed, nothing would be settled
    // and the grid would work as before, only slower to scroll.
    if (!('rowHeightEstimated' in node) || node.rowHeightEstimated !== true) return;
    // The estimate is ROW_HEIGHT too (the grid's `rowHeight`): no row moves, unless it ever differs.
    if (node.rowHeight !== ROW_HEIGHT) moved = true;
    node.setRowHeight(ROW_HEIGHT);
  });
  if (moved) api.onRowHeightChanged();
}

/**
 * Whether `rows` data rows cannot all fit in the window, whatever the page puts around the grid. The grid is then
 * told that its vertical scrollbar shows from the start. Left to find out, AG Grid learns it only after its first
 * frame, and sets the width of every drawn row again, each reading the viewport's size: one forced layout a row.
 * That was some 15 ms of a 159-unit plan's open. Fewer rows than that and the grid measures, as before: a plan
 * that fits shows no empty scrollbar.
 */
export const scrollbarCertain = (rows: number): boolean => rows * ROW_HEIGHT > window.innerHeight;

/**
 * That hint made true again to the rows displayed, after a search or a filter shows fewer (or all again): for the
 * grids' `onFilterChanged`. Not on every model update: a listener on each edit's made the wheel scroll of a
 * 10,598-unit plan drop frames.
 */
export function updateScrollbarHint(api: GridApi): void {
  const certain = scrollbarCertain(api.getDisplayedRowCount());
  if (api.getGridOption('alwaysShowVerticalScroll') !== certain) api.setGridOption('alwaysShowVerticalScroll', certain);
}

/**
 * The search box finds what is typed as one phrase: "Phước H" finds Phước Hưng and Phước Hòa, not every "Phước"
 * with an h somewhere in its row (AG Grid's own parser looks for each word anywhere). Spaces are evened out and
 * the marks folded ("phuoc h" finds them too: the name columns give their text folded as well).
 */
export const quickFilterAsPhrase = (text: string): string[] => [foldDiacritics(text).trim().replace(/\s+/g, ' ')];
