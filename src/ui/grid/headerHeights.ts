import type { ColDef, ColGroupDef, GridApi } from 'ag-grid-community';

/**
 * The heights of the grid's two header rows (indicator names above, result and target columns below), whose
 * texts wrap onto two or three lines rather than being cut.
 *
 * AG Grid's own `autoHeaderHeight` measures every header cell in the grid's first frame, one after another,
 * and each measurement follows a change of the header's height on the grid's viewport, so the browser restyles
 * every cell of the grid once per measurement. Instead the grid is created with heights known in advance:
 * those measured the last time the same headers were shown (opening a plan again, a plan file of the same
 * indicators), or an estimate from the texts' length; once the grid is painted, the header texts are measured
 * in one read, and the heights corrected only if the estimate was wrong.
 */
export interface HeaderHeights {
  /** The row of the result and target columns. */
  header: number;
  /** The row of the indicator names. */
  group: number;
}

type Def<T> = ColDef<T> | ColGroupDef<T>;

/** Header text at the theme's header size (12 px): the average advance of a letter, a line's height. */
const AVERAGE_LETTER_PX = 6.4;
const LINE_PX = 15;
/** The label's padding (5 px above and below) and the cell's horizontal padding (both sides). */
const LABEL_PADDING_PX = 10;
const CELL_PADDING_PX = 20;
/** Never lower than the theme's single-line header. */
const MIN_HEIGHT_PX = 36;

/** The heights measured for a set of headers (their texts and widths), for as long as the page lives. */
const measured = new Map<string, HeaderHeights>();

const isGroup = <T>(def: Def<T>): def is ColGroupDef<T> => 'children' in def;

function headersOf<T>(defs: readonly Def<T>[]): { groups: { text: string; width: number }[]; columns: { text: string; width: number }[] } {
  const groups: { text: string; width: number }[] = [];
  const columns: { text: string; width: number }[] = [];
  for (const def of defs) {
    if (!isGroup(def)) {
      columns.push({ text: def.headerName ?? '', width: def.width ?? 200 });
      continue;
    }
    const children = def.children.filter((c): c is ColDef<T> => !isGroup(c));
    groups.push({ text: def.headerName ?? '', width: children.reduce((sum, c) => sum + (c.width ?? 200), 0) });
    for (const c of children) columns.push({ text: c.headerName ?? '', width: c.width ?? 200 });
  }
  return { groups, columns };
}

/** What identifies a set of headers: the same texts at the same widths wrap the same way. */
export function headerKey<T>(defs: readonly Def<T>[]): string {
  return JSON.stringify(headersOf(defs));
}

/** A height for texts of this length at this width, counting the lines they wrap onto. */
function estimate(headers: readonly { text: string; width: number }[]): number {
  let lines = 1;
  for (const { text, width } of headers) {
    lines = Math.max(lines, Math.ceil((text.length * AVERAGE_LETTER_PX) / Math.max(1, width - CELL_PADDING_PX)));
  }
  return Math.max(MIN_HEIGHT_PX, Math.min(4, lines) * LINE_PX + LABEL_PADDING_PX);
}

/** The heights to create the grid with (or to give it with new columns). */
export function headerHeightsFor<T>(defs: readonly Def<T>[]): HeaderHeights {
  const known = measured.get(headerKey(defs));
  if (known) return known;
  const { groups, columns } = headersOf(defs);
  return { header: estimate(columns), group: estimate(groups) };
}

/** How much taller (or, negative, shorter) a row must be for its tallest text to fit, from the painted cells. */
function missingHeight(grid: HTMLElement, cell: string, label: string, text: string): number | undefined {
  let missing: number | undefined;
  for (const el of grid.querySelectorAll<HTMLElement>(cell)) {
    const box = el.querySelector<HTMLElement>(label);
    const words = el.querySelector<HTMLElement>(text);
    if (!box || !words || words.textContent === '') continue;
    const room = box.clientHeight - LABEL_PADDING_PX;
    missing = Math.max(missing ?? Number.NEGATIVE_INFINITY, Math.ceil(words.getBoundingClientRect().height) - room);
  }
  return missing;
}

/**
 * Measures the painted header texts (one layout read, of a page already laid out) and gives the grid the
 * heights they need, if the ones it has are not those; remembers them (`key`) for the next grid with these
 * headers (not after the user resized a column: the headers then differ from the columns' own widths).
 */
export function fitHeaderHeights<T>(api: GridApi<T>, grid: HTMLElement, key: string | undefined): void {
  if (api.isDestroyed()) return;
  const now: HeaderHeights = { header: api.getGridOption('headerHeight') ?? MIN_HEIGHT_PX, group: api.getGridOption('groupHeaderHeight') ?? MIN_HEIGHT_PX };
  const header = missingHeight(grid, '.ag-header-cell', '.ag-header-cell-label', '.ag-header-cell-text');
  const group = missingHeight(grid, '.ag-header-group-cell', '.ag-header-group-cell-label', '.ag-header-group-text');
  const fit: HeaderHeights = {
    header: header === undefined ? now.header : Math.max(MIN_HEIGHT_PX, now.header + header),
    group: group === undefined ? now.group : Math.max(MIN_HEIGHT_PX, now.group + group),
  };
  if (key !== undefined) measured.set(key, fit);
  if (fit.header !== now.header) api.setGridOption('headerHeight', fit.header);
  if (fit.group !== now.group) api.setGridOption('groupHeaderHeight', fit.group);
}
