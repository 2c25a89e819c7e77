import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { ImportFlow, PlanListView, utf8BomCsv } from './support/files';
import { eventually, PlanPage } from './support/planPage';

const ONLINE_TARGET = 'target.online_dossiers';

describe('starting a plan from a list the way offices do', () => {
  const app = useApp();

  test('a GSO list of one district: name, period and unit prefilled from the file; the assignment unset until entered', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanListView(page);
    await list.open(baseURL);
    const imports = new ImportFlow(page);
    await imports.choose(utf8BomCsv('danh-sach-xa_2024-H1.csv', [
      'Kế hoạch giao chỉ tiêu DVCTT huyện Phù Cát;;;;;;',
      ';;;;;;',
      'province_code;province_name;district_code;district_name;commune_code;commune_name;commune_type',
      '52;Tỉnh Bình Định;545;Huyện Phù Cát;21700;Thị trấn Ngô Mây;Thị trấn',
      '52;Tỉnh Bình Định;545;Huyện Phù Cát;21703;Xã Cát Sơn;Xã',
      '52;Tỉnh Bình Định;545;Huyện Phù Cát;21706;Xã Cát Minh;Xã',
    ]));
    const newPlan = page.getByTestId('import-new-plan');
    const field = (name: string) => newPlan.locator(`input[name="${name}"]`);
    await eventually(() => field('name').inputValue()).toBe('Kế hoạch giao chỉ tiêu DVCTT huyện Phù Cát');
    expect(await field('period').inputValue()).toBe('2024-H1');
    expect(await field('allocatingUnit').inputValue()).toBe('UBND huyện Phù Cát');
    expect(await imports.counts()).toEqual({ kind: 'csv', adds: 3, updates: 0, unchanged: 0, problems: 0 });
    await field('name').fill('Giao chỉ tiêu DVCTT 6 tháng đầu năm 2024');
    await imports.applyAndClose();

    const plan = new PlanPage(page);
    await plan.waitForGrid('21700');
    expect(await plan.planName.textContent()).toBe('Giao chỉ tiêu DVCTT 6 tháng đầu năm 2024');
    expect(await page.getByTestId('plan-page').textContent()).toContain('UBND huyện Phù Cát');
    // No invented general targets: the row says so, the aggregate judges nothing, the plan cannot be marked ready.
    const unset = page.getByTestId('assignment-unset');
    expect(await unset.getAttribute('data-indicators')).toBe('online_dossiers,online_payment,digitisation');
    expect(await plan.cellText('min', ONLINE_TARGET)).toBe('chưa nhập chỉ tiêu tỉnh giao');
    expect(await plan.cellText('min', 'target.e_results')).toBe('100 bắt buộc');
    await plan.typeInto('21700', ONLINE_TARGET, '12');
    await plan.typeInto('21703', ONLINE_TARGET, '15');
    await plan.typeInto('21706', ONLINE_TARGET, '20');
    const aggregate = plan.root.locator(`[row-id="aggregate"] [col-id="${ONLINE_TARGET}"]`);
    await eventually(() => aggregate.getAttribute('class')).toContain('cell-unassigned');
    expect(await aggregate.getAttribute('class')).not.toMatch(/cell-pass|cell-error/);
    expect(await plan.cellText('21700', ONLINE_TARGET)).toBe('12');
    expect(await plan.root.locator(`[row-id="21700"] [col-id="${ONLINE_TARGET}"]`).getAttribute('class')).not.toContain('cell-error');
    await page.getByTestId('mark-ready').click();
    await eventually(() => page.locator('[data-testid="ready-refused"] [data-testid="issue-item"][data-rule="minUnset"]').count()).toBe(3);

    // Entered from the notice: the rule applies at once, and the notice names only what is still unset.
    await page.getByTestId('assignment-unset-open').click();
    const min = page.getByTestId('assignment-online_dossiers-min');
    expect(await min.getAttribute('placeholder')).toBe('chưa nhập chỉ tiêu tỉnh giao');
    await min.fill('15');
    await min.press('Enter');
    await eventually(() => unset.getAttribute('data-indicators')).toBe('online_payment,digitisation');
    await eventually(() => plan.cellText('min', ONLINE_TARGET)).toBe('≥ 15 từng xã');
    expect(await plan.root.locator(`[row-id="21700"] [col-id="${ONLINE_TARGET}"]`).getAttribute('class')).toContain('cell-error');
    await eventually(() => aggregate.getAttribute('class')).toContain('cell-error');

    // Stored as entered: a reload shows the same.
    await page.reload();
    await plan.waitForGrid('21700');
    expect(await plan.cellText('min', ONLINE_TARGET)).toBe('≥ 15 từng xã');
    expect(await page.getByTestId('assignment-unset').getAttribute('data-indicators')).toBe('online_payment,digitisation');
  });
});
