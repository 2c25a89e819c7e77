/**
 * The grids' row heights in Chromium: taller pinned rows, and data rows whose height is settled as soon as they are
 * placed, so that scrolling never works heights out again (nor places every row again).
 */
import { createGrid, type GridApi, type IRowNode } from 'ag-grid-community';
import { afterEach, describe, expect, it } from 'vitest';
import { gridTheme, ROW_HEIGHT, rowHeights } from '../../src/ui/grid/gridSetup';

interface Row { code: string; name: string }

const rows = (n: number, from = 0): Row[] => Array.from({ length: n }, (_, i) => ({ code: String(from + i).padStart(6, '0'), name: `Xã ${from + i}` }));
const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

let api: GridApi<Row> | undefined;
let host: HTMLDivElement | undefined;
afterEach(() => {
  api?.destroy();
  host?.remove();
});

function showGrid(data: Row[]): GridApi<Row> {
  host = document.createElement('div');
  host.style.height = '400px';
  host.style.width = '600px';
  document.body.append(host);
  api = createGrid<Row>(host, {
    theme: gridTheme,
    columnDefs: [{ field: 'code' }, { field: 'name' }],
    rowData: data,
    pinnedTopRowData: [{ code: 'min', name: 'chỉ tiêu chung' }],
    getRowId: (p) => p.data.code,
    ...rowHeights<Row>(46),
  });
  return api;
}

/** Scrolls row `index` into view and says whether its height was worked out then (AG Grid's `heightChanged`). */
async function heightWorkedOutWhenShown(grid: GridApi<Row>, index: number): Promise<boolean> {
  const node = grid.getDisplayedRowAtIndex(index) as IRowNode<Row>;
  let changed = false;
  node.addEventListener('heightChanged', () => { changed = true; });
  grid.ensureIndexVisible(index, 'middle');
  await frames(3);
  expect(host?.querySelector(`[row-id="${node.id}"]`)).not.toBeNull(); // it is drawn
  return changed;
}

describe('grid row heights in Chromium', () => {
  it('draws the pinned row taller and the data rows at ROW_HEIGHT, at their places', async () => {
    const grid = showGrid(rows(5000));
    await frames(2);
    const pinned = host!.querySelector<HTMLElement>('[role="row"][row-id="min"]');
    expect(pinned?.getBoundingClientRect().height).toBe(46);
    const node = grid.getDisplayedRowAtIndex(4000)!;
    expect(node.rowHeight).toBe(ROW_HEIGHT);
    expect(node.rowTop).toBe(4000 * ROW_HEIGHT);
  });

  it('settles every data row\'s height when it is placed: a row far down is not worked out again when scrolled to', async () => {
    const grid = showGrid(rows(5000));
    await frames(2);
    expect(await heightWorkedOutWhenShown(grid, 4000)).toBe(false);
  });

  it('settles the rows added later (an import adding units) and keeps the positions', async () => {
    const grid = showGrid(rows(3000));
    await frames(2);
    grid.applyTransaction({ add: rows(2000, 3000) });
    await frames(2);
    expect(await heightWorkedOutWhenShown(grid, 4500)).toBe(false);
    expect(grid.getDisplayedRowAtIndex(4500)?.rowTop).toBe(4500 * ROW_HEIGHT);
    const drawn = host!.querySelector<HTMLElement>('[row-id="004500"]');
    expect(drawn?.getBoundingClientRect().height).toBe(ROW_HEIGHT);
  });
});
