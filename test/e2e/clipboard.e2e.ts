import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { eventually, INDICATOR_IDS, PlanPage } from './support/planPage';

const BASELINES = INDICATOR_IDS.map((id) => `baseline.${id}`);
const TARGETS = INDICATOR_IDS.map((id) => `target.${id}`);
/** Four targets copied side by side from Excel, two units. */
const FOUR_TARGETS = '61\t62\t73\t99,5\r\n63\t64\t75\t100\r\n';

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

  test('the undo and redo buttons step through typed edits, and the history survives a reload', async () => {
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

    // Undo and redo are saved like any edit, and so is the history: a reloaded tab takes back the last edit.
    await plan.waitSaved();
    await plan.reload();
    expect(await plan.cellText('21952', 'target.online_dossiers')).toBe('70');
    expect(await plan.cellText('21952', 'target.online_payment')).toBe('68');
    expect(await plan.cellText('21955', 'target.online_dossiers')).toBe('58');
    await eventually(() => undo.isEnabled()).toBe(true);
    await undo.click();
    await eventually(() => plan.cellText('21955', 'target.online_dossiers')).toBe('57');
  });
  test('a block of targets pasted where results alternate asks first; "targets only" puts each value in its indicator', async () => {
    const { page, baseURL, context } = app();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const plan = await PlanPage.firstVisit(page, baseURL);
    const units = ['21952', '21955'];
    const baselines = await Promise.all(units.map((u) => plan.cellTexts(u, BASELINES)));
    const untouched = await plan.cellTexts('21958', [...BASELINES, ...TARGETS]);

    await plan.focus('21952', 'target.online_dossiers');
    await plan.paste(FOUR_TARGETS);
    await plan.pasteConfirm.waitFor({ state: 'visible' });
    expect(await plan.pasteConfirm.getAttribute('data-columns'))
      .toBe('target.online_dossiers,baseline.online_payment,target.online_payment,baseline.digitisation');
    // It names the columns as the grid shows them, and nothing is written while it asks.
    const question = await plan.pasteConfirm.innerText();
    expect(question).toContain('Thanh toán trực tuyến');
    expect(question).toContain('KQ 2023-H1');
    expect(await plan.cellText('21952', 'target.online_dossiers')).toBe('64');
    // "Targets only" has the focus: Enter takes it.
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('paste-targets-only');
    await page.keyboard.press('Enter');
    await plan.pasteConfirm.waitFor({ state: 'detached' });

    await eventually(() => plan.cellTexts('21952', TARGETS.slice(0, 4))).toEqual(['61', '62', '73', '99,5']);
    expect(await plan.cellTexts('21955', TARGETS.slice(0, 4))).toEqual(['63', '64', '75', '100']);
    expect(await Promise.all(units.map((u) => plan.cellTexts(u, BASELINES)))).toEqual(baselines);
    expect(await plan.cellTexts('21958', [...BASELINES, ...TARGETS])).toEqual(untouched);
    // The focus is back on the cell the block was pasted at, for the keyboard.
    await eventually(() => plan.focusedCell()).toEqual({ rowId: '21952', colId: 'target.online_dossiers', active: true });

    // One change: one Ctrl+Z takes all eight values back, Ctrl+Y brings them again.
    await page.keyboard.press('Control+Z');
    await eventually(() => plan.cellText('21955', 'target.digitisation')).not.toBe('75');
    expect(await plan.cellText('21952', 'target.online_dossiers')).toBe('64');
    await page.keyboard.press('Control+Y');
    await eventually(() => plan.cellText('21955', 'target.digitisation')).toBe('75');

    await plan.waitSaved();
    await plan.reload();
    expect(await plan.cellTexts('21952', TARGETS.slice(0, 4))).toEqual(['61', '62', '73', '99,5']);
    expect(await plan.cellTexts('21955', TARGETS.slice(0, 4))).toEqual(['63', '64', '75', '100']);
    expect(await Promise.all(units.map((u) => plan.cellTexts(u, BASELINES)))).toEqual(baselines);
  });

  test('cancel changes nothing; "as laid out" pastes over the columns shown; a column of targets does not ask', async () => {
    const { page, baseURL, context } = app();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const plan = await PlanPage.firstVisit(page, baseURL);
    const columns = [...BASELINES, ...TARGETS];
    const before = await Promise.all(['21952', '21955'].map((u) => plan.cellTexts(u, columns)));

    // Escape, then the Cancel button: nothing changes, and the focus comes back to the grid.
    await plan.focus('21952', 'target.online_dossiers');
    await plan.paste(FOUR_TARGETS);
    await plan.pasteConfirm.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await plan.pasteConfirm.waitFor({ state: 'detached' });
    await eventually(() => plan.focusedCell()).toEqual({ rowId: '21952', colId: 'target.online_dossiers', active: true });
    await plan.paste(FOUR_TARGETS);
    await page.getByTestId('paste-cancel').click();
    await plan.pasteConfirm.waitFor({ state: 'detached' });
    await eventually(() => plan.focusedCell()).toEqual({ rowId: '21952', colId: 'target.online_dossiers', active: true });
    expect(await Promise.all(['21952', '21955'].map((u) => plan.cellTexts(u, columns)))).toEqual(before);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);

    // Too few target columns left for "targets only": it cannot be chosen, the dialog says why, and Enter cancels
    // (three targets laid out over a result are not what was meant either).
    await plan.focus('21952', 'target.e_results');
    await plan.paste('61\t62\t63');
    await plan.pasteConfirm.waitFor({ state: 'visible' });
    expect(await page.getByTestId('paste-targets-only').isDisabled()).toBe(true);
    expect(await plan.pasteConfirm.innerText()).toContain('chỉ còn 2 cột chỉ tiêu');
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('paste-cancel');
    await page.keyboard.press('Enter');
    await plan.pasteConfirm.waitFor({ state: 'detached' });
    expect(await plan.cellTexts('21952', columns)).toEqual(before[0]);

    // Unit details running into a result column cover no target: Enter pastes them as laid out.
    await plan.focus('21952', 'volume');
    await plan.paste('1200\t48,5');
    await plan.pasteConfirm.waitFor({ state: 'visible' });
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('paste-as-laid-out');
    await page.keyboard.press('Enter');
    await eventually(() => plan.cellTexts('21952', ['volume', 'baseline.online_dossiers'])).toEqual(['1.200', '48,5']);
    await page.keyboard.press('Control+Z');
    await eventually(() => plan.cellTexts('21952', columns)).toEqual(before[0]);

    // "As laid out" is the paste as it always was: over the columns as displayed, results included.
    await plan.focus('21952', 'target.online_dossiers');
    await plan.paste(FOUR_TARGETS);
    await page.getByTestId('paste-as-laid-out').click();
    await eventually(() => plan.cellTexts('21952', ['target.online_dossiers', 'baseline.online_payment', 'target.online_payment', 'baseline.digitisation']))
      .toEqual(['61', '62', '73', '99,5']);

    // A column of targets goes in at once; so does a column of H1 results typed in at a result column.
    await plan.focus('21961', 'target.online_payment');
    await plan.paste('77\n78\n');
    await eventually(() => plan.cellTexts('21961', ['target.online_payment'])).toEqual(['77']);
    expect(await plan.cellText('21964', 'target.online_payment')).toBe('78');
    await plan.focus('21961', 'baseline.digitisation');
    await plan.paste('41,5');
    await eventually(() => plan.cellText('21961', 'baseline.digitisation')).toBe('41,5');
    expect(await plan.pasteConfirm.count()).toBe(0);
    await plan.waitSaved();
  });
});
