// @ts-check
/** The driver's side of the probe (test/bench/probe.js): the calls every step of the benchmark makes into a page. */

/** The save badge once everything is stored. */
export const SAVED = '[data-testid="save-status"][data-state="saved"]';

/** What the probe measured for the step armed under `name` (it waits for the outcome). */
export const result = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) =>
  page.evaluate((n) => window.__bench.results[n], name);
/** The page's open: navigation start → the first data row painted. */
export const opened = (/** @type {import('playwright-core').Page} */ page) => page.evaluate(() => window.__bench.open);
/** Times the next `trigger` (an event) until `done` (see the probe's `Done`); `result(page, name)` gives the figures. */
export const arm = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name, /** @type {object} */ trigger, /** @type {object} */ done) =>
  page.evaluate(([n, t, d]) => window.__bench.arm(n, t, d), /** @type {const} */ ([name, trigger, done]));
