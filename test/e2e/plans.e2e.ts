import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { planIdOf } from './support/exchange';
import { Monitoring } from './support/monitoringPage';
import { PlanList } from './support/planList';
import { DEMO_PLAN_ID, eventually, PlanPage } from './support/planPage';

describe('the plan list', () => {
  const app = useApp();

  test('create a plan, rename it, duplicate it for the next period, delete with confirmation', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanList(page);
    await list.open(baseURL);
    expect(await list.entries()).toEqual([{ id: DEMO_PLAN_ID, name: 'Kế hoạch mẫu — Huyện Tuy Phước' }]);

    // Create: the dialog checks the period, then the new plan opens with its two units.
    await page.getByTestId('new-plan').click();
    const dialog = page.getByTestId('new-plan-dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('input[name="name"]').fill('Kế hoạch Xã An Nhơn');
    await dialog.locator('input[name="period"]').fill('2024 H1');
    await dialog.locator('input[name="allocatingUnit"]').fill('UBND thị xã An Nhơn');
    await dialog.locator('textarea[name="units"]').fill('22015; Xã Nhơn Hậu; Xã\n22018; Phường Nhơn Hưng; Phường\n');
    await page.getByTestId('create-plan').click();
    await eventually(() => dialog.getByRole('alert').textContent()).toContain('Kỳ phải là một năm (2024), nửa năm (2024-H1, 2024-H2), quý');
    await dialog.locator('input[name="period"]').fill('2024-H1');
    await page.getByTestId('create-plan').click();

    const created = new PlanPage(page);
    await created.waitForGrid('22015');
    const createdId = await planIdOf(created);
    expect(createdId).not.toBe(DEMO_PLAN_ID);
    expect(page.url()).toContain(`#/plans/${createdId}`);
    expect(await created.planName.textContent()).toBe('Kế hoạch Xã An Nhơn');
    await eventually(() => created.displayedUnitRows()).toEqual(['22015', '22018']);
    expect(await created.cellText('22018', 'name')).toBe('Phường Nhơn Hưng');
    expect(await created.cellText('22018', 'type')).toBe('Phường');
    expect(await page.locator('.plan-meta').textContent()).toBe('2024-H1 · UBND thị xã An Nhơn · 2 đơn vị');
    // No targets yet, and no general targets from the province (never invented): 10 + 3 warnings, no error.
    expect(await created.counts()).toEqual({ errors: 0, warnings: 13 });
    expect(await page.getByTestId('assignment-unset').getAttribute('data-indicators')).toBe('online_dossiers,online_payment,digitisation');
    // A target, so that the duplicate below has something to carry over.
    await created.typeInto('22015', 'target.online_dossiers', '55,5');
    await created.waitSaved();

    // Rename in the list.
    await list.open(baseURL);
    expect((await list.entries()).map((e) => e.id).sort()).toEqual([DEMO_PLAN_ID, createdId].sort());
    await list.row(createdId).getByRole('button', { name: 'Đổi tên' }).click();
    const rename = page.getByTestId('rename-input');
    expect(await rename.inputValue()).toBe('Kế hoạch Xã An Nhơn');
    await rename.fill('Kế hoạch An Nhơn 2024');
    await page.getByTestId('rename-ok').click();
    await eventually(() => list.nameOf(createdId)).toBe('Kế hoạch An Nhơn 2024');
    await rename.waitFor({ state: 'detached' });

    // Duplicate for the next period: this plan has no monthly figures, so the dialog says so and offers its
    // targets as the copy's previous results (what was achieved would leave them empty).
    await list.row(createdId).getByRole('button', { name: 'Nhân bản' }).click();
    const duplicate = page.getByTestId('duplicate-dialog');
    await duplicate.waitFor({ state: 'visible' });
    expect(await duplicate.getByRole('checkbox', { name: /Bắt đầu kỳ tiếp theo/ }).isChecked()).toBe(true);
    await eventually(() => duplicate.getByTestId('duplicate-achieved').textContent()).toContain('chưa có số liệu hằng tháng');
    await eventually(() => duplicate.getByRole('radio', { name: 'chỉ tiêu kỳ này' }).isChecked()).toBe(true);
    expect(await duplicate.getByRole('textbox').nth(0).inputValue()).toBe('Kế hoạch An Nhơn 2024 (bản sao)');
    expect(await duplicate.getByRole('textbox').nth(1).inputValue()).toBe('2024-H2');
    await page.getByTestId('duplicate-ok').click();

    const copy = new PlanPage(page);
    await eventually(() => page.url()).not.toContain(createdId);
    await copy.waitForGrid('22015');
    const copyId = await planIdOf(copy);
    expect([DEMO_PLAN_ID, createdId]).not.toContain(copyId);
    expect(await copy.planName.textContent()).toBe('Kế hoạch An Nhơn 2024 (bản sao)');
    await eventually(() => copy.displayedUnitRows()).toEqual(['22015', '22018']);
    expect(await copy.cellText('22015', 'baseline.online_dossiers')).toBe('55,5');
    expect(await copy.cellText('22015', 'target.online_dossiers')).toBe('');
    expect(await copy.grid.locator('.ag-header-cell[col-id="baseline.online_dossiers"]').textContent()).toContain('KQ 2024-H1');
    expect(await copy.grid.locator('.ag-header-cell[col-id="target.online_dossiers"]').textContent()).toContain('Chỉ tiêu 2024-H2');
    // The original is untouched.
    await list.open(baseURL);
    await eventually(() => list.rows.count()).toBe(3);
    await page.goto(`${baseURL}#/plans/${createdId}`);
    const original = new PlanPage(page);
    await original.waitForGrid('22015');
    expect(await original.cellText('22015', 'target.online_dossiers')).toBe('55,5');
    expect(await original.cellText('22015', 'baseline.online_dossiers')).toBe('');

    // Delete, cancelled: nothing happens.
    await list.open(baseURL);
    await list.row(copyId).getByRole('button', { name: 'Xóa' }).click();
    const confirm = page.getByTestId('confirm-dialog');
    await confirm.waitFor({ state: 'visible' });
    expect(await confirm.textContent()).toContain('Kế hoạch An Nhơn 2024 (bản sao)');
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await list.row(copyId).count()).toBe(1);

    // Delete, confirmed: the copy is gone, the others stay, also after a reload.
    await list.row(copyId).getByRole('button', { name: 'Xóa' }).click();
    await confirm.waitFor({ state: 'visible' });
    await page.getByTestId('confirm-ok').click();
    await eventually(() => list.row(copyId).count()).toBe(0);
    expect((await list.entries()).map((e) => e.id).sort()).toEqual([DEMO_PLAN_ID, createdId].sort());
    await page.reload();
    await list.rows.first().waitFor({ state: 'visible' });
    expect((await list.entries()).map((e) => e.id).sort()).toEqual([DEMO_PLAN_ID, createdId].sort());

    // Its address now says the plan is missing instead of showing something else.
    await page.goto(`${baseURL}#/plans/${copyId}`);
    await eventually(() => page.locator('.app-main').textContent()).toContain('Không tìm thấy kế hoạch này');
  });

  test('the next period of the demo starts from what each commune achieved by its monthly figures', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    // The achieved rate of a commune over the half-year so far, exactly, as the follow-up's hook writes it.
    await page.goto(`${baseURL}#/plans/${DEMO_PLAN_ID}/monitoring?month=2023-12`);
    const mon = new Monitoring(page, new PlanPage(page));
    const UNIT = '21952';
    await mon.cell(UNIT, 'rate.online_dossiers').waitFor();
    const achieved = Number(await mon.attr(UNIT, 'rate.online_dossiers', 'data-value'));
    expect(achieved).toBeGreaterThan(0);
    const list = new PlanList(page);
    await list.open(baseURL);
    await list.row(DEMO_PLAN_ID).getByRole('button', { name: 'Nhân bản' }).click();
    const duplicate = page.getByTestId('duplicate-dialog');
    await eventually(() => duplicate.getByTestId('duplicate-achieved').textContent()).toBe('13/13 đơn vị có số liệu hằng tháng');
    // The demo's figures stop at October: the next period would start from the half-year so far, and the dialog says so.
    expect(await duplicate.getByTestId('duplicate-achieved-partial').textContent())
      .toBe('Số liệu hằng tháng mới có đến tháng 10/2023, kỳ này kết thúc tháng 12/2023: KQ kỳ trước sẽ là kết quả đến tháng 10/2023, chưa phải cả kỳ.');
    expect(await duplicate.getByRole('radio', { name: /kết quả đạt được kỳ này/ }).isChecked()).toBe(true);
    await page.getByTestId('duplicate-ok').click();
    const copy = new PlanPage(page);
    await eventually(() => page.url()).not.toContain(DEMO_PLAN_ID);
    await copy.waitForGrid(UNIT);
    // Rounded down to hundredths, never overstated; the new targets are empty.
    const hundredths = Math.floor(achieved * 100 + 1e-6);
    expect(await copy.cellText(UNIT, 'baseline.online_dossiers')).toBe(String(hundredths / 100).replace('.', ','));
    expect(await copy.cellText(UNIT, 'target.online_dossiers')).toBe('');
  });

  test('a period typed in lower case is accepted and stored in upper case', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanList(page);
    await list.open(baseURL);
    await list.fillNewPlan('Kế hoạch chữ thường', '2024-h2');
    await page.getByTestId('create-plan').click();
    // NewPlanDialog upper-cases the period it stores, but isValidPeriod() refuses the lower-case "h" first.
    await eventually(() => page.getByTestId('plan-page').count()).toBe(1);
    expect(await page.locator('.plan-meta').textContent()).toContain('2024-H2');
  });

  test('units pasted with their header line and commas become a plan: the header is no unit, a bad line is named', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanList(page);
    await list.open(baseURL);
    const dialog = await list.fillNewPlan('Huyện Phù Cát', '2024-H1', 'commune_code,commune_name,Loại hình\n21940,Thị trấn Ngô Mây,Thị trấn\n21943\n');
    const units = dialog.locator('textarea[name="units"]');
    await page.getByTestId('create-plan').click();
    await eventually(() => dialog.getByRole('alert').textContent()).toContain('Dòng 3');
    await units.fill('commune_code,commune_name,Loại hình\n21940,Thị trấn Ngô Mây,Thị trấn\n21943,Xã Cát Sơn,Xã\n');
    await page.getByTestId('create-plan').click();
    const plan = new PlanPage(page);
    await plan.waitForGrid('21940');
    expect(await plan.displayedUnitRows()).toEqual(['21940', '21943']);
    expect(await plan.cellTexts('21943', ['name', 'type'])).toEqual(['Xã Cát Sơn', 'Xã']);
  });

  test('a plan of 1.200 units is listed with its count grouped, and opens from its link with what was stored', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanList(page);
    await list.open(baseURL);
    const lines = Array.from({ length: 1200 }, (_, i) => `${String(30000 + i)},Xã ${i + 1},Xã`);
    await list.fillNewPlan('Tỉnh thử', '2024-H1', ['Mã,Tên,Loại hình', ...lines].join('\n'));
    await page.getByTestId('create-plan').click();
    const plan = new PlanPage(page);
    await plan.waitForGrid('30000');
    const id = await planIdOf(plan);
    await plan.typeInto('30000', 'target.online_dossiers', '61,5');
    await plan.waitSaved();

    await list.open(baseURL);
    expect(await list.row(id).locator('td.num').textContent()).toBe('1.200');
    // Opened by a press and click on its link (its plan read as the pointer goes down): the plan as stored.
    await list.row(id).locator('td a').click();
    await plan.waitForGrid('30000');
    expect(await plan.cellText('30000', 'target.online_dossiers')).toBe('61,5');
    expect(await planIdOf(plan)).toBe(id);
  });

  test('a deleted demo plan is not recreated uninvited, and can be brought back', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanList(page);
    await list.open(baseURL);
    await list.row(DEMO_PLAN_ID).getByRole('button', { name: 'Xóa' }).click();
    await page.getByTestId('confirm-ok').click();
    await eventually(() => list.rows.count()).toBe(0);
    await eventually(() => list.root.textContent()).toContain('Chưa có kế hoạch nào');

    // A reload stays on the empty list.
    await page.reload();
    await list.root.waitFor({ state: 'visible' });
    await eventually(() => list.root.textContent()).toContain('Chưa có kế hoạch nào');
    expect(await list.rows.count()).toBe(0);

    await list.root.getByRole('button', { name: 'Mở lại kế hoạch mẫu' }).click();
    const demo = new PlanPage(page);
    await demo.waitForGrid('21952');
    expect(page.url()).toContain(`#/plans/${DEMO_PLAN_ID}`);
    expect(await demo.counts()).toEqual({ errors: 0, warnings: 5 });
  });
  test('a plan for a quarter: its headers name the quarter before, and its next period is the next quarter', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanList(page);
    await list.open(baseURL);
    await list.fillNewPlan('Kế hoạch quý', ' 2024-q4 ', '22015; Xã Nhơn Hậu; Xã\n');
    await page.getByTestId('create-plan').click();
    const plan = new PlanPage(page);
    await plan.waitForGrid('22015');
    const id = await planIdOf(plan);
    expect(await page.locator('.plan-meta').textContent()).toContain('2024-Q4');
    expect(await plan.grid.locator('.ag-header-cell[col-id="baseline.online_dossiers"]').textContent()).toContain('KQ 2024-Q3');
    expect(await plan.grid.locator('.ag-header-cell[col-id="target.online_dossiers"]').textContent()).toContain('Chỉ tiêu 2024-Q4');

    await list.open(baseURL);
    await list.row(id).getByRole('button', { name: 'Nhân bản' }).click();
    const duplicate = page.getByTestId('duplicate-dialog');
    await duplicate.waitFor({ state: 'visible' });
    expect(await duplicate.getByRole('textbox').nth(1).inputValue()).toBe('2025-Q1');
  });

  test('a stored plan that no longer passes the plan schema is named apart with its field; the others are listed and open', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanList(page);
    await list.open(baseURL);
    await list.fillNewPlan('Kế hoạch lành', '2024');
    await page.getByTestId('create-plan').click();
    const sound = new PlanPage(page);
    await eventually(() => page.getByTestId('plan-page').count()).toBe(1);
    const soundId = await planIdOf(sound);

    // Damage the demo's record in IndexedDB behind the app's back (a disk fault, a bug, a hand edit).
    await page.evaluate(async (demoId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('dvctt-planner');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = db.transaction('plans', 'readwrite').objectStore('plans');
      const record = await new Promise<{ indicators: { min: unknown }[] }>((resolve) => { store.get(demoId).onsuccess = (e) => resolve((e.target as IDBRequest).result); });
      record.indicators[0]!.min = 'năm mươi';
      await new Promise((resolve) => { store.put(record).onsuccess = resolve; });
      db.close();
    }, DEMO_PLAN_ID);

    // Found on the next start (a running page reads through Dexie's cache, which only Dexie's own writes update).
    await list.open(baseURL);
    await page.reload();
    await list.rows.first().waitFor({ state: 'visible' });
    expect((await list.entries()).map((e) => e.id)).toEqual([soundId]);
    const notice = page.getByTestId('damaged-plan');
    expect(await notice.getAttribute('data-plan-id')).toBe(DEMO_PLAN_ID);
    expect(await notice.textContent()).toContain('Kế hoạch «Kế hoạch mẫu — Huyện Tuy Phước» lưu trên máy này bị hỏng nên không được hiển thị: '
      + 'trường indicators[0].min: cần một số.');
    await list.row(soundId).locator('td a').click();
    await eventually(() => page.locator('.plan-meta').textContent()).toContain('2024');
    // Opened by its address (a bookmark, another tab), the damaged plan's page says the same, not "no such plan".
    await page.goto(`${baseURL}#/plans/${DEMO_PLAN_ID}`);
    const damaged = page.getByTestId('plan-damaged');
    await eventually(() => damaged.textContent()).toContain('trường indicators[0].min: cần một số.');
    expect(await page.getByTestId('plan-grid').count()).toBe(0);

    await list.open(baseURL);
    await notice.getByRole('button', { name: 'Xóa kế hoạch hỏng' }).click();
    await page.getByTestId('confirm-ok').click();
    await eventually(() => notice.count()).toBe(0);
    expect((await list.entries()).map((e) => e.id)).toEqual([soundId]);
  });
});
