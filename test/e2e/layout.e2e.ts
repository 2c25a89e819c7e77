import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { planIdOf } from './support/exchange';
import { downloadOf } from './support/files';
import { PlanList } from './support/planList';
import { eventually, INDICATOR_IDS, PlanPage } from './support/planPage';

/** The commonest office screen. */
const OFFICE_SCREEN = { width: 1366, height: 768 };

describe('the office screen and the keyboard', () => {
  const app = useApp();

  test('at 1366×768, with the issue list closed, every indicator\'s columns fit and no rule or header is cut', async () => {
    const { page, baseURL } = app();
    await page.setViewportSize(OFFICE_SCREEN);
    const plan = await PlanPage.firstVisit(page, baseURL);
    await plan.issueSummary.click();
    await plan.issuePanel.waitFor({ state: 'detached' });

    const grid = (await plan.grid.boundingBox())!;
    expect(grid.x + grid.width).toBeLessThanOrEqual(OFFICE_SCREEN.width);
    for (const id of INDICATOR_IDS) {
      for (const col of [`baseline.${id}`, `target.${id}`]) {
        const box = await plan.cell('21952', col).boundingBox();
        expect(box, `${col} is rendered`).not.toBeNull();
        expect(box!.x + box!.width, `${col} is in view`).toBeLessThanOrEqual(grid.x + grid.width);
      }
    }
    // Nothing in the headers, the general-target row or the aggregate row is cut off with an ellipsis.
    const cut = await page.evaluate(() => {
      const selectors = ['.ag-header-cell-text', '.ag-header-group-text', '[row-id="min"] .ag-cell', '[row-id="aggregate"] .ag-cell'];
      return [...document.querySelectorAll<HTMLElement>(selectors.join(','))]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        .map((el) => el.textContent?.trim() ?? '');
    });
    expect(cut).toEqual([]);
    expect(await plan.cellText('min', 'target.online_payment')).toBe('≥ 45 bình quân (sàn 30)');
    await page.screenshot({ path: 'test-results/office-screen-1366.png' });
  });

  test('F6 moves between the header, the toolbar, the grid and the issue list; dialogs and downloads leave the focus where it was', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await plan.issuePanel.waitFor();
    const region = () => page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-region]')?.dataset.region ?? null);

    await plan.focus('21955', 'target.online_payment');
    await page.keyboard.press('F6');
    await eventually(region).toBe('issues');
    await page.keyboard.press('F6');
    await eventually(region).toBe('header');
    await page.keyboard.press('F6');
    await eventually(region).toBe('toolbar');
    await page.keyboard.press('F6');
    await eventually(region).toBe('grid');
    // Back on the cell it left, ready for typing.
    await eventually(() => plan.focusedCell()).toEqual({ rowId: '21955', colId: 'target.online_payment', active: true });
    await page.keyboard.press('Shift+F6');
    await eventually(region).toBe('toolbar');

    // A dialog opened from the keyboard gives the focus back to its button when it closes.
    await page.getByTestId('export-csv').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('export-csv-dialog').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.getByTestId('export-csv-dialog').waitFor({ state: 'detached' });
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-csv');

    // A plan-file export from the keyboard alone: the file arrives, and the focus stays on its button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-plan');
    const file = await downloadOf(page, () => page.keyboard.press('Enter'));
    expect(file.name).toMatch(/\.dvctt\.json$/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-plan');
  });

  test('a header click sorts with one arrow showing; the vertical scrollbar shows exactly while the rows overflow, a search included', async () => {
    const { page, baseURL } = app();
    await page.setViewportSize(OFFICE_SCREEN);
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanList(page);
    await list.open(baseURL);
    const lines = Array.from({ length: 60 }, (_, i) => `${String(40000 + i)},Xã Thử ${i + 1},Xã`);
    await list.fillNewPlan('Huyện sáu mươi xã', '2024-H1', ['Mã,Tên,Loại hình', ...lines].join('\n'));
    await page.getByTestId('create-plan').click();
    const plan = new PlanPage(page);
    await plan.waitForGrid('40000');
    expect(await planIdOf(plan)).not.toBe('');

    // AG Grid draws its own vertical scrollbar (the viewport's is hidden): it shows when, and only when, the rows
    // overflow the viewport. Sixty rows cannot fit in 768 px; the grid is told so from the start.
    const scrollbar = () => plan.grid.evaluate((grid) => {
      const viewport = grid.querySelector<HTMLElement>('.ag-grid-viewport')!;
      const bar = grid.querySelector<HTMLElement>('.ag-body-vertical-scroll')!;
      return { overflows: viewport.scrollHeight > viewport.clientHeight + 1, shown: !bar.classList.contains('ag-hidden') && bar.offsetWidth > 0 };
    });
    await eventually(scrollbar).toEqual({ overflows: true, shown: true });
    // One unit found (the search is one phrase): nothing to scroll, and no empty scrollbar beside them.
    await plan.quickFilter.fill('Thử 41');
    await eventually(() => plan.displayedUnitRows()).toEqual(['40040']);
    await eventually(scrollbar).toEqual({ overflows: false, shown: false });
    await plan.quickFilter.fill('');
    await eventually(scrollbar).toEqual({ overflows: true, shown: true });

    // The header holds its label and the two sort arrows, no menu or filter button; a click sorts, and only the
    // arrow of the direction shows.
    const header = plan.grid.locator('.ag-header-cell[col-id="code"]');
    expect(await header.locator('.ag-header-cell-menu-button, .ag-header-cell-filter-button, .ag-sort-mixed-icon, .ag-sort-none-icon').count()).toBe(0);
    const arrows = () => header.evaluate((h) => ({
      sort: h.getAttribute('aria-sort'),
      shown: [...h.querySelectorAll('.ag-sort-indicator-icon:not(.ag-hidden)')].map((i) => i.className.match(/ag-sort-(ascending|descending)-icon/)?.[1] ?? i.className),
    }));
    expect(await arrows()).toEqual({ sort: 'none', shown: [] });
    await header.locator('.ag-header-cell-label').click();
    await eventually(arrows).toEqual({ sort: 'ascending', shown: ['ascending'] });
    await header.locator('.ag-header-cell-label').click();
    await eventually(arrows).toEqual({ sort: 'descending', shown: ['descending'] });
    expect((await plan.displayedUnitRows())[0]).toBe('40059');
  });
});
