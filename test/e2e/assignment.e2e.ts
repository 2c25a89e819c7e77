import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { DEMO_UNIT_CODES, eventually, PlanPage } from './support/planPage';

describe('the province assignment', () => {
  const app = useApp();

  test('a weighted general target above the aggregate fails the aggregate row, and passes again when lowered', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const aggregate = ['aggregate', 'target.online_payment'] as const;

    await page.getByTestId('toggle-assignment').click();
    await page.getByTestId('assignment-panel').waitFor({ state: 'visible' });
    const mode = plan.assignmentInput('online_payment', 'mode');
    await mode.selectOption('weighted');
    expect(await mode.inputValue()).toBe('weighted');
    expect(await plan.assignmentInput('online_payment', 'min').inputValue()).toBe('45');
    expect(await plan.assignmentInput('online_payment', 'floor').inputValue()).toBe('30');
    expect(await plan.assignmentInput('online_payment', 'floor').isEnabled()).toBe(true);
    // Xã Phước Hiệp has no target yet: the aggregate is shown with its count, not judged.
    expect(await plan.cellText(...aggregate)).toBe('55,4 — 12/13');
    expect(await plan.cellState(...aggregate)).toEqual(['cell-incomplete']);

    // 60 is above the weighted aggregate of 55,4: the aggregate row fails, not the units.
    await plan.setAssignment('online_payment', 'min', '60');
    await eventually(() => plan.cellState(...aggregate)).toEqual(['cell-error']);
    expect(await plan.cellTitle(...aggregate)).toContain('Bình quân 55,4% thấp hơn chỉ tiêu giao chung 60% (thiếu 4,58)');
    expect(await plan.cellText('min', 'target.online_payment')).toBe('≥ 60 bình quân (sàn 30)');
    await eventually(() => plan.errorCount()).toBe(1);
    expect(await plan.cellState('21952', 'target.online_payment')).toEqual([]);
    expect(await plan.issueList()).toContainEqual({ rule: 'aggregateBelowMin', unit: 'aggregate', indicator: 'online_payment' });

    // Raising the big units' targets lifts the weighted aggregate over 60.
    for (const unit of ['21952', '21955']) await plan.typeInto(unit, 'target.online_payment', '90');
    await eventually(() => plan.cellState(...aggregate)).toEqual(['cell-incomplete']);
    await eventually(() => plan.errorCount()).toBe(0);
    // And with Xã Phước Hiệp's target too, every unit has one: the aggregate passes.
    await plan.typeInto('21973', 'target.online_payment', '60');
    await eventually(() => plan.cellState(...aggregate)).toEqual(['cell-pass']);

    // The assignment is stored with the plan.
    await plan.waitSaved();
    await plan.reload();
    expect(await plan.cellText('min', 'target.online_payment')).toBe('≥ 60 bình quân (sàn 30)');
    expect(await plan.cellState(...aggregate)).toEqual(['cell-pass']);
  });

  test('switching an indicator from "each" to "weighted" moves the rule from the units to the aggregate', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await page.getByTestId('toggle-assignment').click();

    // Mode "each": a unit below 50 is an error of its own; the floor does not apply.
    expect(await plan.assignmentInput('online_dossiers', 'floor').isDisabled()).toBe(true);
    await plan.typeInto('21976', 'target.online_dossiers', '45');
    await eventually(() => plan.cellState('21976', 'target.online_dossiers')).toEqual(['cell-error']);
    expect(await plan.errorCount()).toBe(1);

    // Weighted: the unit is no longer an error (only below its H1 result of 59,9: a warning); the aggregate meets
    // 50 but is not judged while Xã Phước Hiệp has no target.
    await plan.assignmentInput('online_dossiers', 'mode').selectOption('weighted');
    await eventually(() => plan.cellState('21976', 'target.online_dossiers')).toEqual(['cell-warning']);
    await eventually(() => plan.errorCount()).toBe(0);
    expect(await plan.cellState('aggregate', 'target.online_dossiers')).toEqual(['cell-incomplete']);
    expect(await plan.cellText('min', 'target.online_dossiers')).toBe('≥ 50 bình quân');
    expect(await plan.assignmentInput('online_dossiers', 'floor').isEnabled()).toBe(true);

    // A floor of 46 catches the unit at 45 again.
    await plan.setAssignment('online_dossiers', 'floor', '46');
    await eventually(() => plan.cellState('21976', 'target.online_dossiers')).toEqual(['cell-error']);
    expect(await plan.cellTitle('21976', 'target.online_dossiers')).toContain('Thấp hơn mức sàn 46% (thiếu 1)');

    // An assigned rate with two decimals is refused and the field shows the old value.
    await plan.setAssignment('online_dossiers', 'min', '55,55');
    await eventually(() => page.getByTestId('assignment-panel').getByRole('alert').textContent())
      .toContain('Chỉ tiêu giao chỉ có tối đa một chữ số thập phân.');
    // It names the indicator and the field it was typed in.
    expect(await page.getByTestId('assignment-panel').getByRole('alert').textContent()).toMatch(/^Hồ sơ trực tuyến – .+: /);
    expect(await plan.assignmentInput('online_dossiers', 'min').inputValue()).toBe('50');
    expect(await plan.cellText('min', 'target.online_dossiers')).toBe('≥ 50 bình quân (sàn 46)');

    // Mandatory 100 %: every unit below 100 becomes an error.
    await plan.assignmentInput('digitisation', 'mandatory').check();
    await eventually(() => plan.cellState('21952', 'target.digitisation')).toEqual(['cell-error']);
    expect(await plan.cellText('min', 'target.digitisation')).toBe('100 bắt buộc');
    // 12 units with a digitisation target below 100, and the unit below its floor.
    await eventually(() => plan.errorCount()).toBe(13);
  });

  test('the quick filter finds units by name without diacritics, or by code', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);

    await plan.quickFilter.fill('phuoc son');
    await eventually(() => plan.displayedUnitRows()).toEqual(['21970']);
    expect(await plan.cellText('21970', 'name')).toBe('Xã Phước Sơn');
    // The pinned rows stay: the general targets and the aggregate of the whole plan.
    expect(await plan.cellText('aggregate', 'target.online_payment')).toBe('55,4 — 12/13');
    expect(await plan.cellText('min', 'target.online_dossiers')).toBe('≥ 50 từng xã');

    await plan.quickFilter.fill('Phước Sơn');
    await eventually(() => plan.displayedUnitRows()).toEqual(['21970']);
    await plan.quickFilter.fill('PHUOC HOA');
    await eventually(() => plan.displayedUnitRows()).toEqual(['21967']);
    await plan.quickFilter.fill('thi tran');
    await eventually(() => plan.displayedUnitRows()).toEqual(['21952', '21955']);
    await plan.quickFilter.fill('2198');
    await eventually(() => plan.displayedUnitRows()).toEqual(['21982', '21985', '21988']);
    await plan.quickFilter.fill('');
    await eventually(() => plan.displayedUnitRows()).toEqual(DEMO_UNIT_CODES);
  });
});
