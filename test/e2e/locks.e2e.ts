import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { exportPlanFile, gridCells, importPlanFile, PlanListView } from './support/files';
import { DEMO_PLAN_ID, DEMO_UNIT_CODES, eventually, INDICATOR_IDS, PlanPage } from './support/planPage';
import { PLAN_FILE_VERSION } from '../../src/io/planFileFormat';

const ONLINE = 'target.online_dossiers';
const PAYMENT = 'target.online_payment';

describe('locked target cells', () => {
  const app = useApp();

  test('locked with the button and with Ctrl+L, marked, undone and redone, typed into, and still locked after a reload', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    expect(await plan.lockedCells()).toEqual([]);

    await plan.focus('21952', ONLINE);
    await plan.lockToggle.click();
    await eventually(() => plan.isLocked('21952', ONLINE)).toBe(true);
    expect(await plan.cellTitle('21952', ONLINE)).toContain('Đã khóa: đề xuất phân bổ và điền tự động không thay đổi ô này');

    // Ctrl+L on the focused cell toggles: locked, unlocked, locked again.
    await plan.focus('21955', PAYMENT);
    await page.keyboard.press('Control+L');
    await eventually(() => plan.isLocked('21955', PAYMENT)).toBe(true);
    await page.keyboard.press('Control+L');
    await eventually(() => plan.isLocked('21955', PAYMENT)).toBe(false);
    await page.keyboard.press('Control+L');
    await eventually(() => plan.lockedCells()).toEqual([`21952|${ONLINE}`, `21955|${PAYMENT}`]);
    // A result column holds no target: nothing to lock, and the page says what to select.
    await plan.focus('21955', 'baseline.online_payment');
    await page.keyboard.press('Control+L');
    await eventually(() => plan.editRefused.textContent()).toContain('Chọn một ô chỉ tiêu');
    expect(await plan.lockedCells()).toEqual([`21952|${ONLINE}`, `21955|${PAYMENT}`]);

    // Each toggle is one step of undo.
    await page.getByTestId('undo').click();
    await eventually(() => plan.lockedCells()).toEqual([`21952|${ONLINE}`]);
    await page.getByTestId('redo').click();
    await eventually(() => plan.lockedCells()).toEqual([`21952|${ONLINE}`, `21955|${PAYMENT}`]);

    // Typing into a locked cell stays allowed: the lock guards against automatic changes only.
    await plan.typeInto('21952', ONLINE, '71');
    await eventually(() => plan.cellText('21952', ONLINE)).toBe('71');
    expect(await plan.isLocked('21952', ONLINE)).toBe(true);

    await plan.waitSaved();
    await plan.reload();
    expect(await plan.lockedCells()).toEqual([`21952|${ONLINE}`, `21955|${PAYMENT}`]);
    expect(await plan.cellText('21952', ONLINE)).toBe('71');
  });

  test('a unit\'s row and an indicator\'s column locked and unlocked through the cell menu, by mouse and keyboard', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);

    // Right-click: the menu for a target cell offers the cell, its row and its column.
    await plan.openCellMenu('21958', 'target.digitisation');
    const items = () => plan.cellMenu.getByRole('menuitem').evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-testid')}${(e as HTMLButtonElement).disabled ? ' (disabled)' : ''}`));
    expect(await items()).toEqual(['cell-menu-toggle-cell', 'cell-menu-lock-row', 'cell-menu-unlock-row (disabled)',
      'cell-menu-lock-column', 'cell-menu-unlock-column (disabled)', 'cell-menu-history']);
    await page.getByTestId('cell-menu-lock-row').click();
    await eventually(() => plan.lockedCells()).toEqual(INDICATOR_IDS.map((id) => `21958|target.${id}`).sort());
    expect(await plan.cellMenu.count()).toBe(0);

    // Keyboard: Shift+F10 on a result cell opens the menu on its first item; arrows and Enter choose.
    await plan.focus('21961', 'baseline.online_payment');
    await page.keyboard.press('Shift+F10');
    await plan.cellMenu.waitFor({ state: 'visible' });
    // 21958's row lock holds this column's cell: the column can be unlocked too.
    expect(await items()).toEqual(['cell-menu-lock-row', 'cell-menu-unlock-row (disabled)', 'cell-menu-lock-column', 'cell-menu-unlock-column', 'cell-menu-history']);
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('cell-menu-lock-row');
    await page.keyboard.press('ArrowDown'); // the disabled item is passed over
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('cell-menu-lock-column');
    await page.keyboard.press('Enter');
    await eventually(() => plan.cellMenu.count()).toBe(0);
    const column = DEMO_UNIT_CODES.map((code) => `${code}|${PAYMENT}`);
    const row = INDICATOR_IDS.map((id) => `21958|target.${id}`);
    await eventually(() => plan.lockedCells()).toEqual([...new Set([...row, ...column])].sort());
    // The focus is back on the cell the menu was opened on.
    await eventually(() => plan.focusedCell()).toEqual({ rowId: '21961', colId: 'baseline.online_payment', active: true });

    // Escape closes the menu and changes nothing.
    await page.keyboard.press('ContextMenu');
    await plan.cellMenu.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await eventually(() => plan.cellMenu.count()).toBe(0);
    await eventually(() => plan.focusedCell()).toEqual({ rowId: '21961', colId: 'baseline.online_payment', active: true });

    // The general-target row's cell offers its column: unlocked in one step, and back with one undo.
    await plan.openCellMenu('min', PAYMENT);
    expect(await items()).toEqual(['cell-menu-lock-column (disabled)', 'cell-menu-unlock-column']);
    await page.getByTestId('cell-menu-unlock-column').click();
    await eventually(() => plan.lockedCells()).toEqual(row.filter((c) => !c.endsWith(PAYMENT)).sort());
    await page.getByTestId('undo').click();
    await eventually(() => plan.lockedCells()).toEqual([...new Set([...row, ...column])].sort());

    await plan.waitSaved();
    await plan.reload();
    expect(await plan.lockedCells()).toEqual([...new Set([...row, ...column])].sort());
  });

  test('a lock in one tab shows in the other, and undoing it there keeps the other tab\'s later value', async () => {
    const { page, baseURL, newTab } = app();
    const first = await PlanPage.firstVisit(page, baseURL);
    const second = await PlanPage.open(await newTab(), baseURL, DEMO_PLAN_ID, '21952');
    await first.focus('21970', ONLINE);
    await first.page.keyboard.press('Control+L');
    await eventually(() => second.lockedCells(), { timeout: 3_000 }).toEqual([`21970|${ONLINE}`]);
    // The other tab types into the locked cell; then the first tab undoes its lock: the lock goes, the value stays.
    await second.typeInto('21970', ONLINE, '88');
    await eventually(() => first.cellText('21970', ONLINE), { timeout: 3_000 }).toBe('88');
    await first.page.getByTestId('undo').click();
    await eventually(() => first.lockedCells()).toEqual([]);
    await eventually(() => second.lockedCells(), { timeout: 3_000 }).toEqual([]);
    expect(await first.cellText('21970', ONLINE)).toBe('88');
    await first.waitSaved();
    await first.reload();
    expect([await first.lockedCells(), await first.cellText('21970', ONLINE)]).toEqual([[], '88']);
  });

  test('the locks survive a plan-file export and import', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await plan.focus('21964', ONLINE);
    await page.keyboard.press('Control+L');
    await plan.openCellMenu('21967', 'name');
    await page.getByTestId('cell-menu-lock-row').click();
    const locked = [`21964|${ONLINE}`, ...INDICATOR_IDS.map((id) => `21967|target.${id}`)].sort();
    await eventually(() => plan.lockedCells()).toEqual(locked);
    await plan.waitSaved();
    const before = await gridCells(plan);

    const exported = await exportPlanFile(plan);
    const doc = JSON.parse(exported.bytes.toString('utf8')) as { formatVersion: number; plan: { units: { code: string; locked?: Record<string, true> }[] } };
    expect(doc.formatVersion).toBe(PLAN_FILE_VERSION);
    expect(doc.plan.units.filter((u) => u.locked).map((u) => [u.code, Object.keys(u.locked!)])).toEqual([
      ['21964', ['online_dossiers']], ['21967', [...INDICATOR_IDS]]]);

    await new PlanListView(page).removeTheOnlyPlan(baseURL, DEMO_PLAN_ID);
    await importPlanFile(page, exported);

    const restored = new PlanPage(page);
    await restored.waitForGrid('21952');
    await eventually(() => restored.lockedCells()).toEqual(locked);
    expect(await gridCells(restored)).toEqual(before);
    await restored.waitSaved();
    await restored.reload();
    expect(await restored.lockedCells()).toEqual(locked);
  });
});
