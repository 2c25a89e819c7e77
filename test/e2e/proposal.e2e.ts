import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { DEMO_UNIT_CODES, eventually, PlanPage } from './support/planPage';

/** Reads a Vietnamese rate as the grid writes it ("62,3") into a number. */
const percent = (text: string) => Number(text.replace(',', '.'));

describe('proposing an allocation', () => {
  const app = useApp();

  test('propose on the demo, preview old → new in the grid, apply, undo, redo, and the values stay after a reload', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const col = 'target.online_payment';
    const before = await Promise.all(DEMO_UNIT_CODES.map((code) => plan.cellText(code, col)));

    // Opened from the focused cell: its indicator is chosen. Online payment is weighted (general 45, floor 30).
    await plan.focus('21958', col);
    await page.getByTestId('propose').click();
    await expect.poll(() => page.getByTestId('propose-indicator').inputValue()).toBe('online_payment');
    await page.getByTestId('propose-method').selectOption('lift-lowest');
    await page.getByTestId('propose-goal').selectOption('custom');
    await page.getByTestId('propose-goal-value').fill('60');
    await page.getByTestId('propose-run').click();

    const preview = page.getByTestId('propose-preview');
    await eventually(() => preview.getAttribute('data-feasible')).toBe('true');
    const changed = Number(await preview.getAttribute('data-changed'));
    expect(changed).toBeGreaterThan(0);
    // Every changed cell is marked and reads "old → new"; nothing is written yet.
    const proposedCells = plan.grid.locator(`[role="row"]:not([row-id="aggregate"]) [role="gridcell"][col-id="${col}"].cell-proposed`);
    expect(await proposedCells.count()).toBe(changed);
    const marked = await proposedCells.first().textContent();
    expect(marked).toMatch(/^(—|\d+(,\d)?) → \d+(,\d)?$/);
    expect(await plan.cellClasses('aggregate', col)).toContain('cell-proposed');
    expect(await plan.cellText('aggregate', col)).toMatch(/→ (6\d|[7-9]\d|100),\d$/);

    await page.getByTestId('propose-apply').click();
    await eventually(() => plan.grid.locator('.cell-proposed').count()).toBe(0);
    await plan.waitSaved();
    // Said as what went well, over the page's corner: not as a refusal, in red, above the grid.
    expect(await page.getByTestId('app-message').innerText()).toContain(`Đã áp dụng đề xuất: ${changed} ô.`);
    expect(await page.getByTestId('edit-refused').count()).toBe(0);
    const after = await Promise.all(DEMO_UNIT_CODES.map((code) => plan.cellText(code, col)));
    expect(after.filter((text, i) => text !== before[i])).toHaveLength(changed);
    // The goal is met by the validation's own arithmetic, and no target has more than one decimal.
    expect(await plan.cellState('aggregate', col)).toEqual(['cell-pass']);
    expect(percent((await plan.cellText('aggregate', col)).split(' ')[0]!)).toBeGreaterThanOrEqual(60);
    for (const text of after) expect(text).toMatch(/^\d+(,\d)?$/);

    // One command: one undo takes it all back, one redo brings it all again.
    await page.getByTestId('undo').click();
    await eventually(() => Promise.all(DEMO_UNIT_CODES.map((code) => plan.cellText(code, col)))).toEqual(before);
    await page.getByTestId('redo').click();
    await eventually(() => Promise.all(DEMO_UNIT_CODES.map((code) => plan.cellText(code, col)))).toEqual(after);
    await plan.waitSaved();
    await plan.reload();
    expect(await Promise.all(DEMO_UNIT_CODES.map((code) => plan.cellText(code, col)))).toEqual(after);
  });

  test('an infeasible goal says why and by how much, and changes nothing', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const col = 'target.online_payment';
    const before = await Promise.all(DEMO_UNIT_CODES.map((code) => plan.cellText(code, col)));

    // Only the units the filter shows may change: one commune cannot lift the whole district to 99 %.
    await plan.quickFilter.fill('Phước Thắng');
    await eventually(() => plan.displayedUnitRows()).toEqual(['21958']);
    await page.getByTestId('propose').click();
    await page.getByTestId('propose-indicator').selectOption('online_payment');
    await page.getByTestId('propose-scope').selectOption('shown');
    await page.getByTestId('propose-goal').selectOption('custom');
    await page.getByTestId('propose-goal-value').fill('99');
    await page.getByTestId('propose-run').click();

    const preview = page.getByTestId('propose-preview');
    await eventually(() => preview.getAttribute('data-feasible')).toBe('false');
    const message = await page.getByTestId('propose-infeasible').textContent();
    expect(message).toContain('Thanh toán trực tuyến');
    expect(message).toMatch(/chỉ đạt \d+,\d%, thấp hơn mục tiêu 99%/);
    expect(await page.getByTestId('propose-apply').isDisabled()).toBe(true);
    expect(await plan.grid.locator('.cell-proposed').count()).toBe(0);

    await page.getByTestId('propose-cancel').click();
    await plan.quickFilter.fill('');
    await eventually(() => Promise.all(DEMO_UNIT_CODES.map((code) => plan.cellText(code, col)))).toEqual(before);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
  });

  test('cancel drops the preview and writes nothing; an edit while previewing drops it too', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await page.getByTestId('propose').click();
    await page.getByTestId('propose-indicator').selectOption('all');
    await page.getByTestId('propose-method').selectOption('equal-uplift');
    await page.getByTestId('propose-goal').selectOption('general');
    await page.getByTestId('propose-run').click();
    const preview = page.getByTestId('propose-preview');
    await eventually(() => preview.getAttribute('data-feasible')).toBe('true');
    await eventually(() => plan.grid.locator('.cell-proposed').count()).toBeGreaterThan(0);
    await page.getByTestId('propose-cancel').click();
    await eventually(() => plan.grid.locator('.cell-proposed').count()).toBe(0);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);

    await page.getByTestId('propose-run').click();
    await eventually(() => plan.grid.locator('.cell-proposed').count()).toBeGreaterThan(0);
    await plan.typeInto('21952', 'target.online_dossiers', '70');
    await eventually(() => plan.grid.locator('.cell-proposed').count()).toBe(0);
    await expect.poll(() => page.getByTestId('propose-panel').textContent()).toContain('Kế hoạch vừa thay đổi');
  });

  test('a locked cell stays untouched by a proposal, which meets the goal with the others', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const col = 'target.online_payment';
    const locked = '21952';
    const kept = await plan.cellText(locked, col);
    const propose = async () => {
      await page.getByTestId('propose-run').click();
      await eventually(() => page.getByTestId('propose-preview').getAttribute('data-feasible')).toBe('true');
    };
    await plan.focus(locked, col);
    await page.getByTestId('propose').click();
    await page.getByTestId('propose-method').selectOption('equal-uplift');
    await page.getByTestId('propose-goal').selectOption('custom');
    await page.getByTestId('propose-goal-value').fill('62');
    // Unlocked, the proposal would change this cell.
    await propose();
    expect(await plan.cellClasses(locked, col)).toContain('cell-proposed');
    await page.getByTestId('propose-cancel').click();

    await plan.focus(locked, col);
    await page.keyboard.press('Control+L');
    await eventually(() => plan.cellClasses(locked, col)).toContain('cell-locked');
    await propose();
    expect(await plan.cellClasses(locked, col)).not.toContain('cell-proposed');
    expect(await plan.cellText(locked, col)).toBe(kept);
    await page.getByTestId('propose-apply').click();
    await eventually(() => plan.grid.locator('.cell-proposed').count()).toBe(0);
    await plan.waitSaved();
    expect(await plan.cellText(locked, col)).toBe(kept);
    expect(await plan.cellClasses(locked, col)).toContain('cell-locked');
    expect(await plan.cellState('aggregate', col)).toEqual(['cell-pass']);
  });

  test('several indicators at once: those of a selected block', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    // A block from one indicator's target to the next one's: it covers two indicators.
    await plan.focus('21952', 'target.online_dossiers');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await eventually(() => plan.cellClasses('21955', 'target.online_payment')).toContain('cell-selected');
    await page.getByTestId('propose').click();
    await page.getByTestId('propose-indicator').selectOption('selected');
    await page.getByTestId('propose-run').click();
    await eventually(() => page.getByTestId('propose-preview').getAttribute('data-feasible')).toBe('true');
    const lines = await page.getByTestId('propose-indicator-line').evaluateAll((items) => items.map((i) => i.getAttribute('data-indicator')));
    expect(lines).toEqual(['online_dossiers', 'online_payment']);
  });
});
