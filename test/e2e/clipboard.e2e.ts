import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { eventually, PlanPage } from './support/planPage';

describe('paste, copy, undo and redo', () => {
  const app = useApp();

  test('a block pasted from a spreadsheet is one validated change that one Ctrl+Z undoes', async () => {
    const { page, baseURL, context } = app();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const plan = await PlanPage.firstVisit(page, baseURL);
    const col = 'target.online_dossiers';
    const undo = page.getByTestId('undo');
    const redo = page.getByTestId('redo');
    expect(await undo.isDisabled()).toBe(true);
    expect(await redo.isDisabled()).toBe(true);

    // Three rows of one column, as Excel puts them on the clipboard (with its trailing line break).
    await plan.focus('21952', col);
    await page.evaluate(() => navigator.clipboard.writeText('55\r\n45,5\r\n57\r\n'));
    await page.keyboard.press('Control+V');
    await eventually(() => Promise.all(['21952', '21955', '21958'].map((u) => plan.cellText(u, col)))).toEqual(['55', '45,5', '57']);
    // 45,5 is below the general target of 50: validated like typing.
    expect(await plan.cellState('21955', col)).toEqual(['cell-error']);
    await eventually(() => plan.errorCount()).toBe(1);
    expect(await plan.cellText('21961', col)).toBe('53');
    expect(await undo.isEnabled()).toBe(true);

    // One undo step takes the whole block back.
    await plan.focus('21970', col);
    await page.keyboard.press('Control+Z');
    await eventually(() => Promise.all(['21952', '21955', '21958'].map((u) => plan.cellText(u, col)))).toEqual(['64', '57', '59']);
    await eventually(() => plan.errorCount()).toBe(0);
    expect(await undo.isDisabled()).toBe(true);
    expect(await redo.isEnabled()).toBe(true);
    await page.keyboard.press('Control+Y');
    await eventually(() => plan.cellText('21955', col)).toBe('45,5');
    await eventually(() => plan.errorCount()).toBe(1);

    // A block with a cell that is not a number changes nothing and names the cell.
    await plan.focus('21961', col);
    await page.evaluate(() => navigator.clipboard.writeText('60\nabc'));
    await page.keyboard.press('Control+V');
    await plan.editRefused.waitFor({ state: 'visible' });
    const refusal = await plan.editRefused.innerText();
    expect(refusal).toContain('Không dán được, chưa có ô nào bị thay đổi');
    expect(refusal).toContain('dòng 2, cột 1 (Xã Phước Quang');
    expect(refusal).toContain('«abc» không phải là số');
    expect(await plan.cellText('21961', col)).toBe('53');
    expect(await plan.cellText('21964', col)).toBe('66');

    // Copy takes a cell as it is displayed, so it pastes back anywhere.
    await plan.focus('21955', col);
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('45,5');

    await plan.waitSaved();
    await plan.reload();
    expect(await plan.cellText('21955', col)).toBe('45,5');
  });

  test('the undo and redo buttons step through typed edits; the history belongs to the tab', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const undo = page.getByTestId('undo');
    const redo = page.getByTestId('redo');

    await plan.typeInto('21952', 'target.online_dossiers', '70');
    await plan.typeInto('21952', 'target.online_payment', '71');
    await undo.click();
    await eventually(() => plan.cellText('21952', 'target.online_payment')).toBe('68');
    expect(await plan.cellText('21952', 'target.online_dossiers')).toBe('70');
    await undo.click();
    await eventually(() => plan.cellText('21952', 'target.online_dossiers')).toBe('64');
    expect(await undo.isDisabled()).toBe(true);
    await redo.click();
    await eventually(() => plan.cellText('21952', 'target.online_dossiers')).toBe('70');
    // A new edit after an undo clears what could be redone.
    await plan.typeInto('21955', 'target.online_dossiers', '58');
    expect(await redo.isDisabled()).toBe(true);

    // Undo and redo are saved like any edit; the history itself starts empty in a reloaded tab.
    await plan.waitSaved();
    await plan.reload();
    expect(await plan.cellText('21952', 'target.online_dossiers')).toBe('70');
    expect(await plan.cellText('21952', 'target.online_payment')).toBe('68');
    expect(await plan.cellText('21955', 'target.online_dossiers')).toBe('58');
    expect(await undo.isDisabled()).toBe(true);
  });
});
