import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { eventually, PlanPage } from './support/planPage';

describe('interface language', () => {
  const app = useApp();

  test('Vietnamese by default; English labels and decimal points once chosen, remembered across a reload, and back', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);

    // Vietnamese by default: labels, decimal comma, the grid's own texts.
    expect(await plan.language.inputValue()).toBe('vi');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await expectVietnamese(plan);

    await plan.setLanguage('en');
    await expectEnglish(plan);

    // Typing in English reads a decimal point and shows one.
    await plan.typeInto('21952', 'target.digitisation', '85.5');
    await eventually(() => plan.cellText('21952', 'target.digitisation')).toBe('85.5');
    await plan.typeInto('21952', 'target.online_dossiers', 'abc');
    await eventually(() => plan.editRefused.textContent()).toContain('“abc” is not a number');
    expect(await plan.cellText('21952', 'target.online_dossiers')).toBe('64');

    // The choice is remembered on this computer.
    await plan.waitSaved();
    await plan.reload();
    expect(await plan.language.inputValue()).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectEnglish(plan);
    expect(await plan.cellText('21952', 'target.digitisation')).toBe('85.5');

    await plan.setLanguage('vi');
    await expectVietnamese(plan);
    expect(await plan.cellText('21952', 'target.digitisation')).toBe('85,5');
    await plan.reload();
    expect(await plan.language.inputValue()).toBe('vi');
    expect(await plan.markReadyButton.textContent()).toBe('Đánh dấu sẵn sàng gửi');
  });

  test('the plan list follows the language too', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    // English arrives with its dictionary, loaded when first chosen: the page switches as soon as it is here.
    await plan.setLanguage('en');
    await page.goto(`${baseURL}#/`);
    const list = page.getByTestId('plan-list');
    await list.waitFor({ state: 'visible' });
    expect(await list.locator('h1').textContent()).toBe('Plans');
    expect(await page.getByTestId('new-plan').textContent()).toBe('New plan');
    const row = page.getByTestId('plan-row');
    expect(await row.getByRole('button').allTextContents()).toEqual(['Rename', 'Duplicate', 'Delete']);
    expect(await row.locator('.status').textContent()).toBe('Draft');
  });
});

async function expectVietnamese(plan: PlanPage): Promise<void> {
  await eventually(() => plan.markReadyButton.textContent()).toBe('Đánh dấu sẵn sàng gửi');
  expect(await plan.planStatus.textContent()).toBe('Nháp');
  expect(await plan.saveStatus.textContent()).toBe('Đã lưu');
  expect(await plan.issueSummary.textContent()).toBe('0 lỗi · 5 cảnh báo');
  // Grid: header and row labels, numbers with a decimal comma and dots between thousands.
  await eventually(() => plan.grid.locator('.ag-header-cell[col-id="target.online_dossiers"]').textContent()).toContain('Chỉ tiêu 2023-H2');
  expect(await plan.cellText('aggregate', 'name')).toBe('Tổng hợp (bình quân theo số hồ sơ)');
  expect(await plan.cellText('21952', 'baseline.online_payment')).toBe('60,5');
  expect(await plan.cellText('21952', 'volume')).toBe('2.913');
  expect(await plan.cellText('aggregate', 'baseline.online_dossiers')).toBe('47,7');
  expect(await plan.cellText('min', 'target.online_payment')).toBe('≥ 45 bình quân (sàn 30)');
  expect(await plan.cellTitle('21973', 'target.online_dossiers')).toBe('Cảnh báo: Chưa có chỉ tiêu');
  // AG Grid's own texts come from its Vietnamese locale: filter everything out to see its overlay.
  await expectGridOverlay(plan, 'Không có Hàng nào Phù hợp');
}

async function expectEnglish(plan: PlanPage): Promise<void> {
  await eventually(() => plan.markReadyButton.textContent()).toBe('Mark ready to send');
  expect(await plan.planStatus.textContent()).toBe('Draft');
  expect(await plan.saveStatus.textContent()).toBe('Saved');
  expect(await plan.issueSummary.textContent()).toBe('0 errors · 5 warnings');
  await eventually(() => plan.grid.locator('.ag-header-cell[col-id="target.online_dossiers"]').textContent()).toContain('Target 2023-H2');
  expect(await plan.cellText('aggregate', 'name')).toBe('Aggregate (weighted by dossiers)');
  expect(await plan.cellText('21952', 'baseline.online_payment')).toBe('60.5');
  expect(await plan.cellText('21952', 'volume')).toBe('2,913');
  expect(await plan.cellText('aggregate', 'baseline.online_dossiers')).toBe('47.7');
  expect(await plan.cellText('min', 'target.online_payment')).toBe('≥ 45 weighted (floor 30)');
  expect(await plan.cellTitle('21973', 'target.online_dossiers')).toBe('Warning: No target yet');
  await expectGridOverlay(plan, 'No Matching Rows');
}

async function expectGridOverlay(plan: PlanPage, text: string): Promise<void> {
  await plan.quickFilter.fill('zzzz');
  await eventually(() => plan.displayedUnitRows()).toEqual([]);
  await eventually(() => plan.grid.locator('.ag-overlay').innerText()).toContain(text);
  await plan.quickFilter.fill('');
  await eventually(() => plan.displayedUnitRows()).toHaveLength(13);
}
