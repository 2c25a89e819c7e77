import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { DEMO_PLAN_ID, eventually, PlanPage } from './support/planPage';

/** Another tab's edit must show within a second; allow three on a loaded machine. */
const OTHER_TAB = { timeout: 3_000 };

describe('two tabs on the same plan', () => {
  const app = useApp();

  test('an edit in one tab shows in the other, both ways, and neither overwrites the other', async () => {
    const { page, baseURL, newTab } = app();
    const first = await PlanPage.firstVisit(page, baseURL);
    const second = await PlanPage.open(await newTab(), baseURL, DEMO_PLAN_ID, '21952');
    expect(await second.cellText('21955', 'target.online_dossiers')).toBe('57');

    // First tab → second tab: the value and its validation.
    await first.typeInto('21955', 'target.online_dossiers', '42');
    await eventually(() => second.cellText('21955', 'target.online_dossiers'), OTHER_TAB).toBe('42');
    await eventually(() => second.cellState('21955', 'target.online_dossiers'), OTHER_TAB).toEqual(['cell-error']);
    await eventually(() => second.errorCount(), OTHER_TAB).toBe(1);

    // Second tab → first tab, on the same unit, once the second tab has caught up.
    await second.typeInto('21955', 'target.online_dossiers', '61,5');
    await eventually(() => first.cellText('21955', 'target.online_dossiers'), OTHER_TAB).toBe('61,5');
    await eventually(() => first.errorCount(), OTHER_TAB).toBe(0);

    // Each tab saved its own edit without a conflict.
    await first.waitSaved();
    await second.waitSaved();
    expect(await first.page.getByTestId('save-problem').count()).toBe(0);
    expect(await second.page.getByTestId('save-problem').count()).toBe(0);

    // A third look, from storage: a reload of the first tab shows the last edit.
    await first.reload();
    expect(await first.cellText('21955', 'target.online_dossiers')).toBe('61,5');
  });

  test('undo keeps its steps when another tab edits other cells, and refuses to erase a cell the other tab changed since', async () => {
    const { page, baseURL, newTab } = app();
    const first = await PlanPage.firstVisit(page, baseURL);
    const second = await PlanPage.open(await newTab(), baseURL, DEMO_PLAN_ID, '21952');
    const before = await first.cellText('21955', 'target.online_dossiers');
    const beforePayment = await first.cellText('21958', 'target.online_payment');

    await first.typeInto('21955', 'target.online_dossiers', '88');
    await first.typeInto('21958', 'target.online_payment', '77');
    await first.waitSaved();
    // The other tab edits another cell of the same unit, and the cell of the first tab's last step.
    await eventually(() => second.cellText('21958', 'target.online_payment'), OTHER_TAB).toBe('77');
    await second.typeInto('21955', 'volume', '4321');
    await second.typeInto('21958', 'target.online_payment', '66');
    await eventually(() => first.cellText('21958', 'target.online_payment'), OTHER_TAB).toBe('66');
    await eventually(() => first.cellText('21955', 'volume'), OTHER_TAB).toBe('4.321');

    // The last step's cell was changed since: refused, named, and nothing changes.
    const undo = page.getByTestId('undo');
    await undo.click();
    const refused = page.getByTestId('edit-refused');
    await eventually(() => refused.textContent()).toContain('Không hoàn tác được bước này');
    expect(await refused.textContent()).toContain('Thanh toán trực tuyến (Chỉ tiêu)');
    expect(await first.cellText('21958', 'target.online_payment')).toBe('66');
    // The step before still undoes, field by field: the other tab's volume on the same unit stays.
    await undo.click();
    await eventually(() => first.cellText('21955', 'target.online_dossiers')).toBe(before);
    expect(await first.cellText('21955', 'volume')).toBe('4.321');
    expect(await refused.count()).toBe(0);
    await eventually(() => second.cellText('21955', 'target.online_dossiers'), OTHER_TAB).toBe(before);
    expect(await second.cellText('21958', 'target.online_payment')).toBe('66');
    expect(beforePayment).not.toBe('66');
  });

  test('marking the plan ready in one tab shows in the other', async () => {
    const { page, baseURL, newTab } = app();
    const first = await PlanPage.firstVisit(page, baseURL);
    const second = await PlanPage.open(await newTab(), baseURL, DEMO_PLAN_ID, '21952');

    // The demo cannot be marked ready before Xã Phước Hiệp has targets: give them in the second tab.
    const values: [string, string][] = [['online_dossiers', '55'], ['online_payment', '50'], ['digitisation', '75'], ['e_results', '100'], ['population_db', '100']];
    for (const [indicator, value] of values) await second.typeInto('21973', `target.${indicator}`, value);
    await eventually(() => first.cellText('21973', 'target.population_db'), OTHER_TAB).toBe('100');
    await eventually(() => first.counts(), OTHER_TAB).toEqual({ errors: 0, warnings: 0 });

    await first.markReadyButton.click();
    await eventually(() => first.status()).toBe('ready');
    await eventually(() => second.status(), OTHER_TAB).toBe('ready');
    expect(await second.markReadyButton.textContent()).toBe('Trả về nháp');
  });

  test('a plan deleted in another tab says so instead of showing stale figures', async () => {
    const { page, baseURL, newTab } = app();
    const open = await PlanPage.firstVisit(page, baseURL);
    const other = await newTab();
    await other.goto(`${baseURL}#/`);
    const row = other.locator(`[data-testid="plan-row"][data-plan-id="${DEMO_PLAN_ID}"]`);
    await row.getByRole('button', { name: 'Xóa' }).click();
    await other.getByTestId('confirm-ok').click();
    await eventually(() => row.count()).toBe(0);

    await eventually(() => open.root.count(), OTHER_TAB).toBe(0);
    expect(await page.locator('.app-main').textContent()).toContain('Không tìm thấy kế hoạch này (có thể đã bị xóa ở một thẻ khác).');
  });
});
