import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { INDICATOR_IDS, PlanPage } from './support/planPage';

/** The commonest office screen. */
const OFFICE_SCREEN = { width: 1366, height: 768 };

describe('the office screen', () => {
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
    expect(await plan.cellText('min', 'target.online_payment')).toBe('≥ 45 (bình quân; sàn 30)');
    await page.screenshot({ path: 'test-results/office-screen-1366.png' });
  });
});
