import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { eventually, INDICATOR_IDS, PlanPage, UNDECIDED_UNIT } from './support/planPage';

describe('marking a plan ready to send', () => {
  const app = useApp();

  test('refused while errors remain, accepted once fixed, and any edit returns the plan to draft', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    expect(await plan.status()).toBe('draft');
    expect(await plan.markReadyButton.textContent()).toBe('Đánh dấu sẵn sàng gửi');

    // Xã Phước Hiệp has no targets: warnings in a draft, errors for a plan to be sent.
    await plan.markReadyButton.click();
    await plan.readyRefused.waitFor({ state: 'visible' });
    expect(await plan.readyRefused.getAttribute('data-errors')).toBe('5');
    expect(await plan.readyRefused.getAttribute('role')).toBe('alert');
    expect(await plan.readyRefused.textContent()).toContain('còn 5 lỗi');
    const refusedItems = await plan.readyRefused.getByTestId('issue-item').evaluateAll((items) =>
      items.map((i) => `${i.getAttribute('data-rule')} ${i.getAttribute('data-unit')} ${i.getAttribute('data-indicator')}`));
    expect(refusedItems).toEqual(INDICATOR_IDS.map((id) => `missing ${UNDECIDED_UNIT} ${id}`));
    expect(await plan.status()).toBe('draft');
    expect(await plan.markReadyButton.textContent()).toBe('Đánh dấu sẵn sàng gửi');

    // Fill the five missing targets; 100 for the two mandatory indicators.
    const values: Record<(typeof INDICATOR_IDS)[number], string> = {
      online_dossiers: '55', online_payment: '50', digitisation: '75', e_results: '100', population_db: '100',
    };
    for (const id of INDICATOR_IDS) await plan.typeInto(UNDECIDED_UNIT, `target.${id}`, values[id]);
    // Editing cleared the refusal, and nothing is left to fix.
    expect(await plan.readyRefused.count()).toBe(0);
    await eventually(() => plan.counts()).toEqual({ errors: 0, warnings: 0 });
    for (const id of INDICATOR_IDS) expect(await plan.cellState(UNDECIDED_UNIT, `target.${id}`)).toEqual([]);

    await plan.markReadyButton.click();
    await eventually(() => plan.status()).toBe('ready');
    expect(await plan.planStatus.textContent()).toBe('Sẵn sàng gửi');
    expect(await plan.markReadyButton.textContent()).toBe('Trả về nháp');
    expect(await plan.readyRefused.count()).toBe(0);
    expect(await plan.returnedToDraft.count()).toBe(0);

    // Ready survives a reload (it is stored).
    await plan.waitSaved();
    await plan.reload();
    expect(await plan.status()).toBe('ready');

    // Any edit to a ready plan returns it to draft, and says so.
    await plan.typeInto('21952', 'target.online_dossiers', '65');
    await eventually(() => plan.status()).toBe('draft');
    await plan.returnedToDraft.waitFor({ state: 'visible' });
    expect(await plan.returnedToDraft.textContent()).toBe('Kế hoạch đã trở về trạng thái nháp vì vừa có chỉnh sửa.');
    expect(await plan.markReadyButton.textContent()).toBe('Đánh dấu sẵn sàng gửi');
    expect(await plan.cellText('21952', 'target.online_dossiers')).toBe('65');
    await plan.waitSaved();
    await plan.reload();
    expect(await plan.status()).toBe('draft');
  });

  test('a ready plan goes back to draft on request, without the "returned by an edit" notice', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    for (const id of INDICATOR_IDS) {
      await plan.typeInto(UNDECIDED_UNIT, `target.${id}`, id === 'e_results' || id === 'population_db' ? '100' : '80');
    }
    await plan.markReadyButton.click();
    await eventually(() => plan.status()).toBe('ready');

    await plan.markReadyButton.click();
    await eventually(() => plan.status()).toBe('draft');
    expect(await plan.returnedToDraft.count()).toBe(0);
    expect(await plan.readyRefused.count()).toBe(0);
  });

  test('a mandatory indicator below 100 % is an error that blocks marking ready', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    for (const id of INDICATOR_IDS) {
      await plan.typeInto(UNDECIDED_UNIT, `target.${id}`, id === 'e_results' || id === 'population_db' ? '100' : '80');
    }
    await plan.typeInto('21988', 'target.e_results', '99,5');
    await eventually(() => plan.cellState('21988', 'target.e_results')).toEqual(['cell-error']);
    expect(await plan.cellTitle('21988', 'target.e_results')).toBe('Lỗi: Chỉ tiêu bắt buộc phải đạt 100% (thiếu 0,5)');

    await plan.markReadyButton.click();
    await plan.readyRefused.waitFor({ state: 'visible' });
    expect(await plan.readyRefused.getAttribute('data-errors')).toBe('1');
    expect(await plan.status()).toBe('draft');
  });
});
