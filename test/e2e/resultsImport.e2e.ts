import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { readStoredUnit } from './support/durability';
import { ImportFlow, utf8BomCsv } from './support/files';
import { DEMO_PLAN_ID, eventually, PlanPage } from './support/planPage';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { writeWorkbook } from '../../src/io/xlsx';

/** A unit's monthly figures as IndexedDB holds them (`YYYY-MM/<indicator>/n|d|r` → number). */
async function storedResults(page: Page, code: string): Promise<Record<string, number>> {
  const unit = await readStoredUnit(page, DEMO_PLAN_ID, code);
  return unit?.results ?? {};
}
const november = (results: Record<string, number>) => Object.fromEntries(Object.entries(results).filter(([k]) => k.startsWith('2023-11/')));

/** November's figures as the one-stop system exports them: title rows, the portal's wording, no month column. */
const NOVEMBER = utf8BomCsv('so-lieu-thang-11.csv', [
  'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC CẤP XÃ;;;;;',
  'Mã ĐVHC;Tên đơn vị;Tiếp nhận trực tuyến;Tổng số hồ sơ tiếp nhận;Số HS đã TTTT;Tổng HS có nghĩa vụ tài chính',
  '21952;Thị trấn Tuy Phước;1.120;1.980;310;640',
  '21955;Thị trấn Diêu Trì;905;1.402;250;501',
]);

describe('importing a month\'s statistics', () => {
  const app = useApp();

  test('a CSV of November figures: previewed as «Tháng 11/2023», applied as one change, undone in one step', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const before = await storedResults(page, '21952');
    expect(november(before)).toEqual({});

    const imports = new ImportFlow(page);
    await imports.choose(NOVEMBER);
    expect(await imports.counts()).toEqual({ kind: 'results', adds: 0, updates: 8, unchanged: 0, problems: 0 });
    // The monitoring view is not on screen: a file without a month column goes into the plan's latest month with
    // figures (October in the demo), and the preview says so in words; the user picks November.
    expect(await imports.preview.getAttribute('data-month')).toBe('2023-10');
    expect(await page.getByTestId('results-months').textContent()).toContain('Tháng 10/2023');
    await page.getByTestId('results-month').selectOption('2023-11');
    await eventually(() => imports.preview.getAttribute('data-month')).toBe('2023-11');
    expect(await page.getByTestId('results-months').textContent()).toContain('Tháng 11/2023');
    expect(await page.getByTestId('results-summary').textContent()).toContain('Tháng 11/2023');
    expect(await page.getByTestId('results-change').count()).toBe(8);
    expect(await page.getByTestId('results-change').first().textContent()).toContain('— → 1.120');

    await imports.applyAndClose();
    await plan.waitSaved();
    await eventually(async () => november(await storedResults(page, '21952'))).toEqual({
      '2023-11/online_dossiers/n': 1120, '2023-11/online_dossiers/d': 1980, '2023-11/online_payment/n': 310, '2023-11/online_payment/d': 640,
    });
    expect(november(await storedResults(page, '21955'))).toMatchObject({ '2023-11/online_dossiers/n': 905 });
    // The plan's history says the figures were imported from that file.
    await plan.focus('21952', 'target.online_dossiers');
    await page.getByTestId('cell-history').click();
    await page.getByTestId('history-show-all').click();
    await eventually(() => page.getByTestId('history-panel').getAttribute('data-target')).toBe('all');
    const hows = await page.getByTestId('history-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-how')));
    expect(hows).toEqual(Array.from({ length: 8 }, () => 'imported'));
    expect(await page.getByTestId('history-entry').first().textContent()).toContain('Nhập từ tệp «so-lieu-thang-11.csv»');

    // One undo step takes the whole file back.
    await page.getByTestId('undo').click();
    await plan.waitSaved();
    await eventually(async () => november(await storedResults(page, '21952'))).toEqual({});
    expect(november(await storedResults(page, '21955'))).toEqual({});
    expect(await storedResults(page, '21952')).toEqual(before);
  });

  test('a file with a month column goes into its months; a refused file changes nothing', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const imports = new ImportFlow(page);

    await imports.choose(utf8BomCsv('so-lieu-sai.csv', [
      'Mã;Tháng;Tiếp nhận trực tuyến;Tổng số hồ sơ tiếp nhận',
      '21952;11/2023;1.120;1.980',
      '21955;11/2023;412;160',
      '21953;11/2023;9;14',
    ]));
    expect(await imports.counts()).toMatchObject({ kind: 'results', problems: 2 });
    expect(await imports.problems()).toEqual([
      { line: 3, column: 3, code: 'aboveDenominator', text: 'Dòng 3, cột C (Tiếp nhận trực tuyến): «412» lớn hơn mẫu số 160 (21955 Thị trấn Diêu Trì)' },
      { line: 4, column: 1, code: 'unknownUnit', text: 'Dòng 4, cột A (Mã): đơn vị «21953» không có trong kế hoạch' },
    ]);
    expect(await imports.apply.isDisabled()).toBe(true);
    await imports.dismiss();
    expect(november(await storedResults(page, '21952'))).toEqual({});

    // A damaged workbook: one message naming the file, nothing else.
    await imports.choose({ name: 'so-lieu-hong.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('not a zip at all') });
    expect(await imports.error.locator('p').allTextContents()).toEqual([expect.stringContaining('so-lieu-hong.xlsx')]);
    await imports.dismiss();

    await imports.choose(utf8BomCsv('so-lieu-thang-11-12.csv', [
      'Mã;Tháng;Tiếp nhận trực tuyến;Tổng số hồ sơ tiếp nhận',
      '21952;T11/2023;1.120;1.980',
      '21952;Tháng 12/2023;1.150;2.010',
    ]));
    expect(await imports.preview.getAttribute('data-months')).toBe('2023-11 2023-12');
    expect(await page.getByTestId('results-months').textContent()).toContain('Tháng 11/2023, Tháng 12/2023');
    await imports.applyAndClose();
    await plan.waitSaved();
    await eventually(async () => (await storedResults(page, '21952'))['2023-12/online_dossiers/d']).toBe(2010);
  });

  test('an Excel workbook from the one-stop system, opened in the monitoring view of November: read into November, shown in the grid', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await page.goto(`${baseURL}#/plans/${DEMO_PLAN_ID}/monitoring?month=2023-11`);
    await page.locator('[data-testid="monitoring-grid"] [row-id="21952"]').first().waitFor();
    // As the portal exports it: a title row, its own wording, numbers as numbers, no month column.
    const bytes = await writeWorkbook([{ name: 'Báo cáo', rows: [
      ['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC CẤP XÃ', null, null, null],
      ['Mã ĐVHC', 'Tên đơn vị', 'Tiếp nhận trực tuyến', 'Tổng số hồ sơ tiếp nhận'],
      ['21952', 'Thị trấn Tuy Phước', 1120, 1980],
      ['21955', 'Thị trấn Diêu Trì', 905, 1402],
    ] }]);
    const imports = new ImportFlow(page);
    await imports.choose({ name: 'so-lieu-thang-11.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
    expect(await imports.counts()).toEqual({ kind: 'results', adds: 0, updates: 4, unchanged: 0, problems: 0 });
    // The month on screen is November: the file goes there, and the preview says so without being asked.
    expect(await imports.preview.getAttribute('data-month')).toBe('2023-11');
    expect(await page.getByTestId('results-months').textContent()).toContain('Tháng 11/2023');
    await imports.applyAndClose();
    await plan.waitSaved();
    await eventually(async () => november(await storedResults(page, '21952'))).toEqual({ '2023-11/online_dossiers/n': 1120, '2023-11/online_dossiers/d': 1980 });
    const cell = page.locator('[data-testid="monitoring-grid"] .ag-row[row-id="21955"] .ag-cell[col-id="num.online_dossiers"]');
    await eventually(async () => (await cell.textContent())?.trim()).toBe('905');
  });

  test('a portal workbook with a two-row header, months merged over their blocks and a #DIV/0! rate: read into its months, the rate told', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    // As the portal exports it: `Tháng` and `Mã ĐVHC` over both header rows, a group merged over its two columns
    // (the merge's other cells are empty), the month written once over its block, and a rate formula of 0 / 0.
    const written = await writeWorkbook([{ name: 'Báo cáo', rows: [
      ['Tháng', 'Mã ĐVHC', 'Tiếp nhận hồ sơ', null, 'Thanh toán trực tuyến', null],
      [null, null, 'Tổng số', 'Trực tuyến', 'Tổng HS có nghĩa vụ tài chính', 'Tỷ lệ (%)'],
      ['11/2023', '21952', 1980, 1120, 640, 48.4],
      [null, '21955', 1402, 905, null, 900001],
      ['12/2023', '21952', 2010, 1150, null, null],
    ] }]);
    const parts = unzipSync(written);
    parts['xl/worksheets/sheet1.xml'] = strToU8(strFromU8(parts['xl/worksheets/sheet1.xml']!)
      .replace(/<c r="(F4)"(?: s="\d+")?><v>900001<\/v><\/c>/, '<c r="$1" t="e"><f>0/0</f><v>#DIV/0!</v></c>'));
    const imports = new ImportFlow(page);
    await imports.choose({ name: 'bao-cao-cong-dvc.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(zipSync(parts)) });
    expect(await imports.counts()).toEqual({ kind: 'results', adds: 0, updates: 8, unchanged: 0, problems: 0 });
    expect(await imports.preview.getAttribute('data-months')).toBe('2023-11 2023-12');
    expect(await page.getByTestId('results-div-zero').textContent()).toContain('1 ô tỷ lệ #DIV/0!');
    await imports.applyAndClose();
    await plan.waitSaved();
    await eventually(async () => november(await storedResults(page, '21955'))).toEqual({ '2023-11/online_dossiers/n': 905, '2023-11/online_dossiers/d': 1402 });
    const stored = await storedResults(page, '21952');
    expect(november(stored)).toEqual({ '2023-11/online_dossiers/n': 1120, '2023-11/online_dossiers/d': 1980, '2023-11/online_payment/d': 640, '2023-11/online_payment/r': 4840 });
    expect(stored['2023-12/online_dossiers/n']).toBe(1150);
  });
});
