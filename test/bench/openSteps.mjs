// @ts-check
/**
 * Opening a stored plan, on each side, in the page of one run (its plans stored by the harness):
 * - (1.) by address: navigation start → the grid painted, after one visit that warms the HTTP cache; and (6.) the JS
 *   heap once it is open;
 * - (1'.) again in the loaded page, as a plan is opened from the plan list (the app's code already loaded): the
 *   median of REOPENS opens on each side, since one open of a district's plan (some 100–200 ms) varies by half
 *   from one time to the next.
 */
import { heapBytes } from './browser.mjs';
import { arm, opened, result, SAVED } from './probeCalls.mjs';
import { medianMeasure } from './stats.mjs';

/** Opens from the list (and the floor's reopens) per run; the one of median time is kept. */
const REOPENS = 5;


/** A data row of a grid (not the minimum or aggregate rows). */
export const DATA_ROW = '[role="row"][row-id]:not([row-id="min"]):not([row-id="aggregate"])';

/** The floor's minimal page: opened, its heap, and its table opened again in the loaded page. */
export async function openFloor(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ base) {
  await page.goto(`${base}/bench/minimal.html`);
  await opened(page);
  await page.reload();
  const floorOpen = await opened(page);
  await page.waitForFunction(() => window.floorReady === true);
  const floorHeap = await heapBytes(page);
  const floorOpenInApp = await medianMeasure(REOPENS, async () => (await page.evaluate(() => window.floorReopen?.())) ?? { ms: Number.NaN });
  return { floorOpen, floorHeap, floorOpenInApp };
}

/** The app at the plan's address: opened and saved, its heap, then the plan opened from the plan list. */
export async function openApp(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ base, /** @type {string} */ planId) {
  await page.goto(`${base}/#/plans/${planId}`);
  await opened(page);
  await page.reload();
  const open = await opened(page);
  await page.waitForSelector(SAVED);
  const heap = await heapBytes(page);
  const openInApp = await medianMeasure(REOPENS, () => openFromList(page, planId));
  return { open, heap, openInApp };
}

/** Back to the plan list, then the plan opened from it (the app's code already loaded) → painted. */
export async function openFromList(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ planId) {
  await page.evaluate(() => { location.hash = '#/'; });
  const planLink = `[data-testid="plan-row"][data-plan-id="${planId}"] a`;
  await page.waitForSelector(planLink);
  await page.waitForTimeout(50);
  await arm(page, 'openInApp', { type: 'click', selector: planLink }, { present: `[data-testid="plan-page"] ${DATA_ROW}` });
  await page.click(planLink);
  const painted = (await result(page, 'openInApp')).painted;
  await page.waitForSelector(SAVED);
  return painted;
}
