import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { Monitoring } from './support/monitoringPage';
import { DEMO_PLAN_ID, DEMO_UNIT_CODES, eventually, PlanPage } from './support/planPage';

const ID = 'online_dossiers';
const UNIT = '21952'; // Thị trấn Tuy Phước
const MONTHS_IN_PERIOD = 6; // 2023-H2

/** Exact rate in percent, as the `data-value` hook writes it: N / D × 100 with JavaScript's double arithmetic. */
const percent = (n: number, d: number) => Number(n * 10_000) / Number(d) / 100;
/** What the cell shows: truncated to one decimal, with a decimal comma. */
const shown = (n: number, d: number) => (Math.trunc((n * 1000) / d) / 10).toFixed(1).replace('.', ',');

describe('the monthly follow-up (Theo dõi)', () => {
  const app = useApp();

  test('open from the plan, choose a month, type counts: rate, required rate, status and aggregate; a refused count; undo; reload', async () => {
    const { page, baseURL } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    const plan = await PlanPage.firstVisit(page, baseURL);
    // The tab is in the plan's heading, in view at 1366×768 (not in an overflow).
    const box = (await page.getByTestId('view-monitoring').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    expect(box.y + box.height).toBeLessThanOrEqual(200);
    await page.getByTestId('view-monitoring').click();
    const mon = new Monitoring(page, plan);
    await mon.cell(UNIT, `num.${ID}`).waitFor();
    // The latest month with figures is shown by default (the demo has July–October), and is in the address.
    await eventually(() => page.getByTestId('month').inputValue()).toBe('2023-10');
    expect(page.url()).toContain(`#/plans/${DEMO_PLAN_ID}/monitoring?month=2023-10`);
    expect(await page.getByTestId('month').evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.value)))
      .toEqual(['2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12']);
    await expect.poll(() => page.getByTestId('report-open').getAttribute('href')).toBe(`#/plans/${DEMO_PLAN_ID}/report/2023-10`);
    // One commune of the demo has not sent October's figures: the whole's rate is shown, but it is not judged.
    expect(await mon.attr('aggregate', `rate.${ID}`, 'data-value')).not.toBe('');
    expect(await mon.attr('aggregate', `status.${ID}`, 'data-status')).toBe('missing');
    expect(await mon.text('aggregate', `status.${ID}`)).toContain('Chưa đủ (12/13)');
    expect(await mon.attr('aggregate', `status.${ID}`, 'title')).toContain('Chưa đủ số liệu (12/13 đơn vị)');

    // July, the first month: the figures so far are July's alone, so everything follows from what is typed here.
    await page.getByTestId('month').selectOption('2023-07');
    await eventually(() => page.url()).toContain('monitoring?month=2023-07');
    const original = (await mon.count(UNIT, `num.${ID}`))!;
    const target = Number((await mon.text(UNIT, `target.${ID}`)).replace(',', '.'));
    await mon.type(UNIT, `den.${ID}`, '1.000');
    await mon.type(UNIT, `num.${ID}`, '500');
    await eventually(() => mon.attr(UNIT, `rate.${ID}`, 'data-value')).toBe(String(percent(500, 1000)));
    expect(await mon.text(UNIT, `rate.${ID}`)).toBe(shown(500, 1000));
    // Required: (T·(D + Dr) − N) / Dr with Dr = D × 5 months left, in hundredths of a percent, exactly; shown rounded up to a tenth.
    const left = MONTHS_IN_PERIOD - 1;
    const t = Math.round(target * 100);
    const requiredNum = t * 1000 * (1 + left) - 500 * 10_000;
    const requiredDen = 1000 * left;
    const requiredTenths = Math.ceil(requiredNum / (requiredDen * 10));
    expect(await mon.text(UNIT, `required.${ID}`)).toBe((requiredTenths / 10).toFixed(1).replace('.', ','));
    const expectedStatus = 5000 >= t ? 'met' : requiredNum > 10_000 * requiredDen ? 'behind' : requiredNum <= 5000 * requiredDen ? 'on-track' : 'at-risk';
    expect(await mon.attr(UNIT, `status.${ID}`, 'data-status')).toBe(expectedStatus);

    // The aggregate: ΣN / ΣD over every unit's July figures, read from the grid's count cells.
    let sumN = 0;
    let sumD = 0;
    for (const code of DEMO_UNIT_CODES) {
      sumN += (await mon.count(code, `num.${ID}`)) ?? 0;
      sumD += (await mon.count(code, `den.${ID}`)) ?? 0;
    }
    expect(sumN).toBeGreaterThan(500);
    await eventually(() => mon.attr('aggregate', `rate.${ID}`, 'data-value')).toBe(String(percent(sumN, sumD)));
    expect(await mon.text('aggregate', `rate.${ID}`)).toBe(shown(sumN, sumD));
    expect(await mon.count('aggregate', `den.${ID}`)).toBe(sumD);
    // Every commune has July's figures: the whole is judged.
    expect(await mon.attr('aggregate', `status.${ID}`, 'data-status')).not.toBe('missing');

    // A count left without its dossiers (the denominator cleared): that month is in no sum, and neither the unit
    // nor the whole is judged until it is complete; the unit says why.
    const HALF = '21958';
    await mon.cell(HALF, `den.${ID}`).click();
    await page.keyboard.press('Delete');
    await eventually(() => mon.count(HALF, `den.${ID}`)).toBeNull();
    expect(await mon.count(HALF, `num.${ID}`)).not.toBeNull();
    expect(await mon.attr(HALF, `status.${ID}`, 'data-status')).toBe('missing');
    expect(await mon.text(HALF, `status.${ID}`)).toContain('Thiếu mẫu số');
    expect(await mon.attr(HALF, `status.${ID}`, 'title')).toContain('1 tháng có kết quả mà thiếu mẫu số');
    // Its month bars show which month: July, an empty outline said to lack its denominator.
    await mon.cell(HALF, 'name').click();
    await eventually(() => page.getByTestId('monitoring-details').getAttribute('data-row')).toBe(HALF);
    const july = page.getByTestId('monitoring-details').getByTestId('month-bars').first().locator('g[data-month="2023-07"]');
    expect(await july.getAttribute('data-unweighted')).toBe('');
    expect(await july.locator('title').textContent()).toContain('thiếu mẫu số');
    await eventually(() => mon.attr('aggregate', `status.${ID}`, 'data-status')).toBe('missing');
    expect(await mon.text('aggregate', `status.${ID}`)).toContain('Chưa đủ (12/13)');
    await page.keyboard.press('Control+Z');
    await eventually(() => mon.attr('aggregate', `status.${ID}`, 'data-status')).not.toBe('missing');

    // A numerator above the month's denominator: refused, located, nothing written.
    await plan.waitSaved();
    await mon.type(UNIT, `num.${ID}`, '1200');
    await eventually(() => plan.editRefused.textContent()).toContain('Thị trấn Tuy Phước');
    const message = (await plan.editRefused.textContent()) ?? '';
    expect(message).toContain('Hồ sơ trực tuyến');
    expect(message).toContain('1200');
    expect(await mon.count(UNIT, `num.${ID}`)).toBe(500);
    expect(await mon.attr(UNIT, `rate.${ID}`, 'data-value')).toBe(String(percent(500, 1000)));

    // A rate alone: marked as entered as a rate.
    await mon.type(UNIT, `num.${ID}`, '75%');
    await eventually(() => mon.text(UNIT, `num.${ID}`)).toBe('75 %');
    expect(await mon.attr(UNIT, `num.${ID}`, 'class')).toContain('mon-as-rate');
    expect(await mon.attr(UNIT, `rate.${ID}`, 'data-value')).toBe('75');

    // Undo takes back the rate, then the count typed (one command each).
    await mon.cell(UNIT, 'name').click();
    await page.keyboard.press('Control+Z');
    await eventually(() => mon.count(UNIT, `num.${ID}`)).toBe(500);
    await page.keyboard.press('Control+Z');
    await eventually(() => mon.count(UNIT, `num.${ID}`)).toBe(original);
    await eventually(() => mon.attr(UNIT, `rate.${ID}`, 'data-value')).toBe(String(percent(original, 1000)));
    await plan.waitSaved();

    await page.reload();
    await mon.cell(UNIT, `num.${ID}`).waitFor();
    expect(await page.getByTestId('month').inputValue()).toBe('2023-07');
    expect(await mon.count(UNIT, `num.${ID}`)).toBe(original);
    expect(await mon.count(UNIT, `den.${ID}`)).toBe(1000);

    // Back to the allocation, the other tab of the pair.
    await page.getByTestId('view-allocation').click();
    await plan.waitForGrid(UNIT);
  });

  test('one indicator\'s columns; "lagging units only" shows exactly the units behind or at risk; a unit\'s month bars; the ranking', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    await page.goto(`${baseURL}#/plans/${DEMO_PLAN_ID}/monitoring?month=2023-10`);
    const mon = new Monitoring(page, new PlanPage(page));
    await mon.cell(UNIT, `status.${ID}`).waitFor();
    await page.getByTestId('monitoring-indicator').selectOption(ID);
    await eventually(() => mon.grid.locator('.ag-header-cell[col-id="num.online_payment"]').count()).toBe(0);
    expect(await mon.grid.locator(`.ag-header-cell[col-id="status.${ID}"]`).count()).toBe(1);
    const lagging: string[] = [];
    for (const code of DEMO_UNIT_CODES) {
      const status = await mon.attr(code, `status.${ID}`, 'data-status');
      if (status === 'behind' || status === 'at-risk') lagging.push(code);
    }
    // The demo's October has units on track as well as lagging ones: the filter has something to leave out.
    expect(lagging.length).toBeGreaterThan(0);
    expect(lagging.length).toBeLessThan(DEMO_UNIT_CODES.length);
    await page.getByTestId('lagging-only').check();
    await eventually(async () => (await mon.displayedUnits()).sort()).toEqual(lagging.sort());

    await page.getByTestId('lagging-only').uncheck();
    await eventually(async () => (await mon.displayedUnits()).length).toBe(DEMO_UNIT_CODES.length);
    // Xã Phước Quang sent no October figures: its October bar is an empty outline, not a bar of 0; its July bar has a value.
    await mon.cell('21964', 'name').click();
    const bars = page.getByTestId('monitoring-details').getByTestId('month-bars').first();
    await eventually(() => page.getByTestId('monitoring-details').getAttribute('data-row')).toBe('21964');
    expect(await bars.locator('g[data-month]').count()).toBe(MONTHS_IN_PERIOD);
    expect(await bars.locator('g[data-month="2023-10"]').getAttribute('data-value')).toBe('');
    expect(await bars.locator('g[data-month="2023-10"] rect.bar-missing').count()).toBe(1);
    expect(Number(await bars.locator('g[data-month="2023-07"]').getAttribute('data-value'))).toBeGreaterThan(0);

    await page.getByTestId('ranking').click();
    await eventually(() => mon.text(UNIT, 'rank')).toMatch(/^\d+$/);
    const ranks = await Promise.all(DEMO_UNIT_CODES.map((c) => mon.text(c, 'rank')));
    expect(ranks.map(Number).sort((a, b) => a - b)).toEqual(DEMO_UNIT_CODES.map((_, i) => i + 1));
  });

  test('a pasted block is one change (numerators and denominators together); a refused block writes nothing; Delete clears', async () => {
    const { page, baseURL, context } = app();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await PlanPage.firstVisit(page, baseURL);
    await page.goto(`${baseURL}#/plans/${DEMO_PLAN_ID}/monitoring?month=2023-08`);
    const plan = new PlanPage(page);
    const mon = new Monitoring(page, plan);
    await mon.cell('21955', `num.${ID}`).waitFor();
    const paste = async (text: string) => {
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      await page.keyboard.press('Control+V');
    };
    const before = await Promise.all(['21955', '21958'].flatMap((c) => [mon.count(c, `num.${ID}`), mon.count(c, `den.${ID}`)]));
    await mon.cell('21955', `num.${ID}`).click();
    await paste('1.010\t2.000\r\n30\t40\r\n');
    await eventually(() => mon.count('21958', `den.${ID}`)).toBe(40);
    expect(await mon.count('21955', `num.${ID}`)).toBe(1010);
    expect(await mon.count('21955', `den.${ID}`)).toBe(2000);
    expect(await mon.count('21958', `num.${ID}`)).toBe(30);

    // One row of the block refused (50 of 20): nothing of it is written, and the message says where.
    await mon.cell('21955', `num.${ID}`).click();
    await paste('7\t8\r\n50\t20\r\n');
    await eventually(() => plan.editRefused.textContent()).toContain('Xã Phước Thắng');
    expect(await mon.count('21955', `num.${ID}`)).toBe(1010);
    expect(await mon.count('21958', `num.${ID}`)).toBe(30);

    await mon.cell('21958', `num.${ID}`).click();
    await page.keyboard.press('Delete');
    await eventually(() => mon.count('21958', `num.${ID}`)).toBeNull();
    // Undo: the clear, then the whole paste in one step.
    await page.keyboard.press('Control+Z');
    await eventually(() => mon.count('21958', `num.${ID}`)).toBe(30);
    await page.keyboard.press('Control+Z');
    await eventually(() => Promise.all(['21955', '21958'].flatMap((c) => [mon.count(c, `num.${ID}`), mon.count(c, `den.${ID}`)]))).toEqual(before);

    // F6 from the toolbar enters the results grid at its focused cell, as in the allocation.
    await page.getByTestId('quick-filter').focus();
    await page.keyboard.press('F6');
    await eventually(() => mon.grid.evaluate((g) => !!g.querySelector('.ag-cell-focus')?.contains(document.activeElement))).toBe(true);
  });
});
