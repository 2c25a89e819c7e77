// @ts-check
/**
 * The browser the benchmark drives: how Chromium is launched, the pages it opens (every one with the probe,
 * test/bench/probe.js), the harness page, and the JS heap of a page.
 * Service workers are blocked in the benchmark's contexts (both sides load their files from the same local
 * server with the same HTTP caching, and a worker's cache would favour the app alone), except in the lines
 * that say the service worker is allowed or installed.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { log, root } from './cli.mjs';

const PROBE = join(root, 'test/bench/probe.js');
export const VIEWPORT = { width: 1366, height: 768 }; // the commonest office laptop screen
export const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
};

/** A page in a fresh context (empty storage and HTTP cache), with the probe. */
export async function newPage(/** @type {import('playwright-core').Browser} */ browser, /** @type {'block' | 'allow'} */ serviceWorkers = 'block') {
  const context = await browser.newContext({ serviceWorkers, viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`  page error: ${e.message}`));
  return { context, page };
}

/** A browser launched on a profile kept on disk (a returning user's), and its page, with the probe. */
export async function launchOnProfile(/** @type {string} */ profile, /** @type {'block' | 'allow'} */ serviceWorkers) {
  const context = await chromium.launchPersistentContext(profile, { ...LAUNCH, serviceWorkers, viewport: VIEWPORT });
  await context.addInitScript({ path: PROBE });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (e) => log(`  page error: ${e.message}`));
  return { context, page };
}

/** The harness page (pages/floor.ts), loaded: it stores both sides' plans, makes the files and runs the floor's imports. */
export async function openHarness(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ base) {
  await page.goto(`${base}/bench/floor.html`);
  await page.waitForFunction(() => window.harness !== undefined);
}

/** The page's JS heap in use, after a garbage collection. */
export const heapBytes = async (/** @type {import('playwright-core').Page} */ page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
};
