// @ts-check
/**
 * The first visit (empty browser): the app opening on its demo plan, the minimal page with a demo-sized table,
 * and the app again with its service worker allowed to register and precache meanwhile; with the milestones of each,
 * and the JavaScript each side fetched before it painted its grid.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { newPage } from './browser.mjs';
import { dirs, log, PROFILE, RUNS } from './cli.mjs';
import { opened } from './probeCalls.mjs';
import { profileFirstVisit } from './profileVisit.mjs';
import { fileFor } from './server.mjs';

export async function firstVisits(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ base) {
  /** @type {Record<string, any>} */
  const out = { app: [], floor: [], appSw: [] };
  const sides = /** @type {const} */ ([['app', `${base}/`, 'block'], ['floor', `${base}/bench/minimal.html?demo`, 'block'], ['appSw', `${base}/`, 'allow']]);
  for (let run = 0; run < RUNS; run++) {
    for (const [side, url, serviceWorkers] of sides) {
      const { context, page } = await newPage(browser, serviceWorkers);
      await page.goto(url);
      const painted = await opened(page);
      if (serviceWorkers === 'allow') {
        await page.waitForFunction(() => window.__bench.marks.swActive !== undefined, null, { timeout: 60_000 })
          .catch(() => log('  the service worker did not become active within 60 s'));
      }
      const visit = await page.evaluate((until) => window.__bench.firstVisit(until), painted.end);
      out[side].push({ ms: painted.ms, longest: painted.longest, visit: { ...visit, painted: painted.ms },
        js: run === 0 && side !== 'appSw' ? await initialJs(page, painted.end) : undefined });
      await context.close();
    }
  }
  if (PROFILE) {
    log('Profiling the first visit…');
    out.profile = await profileFirstVisit(browser, base);
  }
  return out;
}

/** The gzip size of the JavaScript a page fetched before it painted its grid. */
async function initialJs(/** @type {import('playwright-core').Page} */ page, /** @type {number} */ paintedAt) {
  const urls = await page.evaluate((until) => performance.getEntriesByType('resource')
    .filter((e) => e.startTime < until && new URL(e.name).pathname.endsWith('.js')).map((e) => new URL(e.name).pathname), paintedAt);
  let gzip = 0, raw = 0;
  for (const path of new Set(urls)) {
    const bytes = await readFile(fileFor(path, dirs));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...new Set(urls)], raw, gzip };
}
