import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp, VIEWPORT } from './support/browser';
import { ImportFlow, PlanListView, utf8BomCsv } from './support/files';
import { pdfPageCount, type PdfPage } from './support/pdf';
import { DEMO_UNIT_CODES, PlanPage } from './support/planPage';
import { cellsOf, PrintFlow } from './support/print';

/** The demo's communes and townships, in plan order (src/domain/demoPlan.ts). */
const DEMO_NAMES = ['Thị trấn Tuy Phước', 'Thị trấn Diêu Trì', 'Xã Phước Thắng', 'Xã Phước Hưng', 'Xã Phước Quang', 'Xã Phước Hòa',
  'Xã Phước Sơn', 'Xã Phước Hiệp', 'Xã Phước Lộc', 'Xã Phước Nghĩa', 'Xã Phước Thuận', 'Xã Phước An', 'Xã Phước Thành'];
/** A4 landscape in points. */
const A4_LANDSCAPE = { width: 841.92, height: 594.96 };
/** The page box of A4 landscape inside the print margins (297 − 30 − 15 mm by 210 − 20 − 20 mm), in CSS pixels. */
const PAGE_BOX = { width: Math.floor((252 / 25.4) * 96), height: Math.floor((170 / 25.4) * 96) };
const APP_ONLY = ['Sẵn sàng gửi', 'Nháp', 'Kế hoạch mẫu', 'Chỉ tiêu tỉnh giao', 'Xuất CSV', 'In phụ lục', '✓', '✗'];

const textOf = (pages: PdfPage[]) => pages.flatMap((p) => p.lines).join('\n');
/** How many table cells of the PDF read exactly `text`. */
const cellCount = (pages: PdfPage[], text: string) => pages.flatMap((p) => p.lines.flatMap(cellsOf)).filter((c) => c === text).length;

/**
 * The appendix as laid out for paper, checked in the DOM: print media, the window as wide as the page box
 * inside the margins, the appendix rendered as on `beforeprint`.
 */
async function printLayout(page: Page) {
  await page.setViewportSize(PAGE_BOX);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  try {
    return await page.getByTestId('print-appendix').evaluate((appendix) => {
      const box = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null;
      };
      const lineCount = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      };
      const style = (el: Element | null) => (el ? getComputedStyle(el) : null);
      const shown = (selector: string) => [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0);
      return {
        page: box(appendix),
        issuer: box(appendix.querySelector('[data-testid="print-issuer"]')),
        title: box(appendix.querySelector('.print-subject')),
        decision: box(appendix.querySelector('[data-testid="print-decision"]')),
        decisionStyle: style(appendix.querySelector('[data-testid="print-decision"]'))?.fontStyle,
        table: box(appendix.querySelector('table')),
        signature: box(appendix.querySelector('[data-testid="print-signature-block"]')),
        fontFamily: style(appendix)?.fontFamily,
        fontSize: style(appendix)?.fontSize,
        theadDisplay: style(appendix.querySelector('thead'))?.display,
        rowBreakInside: [...appendix.querySelectorAll('tbody tr')].map((tr) => getComputedStyle(tr).breakInside),
        nameLines: [...appendix.querySelectorAll('td.name')].map(lineCount),
        appChromeShown: shown('.app-header') || shown('[data-testid="plan-grid"]') || shown('.toolbar') || shown('[data-testid="plan-status"]'),
      };
    });
  } finally {
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(VIEWPORT);
  }
}

describe('the printed appendix, as attached to the district\'s decision', () => {
  const app = useApp();

  test('the demo plan: the decision typed in the print dialog, one landscape page in the form of Decree 30, remembered for the next print', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const print = new PrintFlow(page);
    await print.stubPrint();

    // "In phụ lục" asks first; nothing is known yet, and the signature block is off.
    await print.open();
    expect(await print.number.inputValue()).toBe('');
    expect(await print.date.inputValue()).toBe('');
    expect(await print.signature.isChecked()).toBe(false);
    await print.number.fill('1234');
    await print.date.fill('2023-08-05');
    await print.print();

    // The layout for paper: nothing of the app, the issuing body top left, the title centred, the decision in
    // italics, serif text, the table within the page, every name on one line, the header repeated on each page.
    const layout = await printLayout(page);
    expect(layout.appChromeShown).toBe(false);
    expect(layout.fontFamily).toMatch(/^"Times New Roman", Tinos, "Liberation Serif"/);
    expect(parseFloat(layout.fontSize ?? '')).toBeCloseTo((13 * 96) / 72, 2);
    const pageBox = layout.page!;
    expect(layout.issuer!.left - pageBox.left).toBeLessThan(2);
    expect(layout.issuer!.bottom).toBeLessThanOrEqual(layout.title!.top);
    expect(Math.abs((layout.title!.left + layout.title!.right) / 2 - (pageBox.left + pageBox.right) / 2)).toBeLessThan(2);
    expect(layout.decisionStyle).toBe('italic');
    expect(layout.table!.right).toBeLessThanOrEqual(pageBox.right + 0.5);
    expect(layout.theadDisplay).toBe('table-header-group');
    expect(new Set(layout.rowBreakInside)).toEqual(new Set(['avoid']));
    expect(layout.nameLines).toEqual(DEMO_NAMES.map(() => 1));

    // The PDF: one landscape A4 page; what an official reads there.
    let pdf = await print.pdf('demo');
    expect(pdfPageCount(pdf.bytes)).toBe(1);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
    expect(pdf.pages[0]!.height).toBeCloseTo(A4_LANDSCAPE.height, 0);
    const lines = pdf.pages[0]!.lines;
    expect(lines.slice(0, 4)).toEqual([
      'UBND HUYỆN TUY PHƯỚC',
      'PHỤ LỤC',
      'CHỈ TIÊU DỊCH VỤ CÔNG TRỰC TUYẾN GIAO CHO CẤP XÃ 6 THÁNG CUỐI NĂM 2023',
      '(Kèm theo Quyết định số 1234/QĐ-UBND ngày 05 tháng 8 năm 2023 của Ủy ban nhân dân huyện Tuy Phước)',
    ]);
    // Each indicator's rule as such: the weighted one says so, so that a commune under 45 is not read as failed.
    expect(cellCount(pdf.pages, '≥ 50 từng xã')).toBe(1);
    expect(cellCount(pdf.pages, '≥ 45 bình quân')).toBe(1);
    expect(cellCount(pdf.pages, '(sàn 30)')).toBe(1);
    expect(cellCount(pdf.pages, '≥ 70 từng xã')).toBe(1);
    expect(cellCount(pdf.pages, '100 bắt buộc')).toBe(2);
    // Every commune once, on a line of its own with its number and code.
    for (const [n, name] of DEMO_NAMES.entries()) {
      expect(cellCount(pdf.pages, name)).toBe(1);
      expect(lines.find((l) => cellsOf(l)[2] === name)?.startsWith(`${n + 1} | ${DEMO_UNIT_CODES[n]!} | ${name} | `)).toBe(true);
    }
    expect(lines.some((l) => l.startsWith('Tổng hợp (bình quân theo số hồ sơ) | 47,7 | 58,6 | 46,2 |'))).toBe(true);
    expect(lines.at(-1)).toBe('Ghi chú: Số liệu minh họa, không phải số liệu chính thức. Illustrative figures, not official data.');
    for (const chrome of APP_ONLY) expect(textOf(pdf.pages)).not.toContain(chrome);
    // After printing the page is the app again.
    await print.appendix.waitFor({ state: 'detached' });
    await plan.waitForGrid('21952');

    // The next print starts from what was typed, after a reload too; this time with the signature block.
    await plan.reload();
    await print.stubPrint();
    await print.open();
    expect(await print.number.inputValue()).toBe('1234');
    expect(await print.date.inputValue()).toBe('2023-08-05');
    await print.signature.check();
    expect(await print.signerAuthority.inputValue()).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(await print.signerTitle.inputValue()).toBe('CHỦ TỊCH');
    await print.signerName.fill('Nguyễn Văn A');
    await print.print();
    const signed = await printLayout(page);
    expect(signed.signature!.right).toBeCloseTo(signed.page!.right, 0);
    expect(signed.signature!.top).toBeGreaterThan(signed.table!.bottom);
    pdf = await print.pdf('demo-signed');
    // The block stays with the end of the table: never alone on a page.
    const last = pdf.pages.at(-1)!.lines;
    expect(last.some((l) => l.startsWith('Tổng hợp (bình quân theo số hồ sơ) |'))).toBe(true);
    expect(last.some((l) => l.startsWith('13 | 21988 | Xã Phước Thành |'))).toBe(true);
    const block = ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A'];
    expect(last.filter((l) => block.includes(l))).toEqual(block);
    for (const name of DEMO_NAMES) expect(cellCount(pdf.pages, name)).toBe(1);

    // Cancel prints nothing.
    const calls = await print.printCalls();
    await print.open();
    await page.getByTestId('print-dialog').getByRole('button', { name: 'Hủy' }).click();
    await print.dialog.waitFor({ state: 'detached' });
    expect(await print.printCalls()).toBe(calls);
  });

  test('a plan of 160 communes: several pages, the header on each, page numbers from page 2, dotted blanks for an unknown decision', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanListView(page);
    await list.open(baseURL);
    const units = Array.from({ length: 160 }, (_, n) => ({
      code: String(23000 + 3 * n), name: `${n % 7 === 0 ? 'Phường' : 'Xã'} Thử Nghiệm ${String(n + 1).padStart(3, '0')}`, volume: 600 + 37 * n,
    }));
    const imports = new ImportFlow(page);
    await imports.choose(utf8BomCsv('Danh sach xa 2026-H1.csv', ['Mã;Tên đơn vị;Loại;Số hồ sơ dự kiến',
      ...units.map((u) => `${u.code};${u.name};${u.name.split(' ')[0]!};${u.volume}`)]));
    expect(await imports.counts()).toMatchObject({ kind: 'csv', adds: 160, problems: 0 });
    await imports.applyAndClose();
    const plan = new PlanPage(page);
    await plan.waitForGrid(units[0]!.code);
    // The allocating unit (since 2025 a province allocates to its communes directly).
    await page.locator('.plan-heading').getByRole('button', { name: 'Sửa' }).click();
    const info = page.getByTestId('plan-info-dialog');
    await info.locator('input[name="period"]').fill('2026-H1');
    await info.locator('input[name="allocatingUnit"]').fill('UBND tỉnh Gia Lai');
    await page.getByTestId('plan-info-ok').click();
    await page.getByTestId('plan-info-dialog').waitFor({ state: 'detached' });
    await plan.waitSaved();

    const print = new PrintFlow(page);
    await print.stubPrint();
    await print.open();
    await print.print();

    const layout = await printLayout(page);
    expect(layout.nameLines).toEqual(units.map(() => 1));
    expect(layout.table!.right).toBeLessThanOrEqual(layout.page!.right + 0.5);

    const { bytes, pages } = await print.pdf('long');
    const count = pdfPageCount(bytes);
    expect(count).toBe(pages.length);
    expect(count).toBeGreaterThanOrEqual(4);
    const all = textOf(pages);
    expect(pages[0]!.lines.slice(0, 4)).toEqual([
      'UBND TỈNH GIA LAI',
      'PHỤ LỤC',
      'CHỈ TIÊU DỊCH VỤ CÔNG TRỰC TUYẾN GIAO CHO CẤP XÃ 6 THÁNG ĐẦU NĂM 2026',
      '(Kèm theo Quyết định số ……/QĐ-UBND ngày …… tháng …… năm 20…… của Ủy ban nhân dân tỉnh Gia Lai)',
    ]);
    for (const [n, p] of pages.entries()) {
      expect(p.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
      // Decree 30: no number on the first page, then the number alone, centred at the top.
      if (n > 0) expect(p.lines[0]).toBe(String(n + 1));
      // The table's header on every page.
      expect(p.lines.some((l) => l.startsWith('STT | Mã | Tên đơn vị | Loại')), `header on page ${n + 1}`).toBe(true);
    }
    expect(pages[0]!.lines[0]).toBe('UBND TỈNH GIA LAI');
    // Every unit exactly once, whole on one line (rows are not split across pages), in order.
    const rows = pages.flatMap((p) => p.lines.filter((l) => /^\d+ \| \d{5} \| /.test(l)).map(cellsOf));
    expect(rows.map((r) => r.slice(0, 4))).toEqual(units.map((u, n) => [String(n + 1), u.code, u.name, u.name.split(' ')[0]]));
    for (const u of units) expect(cellCount(pages, u.name)).toBe(1);
    expect(pages.at(-1)!.lines.some((l) => l.startsWith('Tổng hợp (bình quân theo số hồ sơ)'))).toBe(true);
    for (const chrome of APP_ONLY) expect(all).not.toContain(chrome);
  });

  test('a message still shown after an import floats over the page: the grid keeps its size, and the appendix does not print it', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await plan.waitForGrid('21952');
    const before = await plan.grid.boundingBox();
    const imports = new ImportFlow(page);
    await imports.choose(utf8BomCsv('Tuy Phuoc.csv', ['Mã;Tên đơn vị;Chỉ tiêu Hồ sơ trực tuyến', '21952;Thị trấn Tuy Phước;66']));
    expect(await imports.counts()).toMatchObject({ kind: 'csv', updates: 1, problems: 0 });
    await imports.applyAndClose();
    const message = page.getByTestId('app-message');
    await message.waitFor();
    expect(await message.innerText()).toContain('Đã nhập');
    await plan.waitSaved();
    expect(await plan.grid.boundingBox()).toEqual(before);

    const print = new PrintFlow(page);
    await print.stubPrint();
    await print.open();
    await print.print();
    const { pages } = await print.pdf('demo-after-import');
    expect(pages).toHaveLength(1);
    expect(textOf(pages)).not.toContain('Đã nhập');
    expect(await message.isVisible()).toBe(true);
  });

  test('in English: the same appendix in English words', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await plan.setLanguage('en');
    await plan.waitForGrid('21952');
    const print = new PrintFlow(page);
    await print.stubPrint();
    await print.open();
    await print.number.fill('07/2023/QĐ-UBND');
    await print.date.fill('2023-08-05');
    await print.print();
    const { pages } = await print.pdf('demo-en');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.lines.slice(0, 4)).toEqual([
      'UBND HUYỆN TUY PHƯỚC',
      'APPENDIX',
      'ONLINE PUBLIC SERVICE TARGETS FOR THE COMMUNE LEVEL, SECOND HALF OF 2023',
      '(Attached to Decision No. 07/2023/QĐ-UBND dated 05/08/2023 of UBND huyện Tuy Phước)',
    ]);
    expect(cellCount(pages, '≥ 45 weighted')).toBe(1);
    expect(cellCount(pages, '(floor 30)')).toBe(1);
    expect(cellCount(pages, '100 mandatory')).toBe(2);
  });
});
