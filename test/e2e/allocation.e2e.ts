import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { DEMO_UNIT_CODES, eventually, PlanPage } from './support/planPage';

describe('allocating targets in the grid', () => {
  const app = useApp();

  test('a target below the general target is flagged live, fixed, saved and still there after a reload', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const cell = ['21952', 'target.online_dossiers'] as const;

    // The demo plan on a first visit: its 13 units, no error (Xã Phước Hiệp's missing targets are warnings in a draft).
    expect(await plan.planName.textContent()).toBe('Kế hoạch mẫu — Huyện Tuy Phước');
    await eventually(() => plan.displayedUnitRows()).toEqual(DEMO_UNIT_CODES);
    expect(await plan.counts()).toEqual({ errors: 0, warnings: 5 });
    expect(await plan.cellText(...cell)).toBe('64');
    expect(await plan.cellState(...cell)).toEqual([]);
    // Xã Phước Hiệp has no target yet: the aggregate is shown, with its count, but not judged.
    expect(await plan.cellState('aggregate', 'target.online_dossiers')).toEqual(['cell-incomplete']);
    expect(await plan.cellText('aggregate', 'target.online_dossiers')).toBe('58,6 — 12/13');

    // 40 is below the general target of 50 (mode "each"), and below the unit's H1 result of 55.
    await plan.typeInto(...cell, '40');
    await eventually(() => plan.cellState(...cell)).toEqual(['cell-error']);
    expect(await plan.cellText(...cell)).toBe('40');
    const title = await plan.cellTitle(...cell);
    expect(title).toContain('Lỗi: Thấp hơn chỉ tiêu giao chung 50% (thiếu 10)');
    expect(title).toContain('Thấp hơn kết quả kỳ trước 55%');
    // Assistive technology hears the same: the cell is invalid, and described by its message.
    expect(await plan.cell(...cell).getAttribute('aria-invalid')).toBe('true');
    const describedBy = await plan.cell(...cell).getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(title);
    await eventually(() => plan.errorCount()).toBe(1);
    expect(await plan.warningCount()).toBe(6);
    // The column's aggregate says the column has a failing unit.
    await eventually(() => plan.cellState('aggregate', 'target.online_dossiers')).toEqual(['cell-error']);
    expect(await plan.issueList()).toContainEqual({ rule: 'belowMin', unit: '21952', indicator: 'online_dossiers' });

    // Fixed: 60 meets the general target and the H1 result.
    await plan.typeInto(...cell, '60');
    await eventually(() => plan.cellState(...cell)).toEqual([]);
    expect(await plan.cellTitle(...cell)).toBe('');
    expect(await plan.cell(...cell).getAttribute('aria-invalid')).toBeNull();
    expect(await plan.cell(...cell).getAttribute('aria-describedby')).toBeNull();
    await eventually(() => plan.counts()).toEqual({ errors: 0, warnings: 5 });
    await eventually(() => plan.cellState('aggregate', 'target.online_dossiers')).toEqual(['cell-incomplete']);
    // Every unit with a target meeting the rules: the aggregate passes.
    await plan.typeInto('21973', 'target.online_dossiers', '50');
    await eventually(() => plan.cellState('aggregate', 'target.online_dossiers')).toEqual(['cell-pass']);
    expect(await plan.cellText('aggregate', 'target.online_dossiers')).toMatch(/^\d+,\d ✓$/);
    await plan.waitSaved();

    await plan.reload();
    expect(await plan.cellText(...cell)).toBe('60');
    expect(await plan.cellState(...cell)).toEqual([]);
    expect(await plan.counts()).toEqual({ errors: 0, warnings: 4 });
  });

  test('Vietnamese decimals are read, text that is not a number is refused, Escape cancels, Enter moves down', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const col = 'target.digitisation';

    // The ways a Vietnamese user types 85.5 % (or 85 %) all land as the same number, shown with a decimal comma.
    const typed: [unit: string, text: string, shown: string][] = [
      ['21952', '85,5', '85,5'],
      ['21955', '85.5', '85,5'],
      ['21958', '85,5 %', '85,5'],
      ['21961', ' 85 ', '85'],
    ];
    for (const [unit, text, shown] of typed) {
      await plan.typeInto(unit, col, text);
      await eventually(() => plan.cellText(unit, col), { message: `typed «${text}»` }).toBe(shown);
    }
    await expect(plan.editRefused.count()).resolves.toBe(0);

    // Text that is not a number is refused, said so, and the old value stays (it never becomes 0).
    await plan.typeInto('21952', col, 'abc');
    await plan.editRefused.waitFor({ state: 'visible' });
    expect(await plan.editRefused.getAttribute('role')).toBe('alert');
    expect(await plan.editRefused.textContent()).toContain('«abc» không phải là số');
    expect(await plan.editRefused.textContent()).toContain('Giá trị cũ được giữ nguyên');
    expect(await plan.cellText('21952', col)).toBe('85,5');
    // The focus goes back to the refused cell, so the user can type it again.
    await eventually(() => plan.focusedCell()).toEqual({ rowId: '21952', colId: col, active: true });

    // So is a number with more decimals than a rate keeps.
    await plan.typeInto('21952', col, '85,555');
    await eventually(() => plan.editRefused.textContent()).toContain('«85,555» có quá nhiều chữ số thập phân');
    expect(await plan.cellText('21952', col)).toBe('85,5');

    // Escape cancels an edit in progress: nothing is dispatched, the cell shows its value again.
    await plan.focus('21955', col);
    await page.keyboard.type('99');
    await eventually(() => plan.editing()).toBe(true);
    await page.keyboard.press('Escape');
    await plan.waitForNoEditor();
    expect(await plan.cellText('21955', col)).toBe('85,5');
    // F2 opens the editor on the current value, shown the Vietnamese way; Escape again leaves it untouched.
    await page.keyboard.press('F2');
    await eventually(() => plan.grid.locator('.ag-cell-inline-editing input').inputValue()).toBe('85,5');
    await page.keyboard.press('Escape');
    await plan.waitForNoEditor();
    expect(await plan.cellText('21955', col)).toBe('85,5');

    // Enter commits and moves down, so a column is filled by typing and pressing Enter.
    await plan.typeInto('21964', col, '80');
    await eventually(() => plan.focusedCell()).toEqual({ rowId: '21967', colId: col, active: true });
    await page.keyboard.type('81');
    await page.keyboard.press('Enter');
    await plan.waitForNoEditor();
    await eventually(() => plan.cellText('21967', col)).toBe('81');
    await eventually(() => plan.focusedCell()).toEqual({ rowId: '21970', colId: col, active: true });
    expect(await plan.cellText('21964', col)).toBe('80');
    // A successful edit clears the earlier refusal.
    expect(await plan.editRefused.count()).toBe(0);

    // What was refused never reached storage; what was accepted did.
    await plan.waitSaved();
    await plan.reload();
    expect(await plan.cellText('21952', col)).toBe('85,5');
    expect(await plan.cellText('21961', col)).toBe('85');
    expect(await plan.cellText('21967', col)).toBe('81');
  });

  test('two decimals are kept but flagged, a rate over 100 % is refused; Delete clears a target', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);

    // 85,55 is a number, so it is kept as typed (not rounded) and flagged: a target has at most one decimal.
    await plan.typeInto('21958', 'target.digitisation', '85,55');
    await eventually(() => plan.cellText('21958', 'target.digitisation')).toBe('85,55');
    expect(await plan.cellState('21958', 'target.digitisation')).toEqual(['cell-error']);
    expect(await plan.cellTitle('21958', 'target.digitisation')).toBe('Lỗi: Chỉ tiêu chỉ được có tối đa một chữ số thập phân');

    // 120 % is no possible rate: refused like text, the old value kept (the one value rule).
    const before = await plan.cellText('21961', 'target.digitisation');
    await plan.typeInto('21961', 'target.digitisation', '120');
    await eventually(() => plan.editRefused.textContent()).toContain('«120» nằm ngoài khoảng 0–100%');
    expect(await plan.cellText('21961', 'target.digitisation')).toBe(before);
    await plan.typeInto('21961', 'target.digitisation', '65');
    await eventually(() => plan.cellState('21961', 'target.digitisation')).toEqual(['cell-error']);
    await eventually(() => plan.errorCount()).toBe(2);

    // Delete empties a cell: the target is missing again (a warning in a draft), never 0.
    await plan.focus('21964', 'target.digitisation');
    await page.keyboard.press('Delete');
    await eventually(() => plan.cellText('21964', 'target.digitisation')).toBe('');
    expect(await plan.cellState('21964', 'target.digitisation')).toEqual(['cell-warning']);
    expect(await plan.cellTitle('21964', 'target.digitisation')).toBe('Cảnh báo: Chưa có chỉ tiêu');
    await eventually(() => plan.counts()).toEqual({ errors: 2, warnings: 6 });

    await plan.waitSaved();
    await plan.reload();
    expect(await plan.cellText('21958', 'target.digitisation')).toBe('85,55');
    expect(await plan.cellText('21964', 'target.digitisation')).toBe('');
    expect(await plan.counts()).toEqual({ errors: 2, warnings: 6 });
  });

  test('Enter on a selected cell starts editing it, like F2 (the documented keyboard contract)', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await plan.focus('21952', 'target.online_dossiers');
    await page.keyboard.press('Enter');
    await eventually(() => plan.editing(), { message: 'Enter did not open the editor' }).toBe(true);
    expect(await plan.grid.locator('.ag-cell-inline-editing input').inputValue()).toBe('64');
    expect(await plan.focusedCell()).toMatchObject({ rowId: '21952', colId: 'target.online_dossiers' });
    await page.keyboard.press('Escape');
    await plan.waitForNoEditor();
  });

  test('rates are right-aligned under their right-aligned headers, like the dossier volumes', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const align = (rowId: string, colId: string) => plan.cell(rowId, colId).evaluate((cell) => getComputedStyle(cell).textAlign);
    const volume = await align('21952', 'volume');
    expect(['right', 'end']).toContain(volume);
    expect(await plan.grid.locator('.ag-header-cell[col-id="target.online_dossiers"]').getAttribute('class')).toContain('ag-right-aligned-header');
    for (const colId of ['baseline.online_dossiers', 'target.online_dossiers', 'target.population_db']) {
      expect(await align('21952', colId), colId).toBe(volume);
      expect(await align('aggregate', colId), `aggregate ${colId}`).toBe(volume);
    }
  });

  test('a unit is added from the dialog and removed after a confirmation', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);

    await page.getByTestId('add-unit').click();
    const dialog = page.getByTestId('add-unit-dialog');
    await dialog.waitFor({ state: 'visible' });
    // A code already in the plan is refused inside the dialog.
    await dialog.locator('input[name="code"]').fill('21952');
    await dialog.locator('input[name="name"]').fill('Xã Trùng Mã');
    await page.getByTestId('add-unit-ok').click();
    await eventually(() => dialog.getByRole('alert').textContent()).toBe('Mã này đã có trong kế hoạch.');

    await dialog.locator('input[name="code"]').fill('21999');
    await dialog.locator('input[name="name"]').fill('Xã Phước Mới');
    await dialog.locator('input[name="type"]').fill('Xã');
    await dialog.locator('input[name="volume"]').fill('1.250');
    await page.getByTestId('add-unit-ok').click();
    await dialog.waitFor({ state: 'detached' });

    await eventually(() => plan.displayedUnitRows()).toEqual([...DEMO_UNIT_CODES, '21999']);
    expect(await plan.cellText('21999', 'name')).toBe('Xã Phước Mới');
    expect(await plan.cellText('21999', 'volume')).toBe('1.250');
    // Its five targets are missing: five more warnings.
    await eventually(() => plan.counts()).toEqual({ errors: 0, warnings: 10 });
    expect(await plan.cellState('21999', 'target.online_dossiers')).toEqual(['cell-warning']);
    expect(await plan.cellTitle('21999', 'target.online_dossiers')).toBe('Cảnh báo: Chưa có chỉ tiêu');

    // Remove it: select one of its cells, ask, confirm.
    await plan.focus('21999', 'name');
    await page.getByTestId('remove-unit').click();
    const confirm = page.getByTestId('confirm-dialog');
    await confirm.waitFor({ state: 'visible' });
    expect(await confirm.textContent()).toContain('Xã Phước Mới (21999)');
    await page.getByTestId('confirm-ok').click();
    await confirm.waitFor({ state: 'detached' });
    await eventually(() => plan.displayedUnitRows()).toEqual(DEMO_UNIT_CODES);
    await eventually(() => plan.counts()).toEqual({ errors: 0, warnings: 5 });

    await plan.waitSaved();
    await plan.reload();
    await eventually(() => plan.displayedUnitRows()).toEqual(DEMO_UNIT_CODES);
  });

  test('a typed value, its check and the aggregate are on screen by the end of the Enter key event itself, before any frame is painted', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const cell = plan.cell('21952', 'target.online_dossiers');
    const aggregate = plan.cell('aggregate', 'target.online_dossiers');
    await plan.focus('21952', 'target.online_dossiers');
    await page.keyboard.type('40');
    // A listener on the window runs after the grid's own key handling of the same event.
    await page.evaluate(() => {
      const w = window as unknown as { seenAtEnter?: { text: string; classes: string } };
      window.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        const target = document.querySelector('[role="row"][row-id="21952"] [col-id="target.online_dossiers"]');
        const total = document.querySelector('[role="row"][row-id="aggregate"] [col-id="target.online_dossiers"]');
        w.seenAtEnter = { text: (target?.textContent ?? '').trim(), classes: `${target?.className ?? ''} | ${total?.className ?? ''}` };
      }, { once: true });
    });
    await page.keyboard.press('Enter');
    const seen = await page.evaluate(() => (window as unknown as { seenAtEnter?: { text: string; classes: string } }).seenAtEnter);
    expect(seen?.text).toBe('40');
    const [unitClasses, aggregateClasses] = (seen?.classes ?? '').split(' | ');
    expect(unitClasses).toContain('cell-error');
    expect(aggregateClasses).toContain('cell-error');
    expect(await cell.textContent()).toBe('40');
    expect(await aggregate.getAttribute('class')).toContain('cell-error');
    await plan.waitSaved();
  });
});
