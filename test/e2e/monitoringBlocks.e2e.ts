import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { Monitoring } from './support/monitoringPage';
import { DEMO_PLAN_ID, eventually, PlanPage } from './support/planPage';

const ID = 'online_dossiers';
const NUM = `num.${ID}`;
const DEN = `den.${ID}`;
const RATE = `rate.${ID}`;
const STATUS = `status.${ID}`;
// Four units one under the other in the demo's order.
const [A, B, C, D] = ['21952', '21955', '21958', '21961'] as const;
/** A count as Vietnamese write it: thousands grouped with dots, no decimals. */
const VI_COUNT = /^\d{1,3}(\.\d{3})*$/;

describe('block selection in the results grid', () => {
  const app = useApp();

  test('a 2×2 block of counts: selected with Shift+arrows, copied as shown, cleared by Delete in one step, back with one Ctrl+Z', async () => {
    const { page, baseURL, context } = app();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const plan = await PlanPage.firstVisit(page, baseURL);
    // July, the period's first month: the progress so far is July's alone, so clearing July leaves it missing.
    await page.goto(`${baseURL}#/plans/${DEMO_PLAN_ID}/monitoring?month=2023-07`);
    const mon = new Monitoring(page, plan);
    await mon.cell(A, NUM).waitFor();
    const read = (cols: readonly string[]) => Promise.all([A, B].flatMap((u) => cols.map((c) => mon.text(u, c))));
    const counts = await read([NUM, DEN]);
    const progress = async () => Promise.all([A, B].flatMap((u) => [mon.attr(u, RATE, 'data-value'), mon.attr(u, STATUS, 'data-status')]));
    const progressBefore = await progress();
    for (const text of counts) expect(text).toMatch(VI_COUNT);
    expect(progressBefore.filter((v) => v === '' || v === 'missing')).toEqual([]);

    await mon.cell(A, NUM).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await eventually(() => mon.selected()).toEqual([`${A}|${DEN}`, `${A}|${NUM}`, `${B}|${DEN}`, `${B}|${NUM}`]);

    await page.keyboard.press('Control+C');
    await eventually(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${counts[0]}\t${counts[1]}\r\n${counts[2]}\t${counts[3]}\r\n`);

    await page.keyboard.press('Delete');
    await eventually(() => read([NUM, DEN])).toEqual(['', '', '', '']);
    await eventually(() => progress()).toEqual(['', 'missing', '', 'missing']);
    // One undo step: a single Ctrl+Z brings back all four counts and their progress.
    await page.keyboard.press('Control+Z');
    await eventually(() => read([NUM, DEN])).toEqual(counts);
    await eventually(() => progress()).toEqual(progressBefore);
    await plan.waitSaved();
  });

  test('read-only cells copied as shown and never written; a block pasted at the selection\'s top-left; one value fills it; a refused fill writes nothing', async () => {
    const { page, baseURL, context } = app();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const plan = await PlanPage.firstVisit(page, baseURL);
    await page.goto(`${baseURL}#/plans/${DEMO_PLAN_ID}/monitoring?month=2023-08`);
    const mon = new Monitoring(page, plan);
    await mon.cell(A, NUM).waitFor();
    const paste = async (text: string) => {
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      await page.keyboard.press('Control+V');
    };

    // A row from the numerator to the status: copied as the cells read, the status's word and mark included.
    const row = [NUM, DEN, RATE, `target.${ID}`, `gap.${ID}`, `required.${ID}`, STATUS];
    const shown = await Promise.all(row.map((c) => mon.text(A, c)));
    await mon.cell(A, NUM).click();
    for (let i = 1; i < row.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await eventually(() => mon.selected()).toEqual(row.map((c) => `${A}|${c}`).sort());
    await page.keyboard.press('Control+C');
    await eventually(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${shown.join('\t')}\r\n`);
    // Delete over it clears the two counts only, and says how many read-only cells it passed over.
    await page.keyboard.press('Delete');
    await eventually(() => Promise.all([mon.text(A, NUM), mon.text(A, DEN)])).toEqual(['', '']);
    await eventually(() => plan.editRefused.textContent()).toContain('Bỏ qua 5 ô chỉ đọc');
    expect(await mon.text(A, `target.${ID}`)).toBe(shown[3]);

    // A block selected from its bottom-left cell up and right: the paste starts at its top-left (C's numerator), not at the focus.
    await mon.cell(D, NUM).click();
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Shift+ArrowRight');
    await eventually(() => mon.selected()).toEqual([`${C}|${DEN}`, `${C}|${NUM}`, `${D}|${DEN}`, `${D}|${NUM}`]);
    await paste('5\t1.010\r\n6\t12\r\n');
    await eventually(() => Promise.all([C, D].flatMap((u) => [mon.count(u, NUM), mon.count(u, DEN)]))).toEqual([5, 1010, 6, 12]);

    // Fill down (Ctrl+D) of the same block: D takes C's counts, as one change.
    await page.keyboard.press('Control+D');
    await eventually(() => Promise.all([mon.count(D, NUM), mon.count(D, DEN)])).toEqual([5, 1010]);

    // One value over the two numerators fills both. 1.011 is above both units' 1.010 dossiers: refused, the unit
    // named, nothing written.
    await mon.cell(C, NUM).click();
    await page.keyboard.press('Shift+ArrowDown');
    await eventually(() => mon.selected()).toEqual([`${C}|${NUM}`, `${D}|${NUM}`]);
    await paste('20');
    await eventually(() => Promise.all([mon.count(C, NUM), mon.count(D, NUM)])).toEqual([20, 20]);
    await paste('1.011');
    await eventually(() => plan.editRefused.textContent()).toContain(await mon.text(C, 'name'));
    expect(await plan.editRefused.textContent()).toContain('1.011');
    expect(await Promise.all([mon.count(C, NUM), mon.count(D, NUM)])).toEqual([20, 20]);
    await plan.waitSaved();
  });
});
