import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { DEMO_UNIT_CODES, eventually, PlanPage } from './support/planPage';

const ONLINE = 'target.online_dossiers';
const PAYMENT = 'target.online_payment';
const BASE = 'baseline.online_payment';

/** The selected cells, as `row|col` in the DOM's order. */
const selectedCells = (plan: PlanPage) => plan.grid.evaluate((grid) => [...grid.querySelectorAll('[role="gridcell"].cell-selected')]
  .map((c) => `${c.closest('[row-id]')?.getAttribute('row-id') ?? ''}|${c.getAttribute('col-id') ?? ''}`).sort());

const status = (page: Page) => page.getByTestId('selection-status').evaluate((el) =>
  ({ count: el.getAttribute('data-count'), sum: el.getAttribute('data-sum'), mean: el.getAttribute('data-mean'), text: el.textContent }));

/** A number as the grid shows it in Vietnamese (`85,5`), read back. */
const num = (text: string) => Number(text.replace(',', '.'));

describe('block selection', () => {
  const app = useApp();

  test('selected with Shift+arrows and the mouse, counted and summed, copied and pasted into another block', async () => {
    const { page, baseURL, context } = app();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const plan = await PlanPage.firstVisit(page, baseURL);
    const texts = await Promise.all(['21952', '21955', '21958'].map((u) => plan.cellText(u, ONLINE)));

    await plan.focus('21952', ONLINE);
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await eventually(() => selectedCells(plan)).toEqual([`21952|${ONLINE}`, `21955|${ONLINE}`, `21958|${ONLINE}`]);
    expect(await plan.cellClasses('21952', ONLINE)).toEqual(expect.arrayContaining(['cell-sel-top', 'cell-sel-left', 'cell-sel-right']));
    const sum = texts.map(num).reduce((a, b) => a + b, 0);
    const s = await status(page);
    expect(s).toMatchObject({ count: '3', sum: String(sum), mean: String(Math.round((sum / 3) * 100) / 100) });
    expect(s.text).toContain('3 ô · Tổng');

    // Copied as TSV in Vietnamese numbers; pasted at another block's top-left.
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${texts.join('\r\n')}\r\n`);
    await page.keyboard.press('Escape');
    await eventually(() => selectedCells(plan)).toEqual([]);

    // The mouse: a click then a Shift+click selects the block between them.
    await plan.cell('21961', PAYMENT).click();
    await plan.cell('21967', PAYMENT).click({ modifiers: ['Shift'] });
    await eventually(() => selectedCells(plan)).toEqual(['21961', '21964', '21967'].map((u) => `${u}|${PAYMENT}`));
    await page.keyboard.press('Control+V');
    await eventually(() => Promise.all(['21961', '21964', '21967'].map((u) => plan.cellText(u, PAYMENT)))).toEqual(texts);

    // A drag selects too: two columns by two rows.
    const from = await plan.cell('21970', BASE).boundingBox();
    const to = await plan.cell('21973', PAYMENT).boundingBox();
    await page.mouse.move(from!.x + 5, from!.y + 5);
    await page.mouse.down();
    await page.mouse.move(to!.x + 5, to!.y + 5, { steps: 4 });
    await page.mouse.up();
    await eventually(() => selectedCells(plan)).toEqual([`21970|${BASE}`, `21970|${PAYMENT}`, `21973|${BASE}`, `21973|${PAYMENT}`]);
    await eventually(() => status(page).then((x) => x.count)).toBe('4');

    // One value pasted over a selection fills all of it, as one change.
    await plan.focus('21952', ONLINE);
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await plan.paste('77');
    await eventually(() => Promise.all([plan.cellTexts('21952', [ONLINE, BASE, PAYMENT]), plan.cellTexts('21955', [ONLINE, BASE, PAYMENT])]))
      .toEqual([['77', '77', '77'], ['77', '77', '77']]);
    await page.getByTestId('undo').click();
    await eventually(() => plan.cellText('21952', ONLINE)).toBe(texts[0]);
    await plan.waitSaved();
  });

  test('fill down with only empty cells, Delete then undo, and a locked cell inside a fill is skipped and said', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const rows = ['21952', '21955', '21958', '21961'];
    const before = await Promise.all(rows.map((u) => plan.cellText(u, ONLINE)));

    // Delete clears the targets of a block; the result column beside them is left, and counted.
    await plan.focus('21955', ONLINE);
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Delete');
    await eventually(() => Promise.all(['21955', '21958'].map((u) => plan.cellText(u, ONLINE)))).toEqual(['', '']);
    expect(await plan.cellText('21955', BASE)).not.toBe('');
    await eventually(() => plan.editRefused.textContent()).toContain('Bỏ qua 2 ô không phải chỉ tiêu');
    await page.keyboard.press('Control+Z');
    await eventually(() => Promise.all(rows.map((u) => plan.cellText(u, ONLINE)))).toEqual(before);
    await page.keyboard.press('Control+Y');
    await eventually(() => plan.cellText('21955', ONLINE)).toBe('');

    // Fill down, only empty cells: the two cleared cells take the top row's value; 21961 keeps its own.
    await plan.focus('21952', ONLINE);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    await page.getByTestId('fill-only-empty').check();
    await page.getByTestId('fill-down').click();
    await eventually(() => Promise.all(rows.map((u) => plan.cellText(u, ONLINE)))).toEqual([before[0], before[0], before[0], before[3]]);
    await page.getByTestId('undo').click();
    await eventually(() => plan.cellText('21955', ONLINE)).toBe('');

    // A locked cell inside a fill is left as it is, and the page says how many cells were skipped.
    await plan.focus('21958', ONLINE);
    await plan.lockToggle.click();
    await eventually(() => plan.isLocked('21958', ONLINE)).toBe(true);
    await page.getByTestId('fill-only-empty').uncheck();
    await plan.focus('21952', ONLINE);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+D');
    await eventually(() => Promise.all(rows.map((u) => plan.cellText(u, ONLINE)))).toEqual([before[0], before[0], '', before[0]]);
    await eventually(() => plan.editRefused.textContent()).toContain('Bỏ qua 1 ô không điền được');
    await plan.waitSaved();
    await plan.reload();
    expect(await Promise.all(rows.map((u) => plan.cellText(u, ONLINE)))).toEqual([before[0], before[0], '', before[0]]);
  });

  test('Ctrl+A, Ctrl+Shift+arrows, a block locked with Ctrl+L, its units as the proposal\'s scope, and the block kept through a sort', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const columns = await plan.grid.evaluate((grid) => [...new Set([...grid.querySelectorAll('.ag-header-cell[col-id]')].map((c) => c.getAttribute('col-id')!))]);

    // Ctrl+A: every unit row of every column, the pinned rows never.
    await plan.focus('21958', ONLINE);
    await page.keyboard.press('Control+A');
    await eventually(() => status(page).then((x) => x.count)).toBe(String(DEMO_UNIT_CODES.length * columns.length));
    expect(await plan.cellClasses('min', ONLINE)).not.toContain('cell-selected');
    await page.keyboard.press('Escape');
    await eventually(() => status(page).then((x) => x.count)).toBe('0');

    // Ctrl+Shift+Down: to the last unit.
    await plan.focus('21982', ONLINE);
    await page.keyboard.press('Control+Shift+ArrowDown');
    await eventually(() => selectedCells(plan)).toEqual(['21982', '21985', '21988'].map((u) => `${u}|${ONLINE}`));

    // Home and End: the row's first and last column; with Ctrl, the table's first and last cell; Ctrl+Shift+Home
    // selects from here to the first cell.
    const first = DEMO_UNIT_CODES[0]!;
    const last = DEMO_UNIT_CODES[DEMO_UNIT_CODES.length - 1]!;
    await plan.focus('21958', ONLINE);
    await page.keyboard.press('Home');
    await eventually(() => plan.focusedCell()).toMatchObject({ rowId: '21958', colId: columns[0] });
    await page.keyboard.press('End');
    await eventually(() => plan.focusedCell()).toMatchObject({ rowId: '21958', colId: columns[columns.length - 1] });
    await page.keyboard.press('Control+Home');
    await eventually(() => plan.focusedCell()).toMatchObject({ rowId: first, colId: columns[0] });
    await page.keyboard.press('Control+End');
    await eventually(() => plan.focusedCell()).toMatchObject({ rowId: last, colId: columns[columns.length - 1] });
    await plan.focus('21955', columns[2]!);
    await page.keyboard.press('Control+Shift+Home');
    await eventually(() => status(page).then((x) => x.count)).toBe(String(2 * 3));
    await page.keyboard.press('Escape');
    // Shift+End: to the row's last column, selected.
    await plan.focus('21958', columns[1]!);
    await page.keyboard.press('Shift+End');
    await eventually(() => status(page).then((x) => x.count)).toBe(String(columns.length - 1));
    await page.keyboard.press('Escape');
    // On the general-target row, Home and End stay on that row; Ctrl+End goes to the last unit's last cell.
    await plan.focus('min', ONLINE);
    await page.keyboard.press('End');
    await eventually(() => plan.focusedCell()).toMatchObject({ rowId: 'min', colId: columns[columns.length - 1] });
    await page.keyboard.press('Home');
    await eventually(() => plan.focusedCell()).toMatchObject({ rowId: 'min', colId: columns[0] });
    await page.keyboard.press('Control+End');
    await eventually(() => plan.focusedCell()).toMatchObject({ rowId: last, colId: columns[columns.length - 1] });

    // Ctrl+L locks every target cell of the block (the result column in it holds none), one undo step.
    await plan.focus('21952', BASE);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+L');
    await eventually(() => plan.lockedCells()).toEqual([`21952|${PAYMENT}`, `21955|${PAYMENT}`]);

    // The proposal may take the selected units.
    await page.getByTestId('propose').click();
    const scope = page.getByTestId('propose-scope');
    await eventually(() => scope.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['all', 'selected']);
    expect(await scope.locator('option[value="selected"]').textContent()).toContain('(2)');
    await page.getByTestId('propose').click();

    // Sorted by name, the block still runs from the same anchor to the same end cell.
    await plan.grid.locator('.ag-header-cell[col-id="name"]').click();
    await eventually(() => plan.cellClasses('21952', BASE)).toContain('cell-selected');
    expect(await plan.cellClasses('21955', PAYMENT)).toContain('cell-selected');
  });
});
