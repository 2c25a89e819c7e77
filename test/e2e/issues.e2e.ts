import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { DEMO_UNIT_CODES, eventually, INDICATOR_IDS, PlanPage, UNDECIDED_UNIT } from './support/planPage';

describe('the issue panel', () => {
  const app = useApp();

  test('lists the issues, errors first, and a click moves the grid focus to the cell it names', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);

    // The fresh demo: Xã Phước Hiệp's five missing targets.
    await eventually(() => plan.issueList()).toEqual(INDICATOR_IDS.map((indicator) => ({ rule: 'missing', unit: UNDECIDED_UNIT, indicator })));
    expect(await plan.issuePanel.locator('h2').textContent()).toBe('Danh sách vấn đề (5)');

    await plan.issueItem('missing', UNDECIDED_UNIT, 'digitisation').click();
    await eventually(() => plan.focusedCell()).toEqual({ rowId: UNDECIDED_UNIT, colId: 'target.digitisation', active: true });
    // The focus is real keyboard focus: typing now fills that very cell.
    await page.keyboard.type('75');
    await page.keyboard.press('Enter');
    await plan.waitForNoEditor();
    await eventually(() => plan.cellText(UNDECIDED_UNIT, 'target.digitisation')).toBe('75');
    await eventually(() => plan.issueList()).toHaveLength(4);

    // An error comes before the warnings, and leads to its cell.
    await plan.typeInto('21985', 'target.online_payment', '25');
    await eventually(() => plan.issueList()).toEqual([
      { rule: 'belowFloor', unit: '21985', indicator: 'online_payment' },
      ...['online_dossiers', 'online_payment', 'e_results', 'population_db'].map((indicator) => ({ rule: 'missing', unit: UNDECIDED_UNIT, indicator })),
      { rule: 'belowBaseline', unit: '21985', indicator: 'online_payment' },
    ]);
    const first = plan.issueItems.first();
    expect(await first.getAttribute('data-rule')).toBe('belowFloor');
    expect(await first.textContent()).toContain('Thấp hơn mức sàn 30% (thiếu 5)');
    await first.click();
    await eventually(() => plan.focusedCell()).toEqual({ rowId: '21985', colId: 'target.online_payment', active: true });
  });

  test('the error and warning counts show and hide the panel, and the grid takes the room', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await plan.issuePanel.waitFor();
    expect(await plan.issueSummary.getAttribute('aria-pressed')).toBe('true');
    const gridWidth = async () => (await plan.grid.boundingBox())?.width ?? 0;
    const withPanel = await gridWidth();

    await plan.issueSummary.click();
    await plan.issuePanel.waitFor({ state: 'detached' });
    expect(await plan.issueSummary.getAttribute('aria-pressed')).toBe('false');
    await eventually(gridWidth).toBeGreaterThan(withPanel + 200);

    await plan.issueSummary.click();
    await plan.issuePanel.waitFor();
    expect(await plan.issueSummary.getAttribute('aria-pressed')).toBe('true');
    await eventually(() => plan.issueList()).toHaveLength(5);

    // With nothing left to list, the list closes itself and the grid takes the room; the counts stay.
    await plan.typeInto(UNDECIDED_UNIT, 'target.online_dossiers', '50');
    await plan.typeInto(UNDECIDED_UNIT, 'target.online_payment', '50');
    await plan.typeInto(UNDECIDED_UNIT, 'target.digitisation', '75');
    await plan.typeInto(UNDECIDED_UNIT, 'target.e_results', '100');
    await plan.typeInto(UNDECIDED_UNIT, 'target.population_db', '100');
    await plan.issuePanel.waitFor({ state: 'detached' });
    expect(await plan.issueSummary.getAttribute('aria-pressed')).toBe('false');
    expect(await plan.counts()).toEqual({ errors: 0, warnings: 0 });
    await eventually(gridWidth).toBeGreaterThan(withPanel + 200);

    // The first issue typed opens it again, with its list in it from the start: the panel comes with the list,
    // after the frame that shows the edit, never as an empty "no issues" panel filled later.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { panelSeen: string[] }).panelSeen = seen;
      new MutationObserver(() => {
        const panel = document.querySelector('[data-testid="issue-panel"]');
        if (panel) seen.push(panel.querySelector('[data-testid="issue-item"]') ? 'listed' : 'empty');
      }).observe(document.body, { childList: true, subtree: true });
    });
    await plan.typeInto('21985', 'target.online_payment', '25');
    await plan.issuePanel.waitFor();
    expect(await plan.issueSummary.getAttribute('aria-pressed')).toBe('true');
    await eventually(() => plan.issueList()).toHaveLength(2);
    expect(await page.evaluate(() => (window as unknown as { panelSeen: string[] }).panelSeen[0])).toBe('listed');
    await eventually(gridWidth).toBeLessThan(withPanel + 1);
  });

  test('an issue on the aggregate row focuses the aggregate cell', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await page.getByTestId('toggle-assignment').click();
    await plan.setAssignment('online_payment', 'min', '60');
    const item = plan.issueItem('aggregateBelowMin', 'aggregate', 'online_payment');
    await item.waitFor({ state: 'visible' });
    expect(await item.textContent()).toContain('Tổng hợp');
    await item.click();
    await eventually(() => plan.focusedCell()).toEqual({ rowId: 'aggregate', colId: 'target.online_payment', active: true });
  });

  test('the quick filter finds what is typed as one phrase, with or without its marks', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    // Not every "Phước" with an "h" somewhere: the names that go on with "H".
    await plan.quickFilter.fill('Phước  H');
    await eventually(() => plan.displayedUnitRows()).toEqual(['21961', '21967', '21973']);
    await plan.quickFilter.fill('phuoc h');
    await eventually(() => plan.displayedUnitRows()).toEqual(['21961', '21967', '21973']);
    await plan.quickFilter.fill('21970');
    await eventually(() => plan.displayedUnitRows()).toEqual(['21970']);
  });

  test('an issue of a unit hidden by the quick filter shows the unit again and focuses it', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await plan.quickFilter.fill('phuoc son');
    await eventually(() => plan.displayedUnitRows()).toEqual(['21970']);

    await plan.issueItem('missing', UNDECIDED_UNIT, 'e_results').click();
    await eventually(() => plan.focusedCell()).toEqual({ rowId: UNDECIDED_UNIT, colId: 'target.e_results', active: true });
    await eventually(() => plan.displayedUnitRows()).toEqual(DEMO_UNIT_CODES);
    // The search box must not claim a filter that no longer applies.
    expect(await plan.quickFilter.inputValue()).toBe('');
  });
});
