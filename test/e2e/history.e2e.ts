import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { downloadOf, ImportFlow, utf8BomCsv } from './support/files';
import { eventually, PlanPage } from './support/planPage';

const ONLINE = 'target.online_dossiers';

/** The history panel's entries, newest first, as `how old→new` (with the unit and column in the whole plan's history). */
const entries = (plan: PlanPage) => plan.page.getByTestId('history-entry').evaluateAll((els) => els.map((e) =>
  `${e.getAttribute('data-how')} ${e.getAttribute('data-old')}→${e.getAttribute('data-new')}`));

describe('undo that survives a reload, and the history of a cell', () => {
  const app = useApp();

  // A browser restart on the same profile is not possible with useApp (each test has a fresh context); a page
  // reload drops everything the page held in memory, which is what a restart does to the history.
  test('Delete, then undo it after a reload; the undo button after another reload; redo', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const undo = page.getByTestId('undo');
    const redo = page.getByTestId('redo');
    await plan.typeInto('21955', ONLINE, '70');
    await plan.focus('21952', ONLINE);
    await page.keyboard.press('Delete');
    await eventually(() => plan.cellText('21952', ONLINE)).toBe('');
    await plan.waitSaved();

    await plan.reload();
    expect(await plan.cellText('21952', ONLINE)).toBe('');
    await eventually(() => undo.isEnabled()).toBe(true);
    expect(await redo.isDisabled()).toBe(true);
    await plan.focus('21961', ONLINE);
    await page.keyboard.press('Control+Z');
    await eventually(() => plan.cellText('21952', ONLINE)).toBe('64');
    expect(await plan.cellText('21955', ONLINE)).toBe('70');
    await plan.waitSaved();

    await plan.reload();
    await eventually(() => undo.isEnabled()).toBe(true);
    await undo.click();
    await eventually(() => plan.cellText('21955', ONLINE)).toBe('57');
    expect(await undo.isDisabled()).toBe(true);
    await redo.click();
    await eventually(() => plan.cellText('21955', ONLINE)).toBe('70');
    await redo.click();
    await eventually(() => plan.cellText('21952', ONLINE)).toBe('');
    expect(await redo.isDisabled()).toBe(true);
  });

  test('a cell\'s history after a typed edit, a paste and a CSV import; the whole plan\'s history, exported as CSV', async () => {
    const { page, baseURL, context } = app();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const plan = await PlanPage.firstVisit(page, baseURL);
    await plan.typeInto('21952', ONLINE, '70');
    await plan.focus('21952', ONLINE);
    await plan.paste('71\r\n');
    await eventually(() => plan.cellText('21952', ONLINE)).toBe('71');
    const imports = new ImportFlow(page);
    await imports.choose(utf8BomCsv('chi-tieu-thang-8.csv', ['Mã đơn vị;Hồ sơ trực tuyến - Chỉ tiêu', '21952;62,5']));
    await imports.applyAndClose();
    await eventually(() => plan.cellText('21952', ONLINE)).toBe('62,5');
    await plan.focus('21958', ONLINE);
    await page.keyboard.press('Delete');
    await eventually(() => plan.cellText('21958', ONLINE)).toBe('');

    // The toolbar's button opens the focused cell's history, newest first, with the file's name.
    await plan.focus('21952', ONLINE);
    await page.getByTestId('cell-history').click();
    const panel = page.getByTestId('history-panel');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.getAttribute('data-target')).toBe(`21952:${ONLINE}`);
    await eventually(() => entries(plan)).toEqual(['imported 71→62.5', 'pasted 70→71', 'typed 64→70']);
    expect(await page.getByTestId('history-entry').first().textContent()).toContain('Nhập từ tệp «chi-tieu-thang-8.csv»');
    expect(await page.getByTestId('history-bound').textContent()).toContain('2.000 thay đổi gần nhất');
    expect(await page.getByTestId('history-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-tab')))).toEqual(['this', 'this', 'this']);

    // An undo is a change too; the open panel follows it.
    await plan.focus('21964', ONLINE);
    await page.keyboard.press('Control+Z'); // the Delete
    await page.keyboard.press('Control+Z'); // the import
    await eventually(() => plan.cellText('21952', ONLINE)).toBe('71');
    await eventually(() => entries(plan)).toEqual(['undone 62.5→71', 'imported 71→62.5', 'pasted 70→71', 'typed 64→70']);

    // The cell menu (right-click) opens another cell's history.
    await plan.openCellMenu('21958', ONLINE);
    await plan.cellMenu.getByTestId('cell-menu-history').click();
    await eventually(() => panel.getAttribute('data-target')).toBe(`21958:${ONLINE}`);
    await eventually(() => entries(plan)).toEqual(['undone →59', 'cleared 59→']);

    // The whole plan: every change, newest first, with its unit and column; exported for Excel (;, BOM).
    await page.getByTestId('history-show-all').click();
    await eventually(() => panel.getAttribute('data-target')).toBe('all');
    await eventually(() => entries(plan)).toEqual(['undone 62.5→71', 'undone →59', 'cleared 59→', 'imported 71→62.5', 'pasted 70→71', 'typed 64→70']);
    const file = await downloadOf(page, () => page.getByTestId('history-export').click());
    const text = file.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFThời điểm;Mã đơn vị;Đơn vị;Cột;Giá trị cũ;Giá trị mới;Cách thay đổi;Tệp / phương án;Nguồn\r\n')).toBe(true);
    expect(text).toContain(';21952;');
    expect(text).toContain(';71;62,5;Nhập từ tệp «chi-tieu-thang-8.csv»;chi-tieu-thang-8.csv;');
    expect(text.trimEnd().split('\r\n')).toHaveLength(7);
  });
});
