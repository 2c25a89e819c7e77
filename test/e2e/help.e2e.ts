import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { DEMO_PLAN_ID, eventually, PlanPage, waitForServiceWorker } from './support/planPage';

const SECTIONS_VI = [
  '1. Tạo kế hoạch từ danh sách xã', '2. Nhập chỉ tiêu tỉnh giao', '3. Dán số liệu từ Excel', '4. In phụ lục kèm quyết định',
  '5. Gửi kế hoạch cho tỉnh', '6. Cảnh báo và lỗi: ý nghĩa, cách sửa', '7. Giữ an toàn số liệu', '8. Dùng bàn phím',
  '9. Đề xuất phân bổ', '10. Lưu và so sánh các phương án', '11. Theo dõi kết quả hằng tháng',
];
const SECTIONS_EN = [
  '1. Create a plan from a list of communes', '2. Enter the province\'s assignment', '3. Paste from Excel', '4. Print the appendix for the decision',
  '5. Send the plan to the province', '6. Warnings and errors: what they mean, how to fix them', '7. Keeping the data safe', '8. Keyboard',
  '9. Propose an allocation', '10. Saving and comparing versions', '11. Follow the results month by month',
];
const RULES = ['outOfRange', 'tooManyDecimals', 'belowMin', 'belowFloor', 'aggregateBelowMin', 'aggregateBelowOwnTarget', 'mandatory', 'belowBaseline', 'missing', 'minUnset'];

/** The user guide (`#/help`), through its hooks: `help`, `help-page`, `help-back`, `help-contents`, `help-section[data-section]`. */
class HelpGuide {
  readonly root: Locator;
  readonly contents: Locator;
  readonly back: Locator;
  readonly sections: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('help-page');
    this.contents = page.getByTestId('help-contents');
    this.back = page.getByTestId('help-back');
    this.sections = this.root.getByTestId('help-section');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('help').click();
    await this.root.waitFor({ state: 'visible' });
  }

  title(): Promise<string | null> {
    return this.root.locator('h1').textContent();
  }

  sectionTitles(): Promise<string[]> {
    return this.sections.locator('h2').allTextContents();
  }

  heading(id: string): Locator {
    return this.root.locator(`[data-testid="help-section"][data-section="${id}"] h2`);
  }

  /** How far a section's heading is from the top of the guide's scrolling area, in pixels. */
  headingOffset(id: string): Promise<number> {
    return this.heading(id).evaluate((h) => h.getBoundingClientRect().top - (h.closest('.help-page')?.getBoundingClientRect().top ?? 0));
  }

  /** Whether the guide's code has been fetched by this page (it is not part of the first screen). */
  codeLoaded(): Promise<boolean> {
    return this.page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/assets\/HelpPage-[\w-]+\.js$/.test(new URL(e.name).pathname)));
  }
}

describe('the user guide', () => {
  const app = useApp();

  test('opens from the header, its contents lead to each section, and Back returns to the plan', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const guide = new HelpGuide(page);
    // The first screen does not carry the guide: it comes when asked for.
    expect(await guide.codeLoaded()).toBe(false);
    expect(await page.getByTestId('help').textContent()).toBe('Hướng dẫn');

    await guide.open();
    expect(page.url()).toBe(`${baseURL}#/help`);
    expect(await guide.codeLoaded()).toBe(true);
    expect(await guide.title()).toBe('Hướng dẫn sử dụng');
    expect(await guide.root.getAttribute('lang')).toBe('vi');
    expect(await page.getByTestId('help').getAttribute('aria-current')).toBe('page');
    expect(await guide.sectionTitles()).toEqual(SECTIONS_VI);
    expect(await guide.contents.getByRole('link').allTextContents()).toEqual(SECTIONS_VI);
    // Every rule is explained, and the headings go in order: one h1, then h2 (contents, sections), then h3.
    expect(await guide.root.getByTestId('help-rule').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')))).toEqual(RULES);
    const levels = await guide.root.locator('h1, h2, h3, h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels.every((l, i) => i === 0 || l <= levels[i - 1]! + 1)).toBe(true);

    // A contents link brings its section to the top of the guide and gives its heading the focus.
    expect(await guide.headingOffset('issues')).toBeGreaterThan(1000);
    await guide.contents.getByRole('link', { name: '6. Cảnh báo và lỗi: ý nghĩa, cách sửa' }).click();
    await eventually(() => page.url()).toBe(`${baseURL}#/help/issues`);
    await eventually(() => guide.headingOffset('issues')).toBeLessThan(30);
    expect(await guide.headingOffset('issues')).toBeGreaterThanOrEqual(-1);
    expect(await guide.heading('issues').evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await guide.contents.getByRole('link', { name: '6. Cảnh báo và lỗi: ý nghĩa, cách sửa' }).getAttribute('aria-current')).toBe('location');
    await guide.contents.getByRole('link', { name: '3. Dán số liệu từ Excel' }).click();
    await eventually(() => guide.headingOffset('paste')).toBeLessThan(30);
    expect(await guide.headingOffset('paste')).toBeGreaterThanOrEqual(-1);
    // The last section cannot come to the top of a tall window: it comes into view, its heading focused.
    const last = (await guide.sections.last().getAttribute('data-section')) ?? '';
    await guide.contents.getByRole('link', { name: SECTIONS_VI[SECTIONS_VI.length - 1]! }).click();
    await eventually(() => guide.heading(last).evaluate((h) => h === document.activeElement)).toBe(true);
    const visible = await guide.root.evaluate((el) => el.clientHeight);
    expect(await guide.headingOffset(last)).toBeGreaterThanOrEqual(-1);
    expect(await guide.headingOffset(last)).toBeLessThan(visible - 40);

    // Back to where the guide was opened from: the plan.
    expect(await guide.back.textContent()).toBe('← Quay lại');
    await guide.back.click();
    await plan.waitForGrid('21952');
    expect(page.url()).toBe(`${baseURL}#/plans/${DEMO_PLAN_ID}`);
    expect(await page.getByTestId('help').getAttribute('aria-current')).toBeNull();

    // A section's address opens at that section, as a bookmark does; with nothing before it, Back leads to the plan list.
    await page.goto(`${baseURL}#/help/paste`);
    await page.reload();
    await guide.root.waitFor({ state: 'visible' });
    await eventually(() => guide.headingOffset('paste')).toBeLessThan(30);
    expect(await guide.back.getAttribute('href')).toBe('#/');
  });

  test('follows the interface language: English when English is chosen, and back', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const guide = new HelpGuide(page);
    await guide.open();
    await guide.contents.getByRole('link', { name: '6. Cảnh báo và lỗi: ý nghĩa, cách sửa' }).click();
    await eventually(() => guide.headingOffset('issues')).toBeLessThan(30);

    await plan.setLanguage('en');
    await eventually(() => guide.title()).toBe('User guide');
    expect(await guide.root.getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('help').textContent()).toBe('Help');
    expect(await guide.back.textContent()).toBe('← Back');
    expect(await guide.sectionTitles()).toEqual(SECTIONS_EN);
    expect(await guide.root.getByTestId('help-rule').count()).toBe(RULES.length);
    expect(await guide.root.locator('[data-rule="belowMin"] td').first().textContent()).toBe('Below the general target of 50% (short by 2)');
    // The section being read stays in view.
    await eventually(() => guide.headingOffset('issues')).toBeLessThan(30);
    expect(await guide.headingOffset('issues')).toBeGreaterThanOrEqual(-1);

    await plan.setLanguage('vi');
    await eventually(() => guide.title()).toBe('Hướng dẫn sử dụng');
    expect(await guide.sectionTitles()).toEqual(SECTIONS_VI);
    expect(await guide.root.locator('[data-rule="belowMin"] td').first().textContent()).toBe('Thấp hơn chỉ tiêu giao chung 50% (thiếu 2)');
  });

  test('opens offline, from the precache, and again after a reload', async () => {
    const { page, context, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const guide = new HelpGuide(page);
    await waitForServiceWorker(page);

    await context.setOffline(true);
    const offline = page.getByTestId('offline-indicator');
    await offline.waitFor({ state: 'visible' });
    // A reload with no network, then the guide asked for the first time in this page: its code comes from the precache.
    expect((await page.reload())?.fromServiceWorker()).toBe(true);
    await plan.waitForGrid('21952');
    expect(await guide.codeLoaded()).toBe(false);
    await guide.open();
    expect(await guide.title()).toBe('Hướng dẫn sử dụng');
    expect(await guide.sectionTitles()).toEqual(SECTIONS_VI);

    // And at the guide's own address, reloaded offline.
    await guide.contents.getByRole('link', { name: '7. Giữ an toàn số liệu' }).click();
    await eventually(() => page.url()).toBe(`${baseURL}#/help/data`);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await guide.root.waitFor({ state: 'visible' });
    expect(await guide.sectionTitles()).toEqual(SECTIONS_VI);
    await eventually(() => guide.headingOffset('data')).toBeLessThan(30);
    await offline.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await context.setOffline(false);
    await offline.waitFor({ state: 'detached' });
  });
});
