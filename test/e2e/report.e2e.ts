import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { downloadOf, exportPlanFile, ImportFlow, jsonFile } from './support/files';
import { pdfPageCount, readPdf } from './support/pdf';
import { DEMO_PLAN_ID, eventually, PlanPage } from './support/planPage';
import type { PlanFileDoc } from './support/province';

/** The width of A4 landscape inside the report's print margins (297 − 12 − 10 mm), in CSS pixels. */
const PRINT_WIDTH = Math.floor((275 / 25.4) * 96);

async function openReport(page: Page, baseURL: string, planId: string, month: string) {
  await page.goto(`${baseURL}#/plans/${encodeURIComponent(planId)}/report/${month}`);
  await page.locator(`[data-testid="report"][data-month="${month}"]`).waitFor();
}

/**
 * The demo's communes `times` over, under new codes from `firstCode` (names numbered), imported as a plan of their
 * own, with the demo's monthly figures.
 */
async function importDemoTimes(page: Page, baseURL: string, times: number, as: { firstCode: number; id: string; name: string }) {
  const plan = await PlanPage.firstVisit(page, baseURL);
  const doc = JSON.parse((await exportPlanFile(plan)).bytes.toString('utf8')) as PlanFileDoc;
  const units = doc.plan.units;
  doc.plan.units = Array.from({ length: times }, (_, k) => units.map((u, n) => ({ ...u, code: String(as.firstCode + units.length * k + n), name: `${u.name} ${k + 1}` }))).flat();
  doc.plan.id = as.id;
  doc.plan.name = as.name;
  const imports = new ImportFlow(page);
  await imports.choose(jsonFile(`${as.id}.dvctt.json`, doc));
  await imports.applyAndClose();
}

/** The summary's figures as shown: per indicator, its rate so far, target and the units per status. */
function summaryFigures(page: Page) {
  return page.locator('[data-testid="report-summary"] tbody tr').evaluateAll((rows) => rows.map((r) => [
    r.getAttribute('data-indicator'), ...[...r.querySelectorAll('td.num')].map((td) => td.textContent),
  ]));
}

/** Laid out for paper: print media, the window as wide as the page inside the margins; what sticks out, what repeats. */
async function printLayout(page: Page) {
  await page.setViewportSize({ width: PRINT_WIDTH, height: 800 });
  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate(() => {
    const report = document.querySelector('[data-testid="report"]')!;
    const right = report.getBoundingClientRect().right;
    const overflowing = [...report.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > right + 0.5).map((el) => el.outerHTML.slice(0, 80));
    return {
      overflowing, width: document.documentElement.scrollWidth,
      toolsShown: [...document.querySelectorAll('.report-tools, .app-header')].some((el) => el.getClientRects().length > 0),
      theadDisplay: [...report.querySelectorAll('thead')].map((t) => getComputedStyle(t).display),
      rowBreak: [...new Set([...report.querySelectorAll('tbody tr, figure, svg')].map((el) => getComputedStyle(el).breakInside))],
    };
  });
  await page.emulateMedia({ media: 'screen' });
  return layout;
}

describe('the monthly report', () => {
  const app = useApp();

  test('the demo in October 2023: summary, charts with their text, the same figures in the published HTML opened offline, CSV, print', async () => {
    const { page, baseURL, browser } = app();
    await PlanPage.firstVisit(page, baseURL);
    await openReport(page, baseURL, DEMO_PLAN_ID, '2023-10');
    const report = page.getByTestId('report');
    expect(await page.getByTestId('report-issuer').textContent()).toBe('UBND HUYỆN TUY PHƯỚC');
    expect(await page.getByTestId('report-title').textContent()).toBe('BÁO CÁO THÁNG 10/2023');
    const figures = await summaryFigures(page);
    expect(figures.map((f) => f[0])).toEqual(['online_dossiers', 'online_payment', 'digitisation', 'e_results', 'population_db']);
    // Every indicator has a rate so far and the 13 communes are counted once per indicator.
    for (const f of figures) {
      expect(f[1]).toMatch(/^\d+,\d$/);
      expect(f.slice(4).map(Number).reduce((a, b) => a + b, 0)).toBe(13);
    }
    // Charts: a bullet per indicator, two charts per indicator with a table beside each; every SVG has a title and a description.
    expect(await report.locator('[data-testid="report-chart"]').count()).toBe(10);
    expect(await report.locator('[data-testid="report-chart"] table').count()).toBe(10);
    const svgs = await report.locator('svg').evaluateAll((all) => all.map((s) => [s.querySelector('title')?.textContent ?? '', s.querySelector('desc')?.textContent ?? '', s.getAttribute('role')]));
    expect(svgs.length).toBe(5 + 10 + 13 * 5);
    for (const [title, desc, role] of svgs) expect([title!.length > 0, desc!.length > 0, role]).toEqual([true, true, 'img']);
    expect(await report.locator('[data-testid="report-ranking"] tbody tr').count()).toBe(13);

    // The published file: no script, and the same figures when opened offline in a fresh page that runs no script.
    const html = await downloadOf(page, () => page.getByTestId('export-report-html').click());
    expect(html.name).toMatch(/^bao-cao-thang-10-2023-ke-hoach-mau.*\.html$/);
    const text = html.bytes.toString('utf8');
    expect(text).not.toMatch(/<script/i);
    expect(text).toContain('<meta charset="utf-8">');
    const offline = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const published = await offline.newPage();
      const requests: string[] = [];
      published.on('request', (r) => { if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url()); });
      await published.setContent(text);
      expect(await published.locator('h1').textContent()).toBe('BÁO CÁO THÁNG 10/2023');
      expect(await summaryFigures(published)).toEqual(figures);
      expect(await published.locator('svg title').count()).toBe(svgs.length);
      expect(await published.locator('.status-word').first().evaluate((el) => getComputedStyle(el).borderTopStyle)).not.toBe('none');
      expect(requests).toEqual([]);
    } finally {
      await offline.close();
    }

    // The CSV: Excel Việt Nam, the summary's rates as the page shows them.
    const csv = await downloadOf(page, () => page.getByTestId('export-report-csv').click());
    expect(csv.name).toMatch(/^bao-cao-thang-10-2023-.*\.csv$/);
    const csvText = csv.bytes.toString('utf8');
    expect(csvText.startsWith('\uFEFFBáo cáo tháng 10/2023;')).toBe(true);
    const line = csvText.split('\r\n').find((l) => l.startsWith('Hồ sơ trực tuyến;'))!.split(';');
    const num = (text: string | null | undefined) => Number((text ?? '').replace(',', '.'));
    expect([num(line[1]), num(line[2])]).toEqual([num(figures[0]![1]), num(figures[0]![2])]);

    // Another month from the select: its own address and title.
    await page.getByTestId('month').selectOption('2023-09');
    await page.locator('[data-testid="report"][data-month="2023-09"]').waitFor();
    expect(page.url()).toContain(`#/plans/${DEMO_PLAN_ID}/report/2023-09`);
    expect(await page.getByTestId('report-title').textContent()).toBe('BÁO CÁO THÁNG 9/2023');

    // Print: the button asks the browser to print; on paper only the report, within the page, headers repeating, nothing cut.
    await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
    await page.getByTestId('report-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const layout = await printLayout(page);
    expect(layout.overflowing).toEqual([]);
    expect(layout.width).toBeLessThanOrEqual(PRINT_WIDTH);
    expect(layout.toolsShown).toBe(false);
    expect(new Set(layout.theadDisplay)).toEqual(new Set(['table-header-group']));
    expect(layout.rowBreak).toEqual(['avoid']);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    const pages = readPdf(pdf);
    expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
    expect(pages[0]!.lines).toContain('BÁO CÁO THÁNG 9/2023');
  });

  test('a plan of 65 communes: the ranking runs over several pages, its header on each', async () => {
    const { page, baseURL } = app();
    // The demo's communes five times over, under new codes, as a plan of their own.
    await importDemoTimes(page, baseURL, 5, { firstCode: 30000, id: 'report-large', name: 'Kế hoạch lớn' });
    await openReport(page, baseURL, 'report-large', '2023-10');
    expect(await page.locator('[data-testid="report-ranking"] tbody tr').count()).toBe(65);

    const layout = await printLayout(page);
    expect(layout.overflowing).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = readPdf(pdf);
    expect(pdfPageCount(pdf)).toBe(pages.length);
    // The ranking starts under its heading and runs over the following pages, each starting with its header.
    const headingPage = pages.findIndex((p) => p.lines.includes('4. Xếp hạng đơn vị'));
    expect(headingPage).toBeGreaterThanOrEqual(0);
    expect(pages.length - headingPage).toBeGreaterThanOrEqual(2);
    // The report paginates its ranking itself: it starts on a page of its own and each of its parts is one printed page.
    const rankingPages = Number(await page.getAttribute('[data-testid="report-ranking"]', 'data-pages'));
    expect(rankingPages).toBe(4);
    expect(pages.length - headingPage).toBe(rankingPages);
    // Page numbers from the second page on.
    pages.slice(1).forEach((p, i) => expect(p.lines, p.lines.slice(0, 4).join('\n')).toContain(String(i + 2)));
    expect(pages[0]!.lines).not.toContain('1');
    for (const p of pages.slice(headingPage + 1)) expect(p.lines.some((l) => /^Hạng \| Mã \| Đơn vị/.test(l)), p.lines.slice(0, 6).join('\n')).toBe(true);
    // Every commune once under the heading: no row is cut across two pages.
    const lines = pages.flatMap((p) => p.lines);
    const codes = lines.slice(lines.indexOf('4. Xếp hạng đơn vị')).flatMap((l) => [...l.matchAll(/(?:^| \| )(3\d{4})(?= \| |$)/g)].map((m) => m[1]));
    expect(codes.length).toBe(65);
    expect(new Set(codes).size).toBe(65);
    await eventually(() => page.getByTestId('report-page').count()).toBe(1);
  });

  test('a ranking of more than ten pages: its first pages at once, the others added after, all of them on paper', async () => {
    const { page, baseURL } = app();
    // 390 communes (the demo's, thirty times over): past 300 units the ranking is figures only, 13 printed pages.
    await importDemoTimes(page, baseURL, 30, { firstCode: 40000, id: 'report-national', name: 'Kế hoạch rất lớn' });
    await openReport(page, baseURL, 'report-national', '2023-10');
    expect(await page.getAttribute('[data-testid="report-ranking"]', 'data-pages')).toBe('13');
    // Printing adds whatever is not there yet before the browser lays the report out for paper.
    const printed = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return { rows: document.querySelectorAll('[data-testid="report-ranking"] tbody tr').length, parts: document.querySelectorAll('.ranking-part').length };
    });
    expect(printed).toEqual({ rows: 390, parts: 13 });
    await eventually(() => page.getByTestId('report-building').count()).toBe(0);
    const codes = await page.locator('[data-testid="report-ranking"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')));
    expect(new Set(codes).size).toBe(390);
    // The page's report is the published file's, page for page.
    const html = (await downloadOf(page, () => page.getByTestId('export-report-html').click())).bytes.toString('utf8');
    expect((html.match(/<div class="ranking-part">/g) ?? []).length).toBe(13);
    expect((html.match(/<tr data-unit="4\d{4}"/g) ?? []).length).toBeGreaterThanOrEqual(390);
  });
});
