import { describe, expect, it } from 'vitest';
import {
  cellCount, cellsOf, contains, edgesOf, extend, extendToEnd, extendToStart, isBlock, jumpTarget, rectOf, rowsToRedraw, selectAll, single, type DisplayOrder,
} from '../../src/ui/grid/selection';

/** A display order over lists, as the grid's adapter answers it. */
function order(rows: string[], cols: string[]): DisplayOrder {
  return {
    rowCount: rows.length, colCount: cols.length,
    rowIndex: (r) => (rows.includes(r) ? rows.indexOf(r) : undefined),
    colIndex: (c) => (cols.includes(c) ? cols.indexOf(c) : undefined),
    rowAt: (i) => rows[i], colAt: (i) => cols[i],
  };
}
const rows = ['a', 'b', 'c', 'd', 'e'];
const cols = ['code', 'name', 'volume', 'target.x', 'target.y'];
const grid = order(rows, cols);

describe('Home and End, as in a spreadsheet', () => {
  const c = { row: 'c', col: 'volume' };
  it('go to the ends of the row; with Ctrl to the first and the last cell of the table', () => {
    expect(jumpTarget(c, grid, 'Home', false)).toEqual({ row: 'c', col: 'code' });
    expect(jumpTarget(c, grid, 'End', false)).toEqual({ row: 'c', col: 'target.y' });
    expect(jumpTarget(c, grid, 'Home', true)).toEqual({ row: 'a', col: 'code' });
    expect(jumpTarget(c, grid, 'End', true)).toEqual({ row: 'e', col: 'target.y' });
  });
  it('Ctrl+Shift+Home stretches the selection to the first cell, its anchor kept', () => {
    expect(extendToStart(single(c), grid)).toEqual({ anchor: c, focus: { row: 'a', col: 'code' } });
  });
});

describe('block selection', () => {
  it('is a rectangle from anchor to focus, whichever way it was drawn', () => {
    const sel = { anchor: { row: 'd', col: 'target.x' }, focus: { row: 'b', col: 'name' } };
    expect(rectOf(sel, grid)).toEqual({ top: 1, bottom: 3, left: 1, right: 3 });
    expect(cellsOf(rectOf(sel, grid)!, grid)).toEqual({ rows: ['b', 'c', 'd'], cols: ['name', 'volume', 'target.x'] });
    expect(cellCount(rectOf(sel, grid)!)).toBe(9);
    expect(isBlock(sel)).toBe(true);
    expect(isBlock(single({ row: 'a', col: 'name' }))).toBe(false);
  });

  it('follows the display order: sorted again, the same cells make another rectangle; filtered out, none', () => {
    const sel = { anchor: { row: 'a', col: 'name' }, focus: { row: 'c', col: 'name' } };
    const sorted = order(['c', 'e', 'a', 'b', 'd'], cols);
    expect(cellsOf(rectOf(sel, sorted)!, sorted).rows).toEqual(['c', 'e', 'a']);
    expect(rectOf(sel, order(['a', 'b'], cols))).toBeUndefined();
  });

  it('extends by one cell with Shift+arrows and to the edge with Ctrl+Shift+arrows, the anchor staying', () => {
    let sel = single({ row: 'b', col: 'volume' });
    sel = extend(sel, grid, 'down');
    sel = extend(sel, grid, 'right');
    expect(sel).toEqual({ anchor: { row: 'b', col: 'volume' }, focus: { row: 'c', col: 'target.x' } });
    expect(extend(sel, grid, 'down', true).focus.row).toBe('e');
    expect(extend(sel, grid, 'up', true).focus.row).toBe('a');
    expect(extend(sel, grid, 'left', true).focus.col).toBe('code');
    expect(extend(extend(sel, grid, 'right', true), grid, 'right').focus.col).toBe('target.y');
    expect(extendToEnd(sel, grid).focus).toEqual({ row: 'e', col: 'target.y' });
    const hidden = { anchor: { row: 'z', col: 'name' }, focus: { row: 'z', col: 'name' } };
    expect(extend(hidden, grid, 'down')).toBe(hidden);
  });

  it('selects every displayed row of every displayed column with Ctrl+A', () => {
    expect(rectOf(selectAll(grid)!, grid)).toEqual({ top: 0, bottom: 4, left: 0, right: 4 });
    expect(selectAll(order([], cols))).toBeUndefined();
  });

  it('redraws only the rows of the old and new rectangles that are in view', () => {
    const before = { top: 2, bottom: 6, left: 0, right: 1 };
    const after = { top: 5, bottom: 40, left: 0, right: 1 };
    expect(rowsToRedraw(before, after, 0, 9)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rowsToRedraw(undefined, after, 100, 120)).toEqual([]);
  });

  it('knows the edges a cell lies on, for the border', () => {
    const rect = { top: 1, bottom: 3, left: 1, right: 2 };
    expect(edgesOf(rect, 1, 1)).toEqual({ top: true, bottom: false, left: true, right: false });
    expect(edgesOf(rect, 3, 2)).toEqual({ top: false, bottom: true, left: false, right: true });
    expect(edgesOf(rect, 0, 1)).toEqual({ top: false, bottom: false, left: false, right: false });
    expect(contains(rect, 2, 2)).toBe(true);
    expect(contains(rect, 2, 3)).toBe(false);
  });
});
