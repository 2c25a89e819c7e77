// @ts-check
/**
 * (7.) Scrolling: a quick spin of the mouse wheel over the grid, 6,000 px down at 2,400 px/s (about 200 rows in 2.5 s), as
 * Chromium's own synthetic mouse-wheel gesture (wheel ticks at the pace of a real wheel, whatever the driver's latency).
 */
const SCROLL = { distance: 6000, speed: 2400 };
/** The grids scrolled: the floor's bare grid, and the app's plan grid. */
export const FLOOR_GRID = '.ag-grid-viewport';
export const PLAN_GRID = '[data-testid="plan-grid"] .ag-grid-viewport';

/** Scrolls the grid with the mouse wheel (`SCROLL`) and returns the gaps between the frames the page ran meanwhile. */
export async function wheelScroll(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ grid) {
  const box = await page.locator(grid).first().boundingBox();
  if (!box) throw new Error(`no ${grid} to scroll`);
  const at = { x: box.x + box.width * 0.6, y: box.y + box.height * 0.6 };
  await page.mouse.move(at.x, at.y);
  const before = await scrollTop(page);
  await page.waitForTimeout(200);
  await page.evaluate(() => { /** @type {any} */ (window).__scrolling = window.__bench.recordFrames(); });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.synthesizeScrollGesture', { ...at, yDistance: -SCROLL.distance, speed: SCROLL.speed, gestureSourceType: 'mouse', preventFling: true });
  await cdp.detach();
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => /** @type {any} */ (window).__scrolling.stop());
  const after = await scrollTop(page);
  return { ...frames, rowsScrolled: Math.round((after.top - before.top) / Math.max(1, before.height)) };
}

/** How far the grid is scrolled (its viewport's or its scrollbar's), and the height of a row. */
const scrollTop = (/** @type {import('playwright-core').Page} */ page) => page.evaluate(() => {
  const viewport = document.querySelector('.ag-grid-viewport');
  const scrollbar = document.querySelector('.ag-body-vertical-scroll-viewport');
  const row = document.querySelector('[role="row"][row-index]');
  return { top: Math.max(viewport?.scrollTop ?? 0, scrollbar?.scrollTop ?? 0), height: row instanceof HTMLElement ? row.offsetHeight : 1 };
});
