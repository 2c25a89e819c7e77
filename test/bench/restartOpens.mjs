// @ts-check
/**
 * Cold opens by address after a browser restart: a browser profile on disk where a returning user has the plan
 * stored and has used the app before (its files in the HTTP cache), closed; then a new browser on the same
 * profile loads `#/plans/<id>`. Per run: that cold open, then the open from the plan list in the same session
 * (the comparison), then a reload with the HTTP cache cleared. A second profile has the service worker installed
 * (it controls the page after the restart, as for an installed app), for the same cold open through it. The floor
 * (its bare grid over its own table, on the first profile) is opened the same way after its own restart, then again
 * in that page: what the stack itself pays for a restart, beside the app's figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOnProfile, openHarness } from './browser.mjs';
import { BIG, BIG_RUNS, log, RESTART_RUNS } from './cli.mjs';
import { openFromList } from './openSteps.mjs';
import { opened, SAVED } from './probeCalls.mjs';

/** @typedef {{ block: string, allow: string }} Profiles the profile folders, without and with the service worker */

export async function restartOpens(/** @type {string} */ base, /** @type {number} */ size) {
  const profiles = { block: await mkdtemp(join(tmpdir(), 'dvctt-bench-')), allow: await mkdtemp(join(tmpdir(), 'dvctt-bench-sw-')) };
  const runs = [];
  try {
    await returningUser(profiles, base, size);
    const runCount = size >= BIG ? Math.min(BIG_RUNS, RESTART_RUNS) : RESTART_RUNS;
    for (let run = 0; run < runCount; run++) {
      const opens = await restartOnce(profiles, base, size);
      runs.push(opens);
      log(`  ${size.toLocaleString('en')} units, cold open after a restart ${run + 1}/${runCount}: ${opens.cold.ms.toFixed(0)} ms (from the list ${opens.fromList.ms.toFixed(0)} ms)`);
    }
  } finally {
    await rm(profiles.block, { recursive: true, force: true });
    await rm(profiles.allow, { recursive: true, force: true });
  }
  return { runs };
}

/** Both profiles made a returning user's: the plan stored, opened once (its files cached), the worker in control. */
async function returningUser(/** @type {Profiles} */ profiles, /** @type {string} */ base, /** @type {number} */ size) {
  for (const serviceWorkers of /** @type {const} */ (['block', 'allow'])) {
    const { context, page } = await launchOnProfile(profiles[serviceWorkers], serviceWorkers);
    await openHarness(page, base);
    // Both sides' tables on the first profile (the floor's cold open is measured there too); the app's on the other.
    await page.evaluate(([n, appOnly]) => window.harness.seed(n, appOnly), /** @type {const} */ ([size, serviceWorkers === 'allow']));
    if (serviceWorkers === 'block') {
      await page.goto(`${base}/bench/minimal.html`);
      await opened(page);
    }
    await page.goto(`${base}/#/plans/bench-${size}`);
    await opened(page);
    await page.waitForSelector(SAVED);
    if (serviceWorkers === 'allow') await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await context.close();
  }
}

/** One restart on each profile: the cold open, the open from the list and the reload without HTTP cache; the same through the worker. */
async function restartOnce(/** @type {Profiles} */ profiles, /** @type {string} */ base, /** @type {number} */ size) {
  const planId = `bench-${size}`;
  const planUrl = `${base}/#/plans/${planId}`;
  let { context, page } = await launchOnProfile(profiles.block, 'block');
  await page.goto(planUrl);
  const cold = await opened(page);
  const visit = await page.evaluate((until) => window.__bench.firstVisit(until), cold.end);
  await page.waitForSelector(SAVED);
  const fromList = await openFromList(page, planId);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  await page.reload();
  const cleared = await opened(page);
  await page.waitForSelector(SAVED);
  await context.close();
  ({ context, page } = await launchOnProfile(profiles.allow, 'allow'));
  await page.goto(planUrl);
  const coldSw = await opened(page);
  const swControlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  await page.waitForSelector(SAVED);
  await context.close();
  ({ context, page } = await launchOnProfile(profiles.block, 'block'));
  await page.goto(`${base}/bench/minimal.html`);
  const floorCold = await opened(page);
  await page.waitForFunction(() => window.floorReady === true);
  const floorReopen = await page.evaluate(() => window.floorReopen?.());
  await context.close();
  return { cold, visit, fromList, cleared, coldSw, swControlled, floorCold, floorReopen };
}
