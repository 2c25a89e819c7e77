// @ts-check
/**
 * `npm run bench`: DVCTT Planner against the floor of its own stack, in one headless Chromium.
 *
 * For plans of 159, 10,598 and 100,000 member units (five indicators), each run opens a fresh browser
 * context (empty IndexedDB and HTTP cache), stores the plan through the app's own repository and the same
 * rows in a bare Dexie table, then measures the app and the bare libraries side by side, so that every
 * line of the report is a ratio measured in the same run and the same browser.
 * Options:
 *   --sizes 159,10598,100000  plan sizes (units)
 *   --runs 5                  runs per size (and first visits per side)
 *   --big-runs 1              runs at sizes of 100,000 units or more (each is long; their targets are about the longest task)
 *   --edits 10                edits typed per run
 *   --large 10598             sizes at which scrolling and the cold open after a browser restart (at most 3 runs) are measured
 *   --only first-visit,sizes,restart   the groups to run (all by default)
 *   --profile                 also profile the first visit (sampling profiler, by package; builds source maps)
 *   --verbose                 also log how long each step of a run took
 *   --out bench-results
 * Service workers are blocked in the benchmark's contexts (both sides load their files from the same local
 * server with the same HTTP caching, and a worker's cache would favour the app alone), except in the lines
 * that say the service worker is allowed or installed.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { fileFor, serve } from './server.mjs';
import { quantile, summary } from './stats.mjs';
import { report } from './report.mjs';
import { sourceLookup } from './sourceMap.mjs';
import { arm, opened, result, SAVED } from './probeCalls.mjs';
import { measureProposal } from './proposalStep.mjs';
import { measureBlocks } from './blockSteps.mjs';
import { measureMonitoring } from './monitoringStep.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? String(process.argv[i + 1]) : fallback;
};
const numbers = (/** @type {string} */ text) => text.split(',').filter((s) => s !== '').map(Number);
const SIZES = numbers(option('sizes', '159,10598,100000'));
const RUNS = Number(option('runs', '5'));
const BIG = 100_000;
const BIG_RUNS = Number(option('big-runs', String(Math.min(RUNS, 1))));
const EDITS = Number(option('edits', '10'));
const LARGE = new Set(numbers(option('large', '10598')));
const GROUPS = new Set(option('only', 'first-visit,sizes,restart').split(','));
const PROFILE = process.argv.includes('--profile');
const VERBOSE = process.argv.includes('--verbose');
const PROFILE_RUNS = 3;
const OUT = resolve(root, option('out', 'bench-results'));
const dirs = { appDir: join(root, '.bench/app'), pagesDir: join(root, '.bench/pages') };
const PROBE = join(root, 'test/bench/probe.js');
const VIEWPORT = { width: 1366, height: 768 }; // the commonest office laptop screen
const EDIT_COLUMN = 'target.online_dossiers';
const FLOOR_EDIT_COLUMN = 't_online_dossiers';
const DATA_ROW = '[role="row"][row-id]:not([row-id="min"]):not([row-id="aggregate"])';
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
};
// Scrolling: a quick spin of the mouse wheel over the grid, 6,000 px down at 2,400 px/s (about 200 rows in 2.5 s), as
// Chromium's own synthetic mouse-wheel gesture (wheel ticks at the pace of a real wheel, whatever the driver's latency).
const SCROLL = { distance: 6000, speed: 2400 };
// Cold opens after a browser restart: each run is two browser launches.
const RESTART_RUNS = Math.min(RUNS, 3);

const log = (/** @type {string} */ s) => process.stderr.write(`${s}\n`);
/** Logs (with --verbose) how long the steps of a run take: `step('name')` ends the step before. */
const steps = () => {
  let t = Date.now();
  return (/** @type {string} */ name) => {
    if (VERBOSE) log(`    ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
  };
};

async function buildAll() {
  log('Building the app and the benchmark pages…');
  // Hidden source maps (the same code, no comment pointing at them) only when profiling: the profile names packages.
  const sourcemap = PROFILE ? 'hidden' : false;
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dirs.appDir, emptyOutDir: true, sourcemap } });
  const pages = join(root, 'test/bench/vite.config.ts');
  for (const [i, page] of ['minimal', 'floor'].entries()) {
    await build({ configFile: pages, build: { outDir: dirs.pagesDir, emptyOutDir: i === 0, sourcemap, rollupOptions: { input: join(root, `test/bench/pages/${page}.html`) } } });
  }
}

/** @param {import('playwright-core').Page} page */
const heapBytes = async (page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
};

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

/** A page in a fresh context (empty storage and HTTP cache), with the probe. */
async function newPage(/** @type {import('playwright-core').Browser} */ browser, /** @type {'block' | 'allow'} */ serviceWorkers = 'block') {
  const context = await browser.newContext({ serviceWorkers, viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`  page error: ${e.message}`));
  return { context, page };
}

/** Back to the plan list, then the plan opened from it (the app's code already loaded) → painted. */
async function openFromList(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ planId) {
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

/**
 * Edits typed as a user types them: a click on the cell, the value, Enter; timed from the Enter key to the
 * frame that shows the new value (the probe). The same keys for the app and for the floor's bare grid.
 */
async function typeEdits(/** @type {import('playwright-core').Page} */ page, /** @type {string[]} */ codes, /** @type {string} */ column, /** @type {{ saved?: boolean }} */ done) {
  const edits = [];
  for (let i = 0; i < EDITS; i++) {
    const code = codes[i % codes.length];
    const cell = `[role="row"][row-id="${code}"] [col-id="${column}"]`;
    await page.click(cell);
    await arm(page, 'edit', { type: 'keydown', key: 'Enter' }, { changed: cell, ...done });
    await page.keyboard.type(`${61 + i},5`);
    await page.keyboard.press('Enter');
    const r = await result(page, 'edit');
    if (!String(r.text).includes(`${61 + i}`)) throw new Error(`edit ${i} not shown: ${r.text}`);
    edits.push(r);
  }
  return edits;
}

/** Scrolls the grid with the mouse wheel (`SCROLL`) and returns the gaps between the frames the page ran meanwhile. */
async function wheelScroll(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ grid) {
  const box = await page.locator(grid).first().boundingBox();
  if (!box) throw new Error(`no ${grid} to scroll`);
  const at = { x: box.x + box.width * 0.6, y: box.y + box.height * 0.6 };
  await page.mouse.move(at.x, at.y);
  const top = () => page.evaluate(() => {
    const viewport = document.querySelector('.ag-grid-viewport');
    const scrollbar = document.querySelector('.ag-body-vertical-scroll-viewport');
    const row = document.querySelector('[role="row"][row-index]');
    return { top: Math.max(viewport?.scrollTop ?? 0, scrollbar?.scrollTop ?? 0), height: row instanceof HTMLElement ? row.offsetHeight : 1 };
  });
  const before = await top();
  await page.waitForTimeout(200);
  await page.evaluate(() => { /** @type {any} */ (window).__scrolling = window.__bench.recordFrames(); });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.synthesizeScrollGesture', { ...at, yDistance: -SCROLL.distance, speed: SCROLL.speed, gestureSourceType: 'mouse', preventFling: true });
  await cdp.detach();
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => /** @type {any} */ (window).__scrolling.stop());
  const after = await top();
  return { ...frames, rowsScrolled: Math.round((after.top - before.top) / Math.max(1, before.height)) };
}

/**
 * Where a first visit's main-thread time goes, from a sampling profile (Chrome DevTools Protocol `Profiler`):
 * self time from navigation start to the painted grid, by npm package or app source file (through the build's
 * hidden source maps), plus V8's own buckets (idle, program: the browser's own work such as compiling, style and
 * layout, garbage collector). A chunk's top-level code (every module of it evaluated at once) has no function of
 * its own to map: it is counted as the chunk's.
 */
async function byOrigin(/** @type {any} */ profile, /** @type {number} */ navigationAt, /** @type {number} */ paintedAt) {
  /** @type {Map<string, ((line: number, column: number) => string | undefined) | null>} */
  const maps = new Map();
  const lookup = async (/** @type {string} */ url) => {
    if (!maps.has(url)) {
      let found = null;
      try {
        found = sourceLookup(JSON.parse(await readFile(`${fileFor(new URL(url).pathname, dirs)}.map`, 'utf8')));
      } catch {
        // no map: not the app's or the floor's code
      }
      maps.set(url, found);
    }
    return maps.get(url);
  };
  /** @type {Map<number, string>} */
  const origin = new Map();
  for (const node of profile.nodes) {
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    let where;
    if (!url) where = /^\((idle|program|garbage collector|root)\)$/.test(functionName) ? functionName : '(native calls: DOM, timers, IndexedDB…)';
    else if (!url.startsWith('http')) where = '(benchmark probe)';
    else if (lineNumber === 0 && columnNumber === 0) where = `(module top level: ${new URL(url).pathname.replace(/^.*\//, '')})`;
    else {
      const look = await lookup(url);
      const source = look?.(lineNumber, columnNumber);
      const pkg = source?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
      where = pkg ?? (source ? source.replace(/^.*?(src\/|test\/bench\/)/, '$1') : new URL(url).pathname.replace(/^.*\//, ''));
    }
    origin.set(node.id, where);
  }
  /** @type {Record<string, number>} */
  const out = {};
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const next = t + (profile.timeDeltas[i + 1] ?? 0);
    if (t < navigationAt || t > paintedAt) continue;
    const where = origin.get(profile.samples[i]) ?? '?';
    out[where] = (out[where] ?? 0) + (next - t) / 1000;
  }
  return out;
}

/** The first visit of each side, profiled (`--profile`): the medians of each origin's self time. */
async function profileFirstVisit(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ base) {
  /** @type {Record<string, Record<string, number>[]>} */
  const samples = { app: [], floor: [] };
  for (let run = 0; run < PROFILE_RUNS; run++) {
    for (const [side, url] of /** @type {const} */ ([['app', `${base}/`], ['floor', `${base}/bench/minimal.html?demo`]])) {
      const { context, page } = await newPage(browser);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.goto(url);
      const painted = await opened(page);
      const now = await page.evaluate(() => performance.now());
      const { profile } = await cdp.send('Profiler.stop');
      // The page's clock (ms since navigation) against the profile's (µs): both end at the stop.
      const navigationAt = profile.endTime - now * 1000;
      /** @type {Record<string, number>[]} */ (samples[side]).push(await byOrigin(profile, navigationAt, navigationAt + painted.end * 1000));
      await context.close();
    }
  }
  const medianOf = (/** @type {Record<string, number>[]} */ list) => Object.fromEntries([...new Set(list.flatMap((s) => Object.keys(s)))]
    .map((k) => [k, quantile(list.map((s) => s[k] ?? 0), 0.5)]));
  return { runs: PROFILE_RUNS, app: medianOf(samples.app ?? []), floor: medianOf(samples.floor ?? []) };
}

/**
 * The first visit (empty browser): the app opening on its demo plan, the minimal page with a demo-sized table,
 * and the app again with its service worker allowed to register and precache meanwhile; with the milestones of each.
 */
async function firstVisits(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ base) {
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

/** One run at one size: everything measured on both sides in one fresh context. */
async function oneRun(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ base, /** @type {number} */ size, /** @type {{ csv: string, planFile: string, results: string }} */ files) {
  const { context, page } = await newPage(browser);
  const step = steps();
  /** @type {Record<string, any>} */
  const m = {};
  await page.goto(`${base}/bench/floor.html`);
  await page.waitForFunction(() => window.harness !== undefined);
  await page.evaluate((n) => window.harness.seed(n), size);
  step('stored the plan (both sides)');

  // 1. Open a stored plan → grid painted (after one visit that warms the HTTP cache), and 6. its heap.
  await page.goto(`${base}/bench/minimal.html`);
  await opened(page);
  await page.reload();
  m.floorOpen = await opened(page);
  await page.waitForFunction(() => window.floorReady === true);
  m.floorHeap = await heapBytes(page);
  // 1'. The same table opened again in the loaded page, as a plan is opened from the plan list.
  m.floorOpenInApp = await page.evaluate(() => window.floorReopen?.());
  // 2. The same keys typed into the bare grid's plain editable column.
  const floorCodes = Array.from({ length: EDITS }, (_, i) => String(i + 1).padStart(6, '0'));
  step('floor: open, heap, reopen');
  m.floorEdits = await typeEdits(page, floorCodes, FLOOR_EDIT_COLUMN, {});
  step('floor: edits');
  // 7. Scrolling the bare grid.
  if (LARGE.has(size)) m.floorScroll = await wheelScroll(page, '.ag-grid-viewport');
  step('floor: scroll');

  const planId = `bench-${size}`;
  const planUrl = `${base}/#/plans/${planId}`;
  await page.goto(planUrl);
  await opened(page);
  await page.reload();
  m.open = await opened(page);
  await page.waitForSelector(SAVED);
  m.heap = await heapBytes(page);
  // 1'. Back to the plan list and open the plan from it (the app's code already loaded).
  m.openInApp = await openFromList(page, planId);
  step('app: open, heap, open from the list');

  // 2. One cell edit, typed as a user types it: Enter → validated, aggregate updated, painted; → saved.
  const codes = await page.$$eval('[role="row"][row-id]', (rows) => rows.map((r) => r.getAttribute('row-id') ?? '').filter((id) => id !== 'min' && id !== 'aggregate'));
  const unique = [...new Set(codes)].slice(0, EDITS);
  m.edits = await typeEdits(page, unique, EDIT_COLUMN, { saved: true });
  step('app: edits');

  // 3. CSV import of the district's file (every target changed): choose → preview painted; Apply → painted, saved.
  const firstCell = `[role="row"][row-id="${unique[EDITS % unique.length] ?? unique[0]}"] [col-id="target.online_payment"]`;
  await arm(page, 'csvPreview', { type: 'change', selector: '[data-testid="import-file"]' }, { present: '[data-testid="import-preview"][data-kind="csv"]' });
  await page.setInputFiles('input[type=file][data-testid="import-file"]', files.csv);
  m.csvPreview = await result(page, 'csvPreview');
  m.csvUpdates = Number(await page.getAttribute('[data-testid="import-preview"]', 'data-updates'));
  await arm(page, 'csvApply', { type: 'click', selector: '[data-testid="import-apply"]' }, { gone: '[data-testid="import-preview"]', changed: firstCell, saved: true });
  await page.click('[data-testid="import-apply"]');
  m.csvApply = await result(page, 'csvApply');
  step('app: CSV import');

  // 8. "Đề xuất phân bổ" on the plan just imported: Run → preview painted; Apply → painted and saved.
  m.proposal = await measureProposal(page);
  step('app: proposal');

  // 4. Exports: the appendix CSV (default dialect) and the plan file, until the file is handed to the browser.
  await page.click('[data-testid="export-csv"]');
  await arm(page, 'csvExport', { type: 'click', selector: '[data-testid="export-confirm"]' }, { blob: true });
  await page.click('[data-testid="export-confirm"]');
  m.csvExport = await result(page, 'csvExport');
  await arm(page, 'planExport', { type: 'click', selector: '[data-testid="export-plan"]' }, { blob: true });
  await page.click('[data-testid="export-plan"]');
  m.planExport = await result(page, 'planExport');
  step('app: exports');

  // 4. Plan-file import as a new plan: choose → preview; Apply → the new plan's grid painted and the plan stored.
  await arm(page, 'planPreview', { type: 'change', selector: '[data-testid="import-file"]' }, { present: '[data-testid="import-preview"][data-kind="planFile"]' });
  await page.setInputFiles('input[type=file][data-testid="import-file"]', files.planFile);
  m.planPreview = await result(page, 'planPreview');
  await arm(page, 'planApply', { type: 'click', selector: '[data-testid="import-apply"]' },
    { gone: '[data-testid="import-preview"]', present: `[data-testid="plan-page"][data-plan-id="bench-file-${size}"] [role="row"][row-id="000001"]`, saved: true });
  await page.click('[data-testid="import-apply"]');
  m.planApply = await result(page, 'planApply');
  step('app: plan-file import');

  // 7. Scrolling the plan with the mouse wheel (back on the benchmark's plan, opened from the list).
  if (LARGE.has(size)) {
    await openFromList(page, planId);
    m.scroll = await wheelScroll(page, '[data-testid="plan-grid"] .ag-grid-viewport');
    step('app: scroll');
  }

  // 9. Blocks and versions (last: the versions they save travel in the plan file the exports above measure).
  m.blocks = await measureBlocks(page, () => openFromList(page, planId), size);
  step('app: blocks and versions');

  // 11. The monthly follow-up, on a plan of its own with five months of results (up to a province's size).
  if (files.results) {
    m.monitoring = await measureMonitoring(page, base, size, files.results);
    step('app: monthly follow-up');
  }

  // Floor of 3 and 4: the same files through PapaParse/JSON + Zod + Dexie; the same rows unparsed/stringified.
  await page.goto(`${base}/bench/floor.html`);
  await page.waitForFunction(() => window.harness !== undefined);
  await page.setInputFiles('#floor-csv', files.csv);
  m.floorCsvImport = await page.evaluate(() => window.harness.lastImport());
  m.floorCsvExport = await page.evaluate(() => window.harness.exportFloor('csv'));
  m.floorPlanExport = await page.evaluate(() => window.harness.exportFloor('planFile'));
  await page.setInputFiles('#floor-plan-file', files.planFile);
  m.floorPlanImport = await page.evaluate(() => window.harness.lastImport());
  step('floor: imports and exports');
  await context.close();
  return m;
}

/**
 * Cold opens by address after a browser restart: a browser profile on disk where a returning user has the plan
 * stored and has used the app before (its files in the HTTP cache), closed; then a new browser on the same
 * profile loads `#/plans/<id>`. Per run: that cold open, then the open from the plan list in the same session
 * (the comparison), then a reload with the HTTP cache cleared. A second profile has the service worker installed
 * (it controls the page after the restart, as for an installed app), for the same cold open through it.
 */
async function restartOpens(/** @type {string} */ base, /** @type {number} */ size) {
  const planId = `bench-${size}`;
  const planUrl = `${base}/#/plans/${planId}`;
  const profiles = { block: await mkdtemp(join(tmpdir(), 'dvctt-bench-')), allow: await mkdtemp(join(tmpdir(), 'dvctt-bench-sw-')) };
  const launch = async (/** @type {'block' | 'allow'} */ serviceWorkers) => {
    const context = await chromium.launchPersistentContext(profiles[serviceWorkers], { ...LAUNCH, serviceWorkers, viewport: VIEWPORT });
    await context.addInitScript({ path: PROBE });
    const page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (e) => log(`  page error: ${e.message}`));
    return { context, page };
  };
  const runs = [];
  try {
    for (const serviceWorkers of /** @type {const} */ (['block', 'allow'])) {
      const { context, page } = await launch(serviceWorkers);
      await page.goto(`${base}/bench/floor.html`);
      await page.waitForFunction(() => window.harness !== undefined);
      await page.evaluate((n) => window.harness.seed(n, true), size);
      await page.goto(planUrl);
      await opened(page);
      await page.waitForSelector(SAVED);
      if (serviceWorkers === 'allow') await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
      await context.close();
    }
    const runCount = size >= BIG ? Math.min(BIG_RUNS, RESTART_RUNS) : RESTART_RUNS;
    for (let run = 0; run < runCount; run++) {
      let { context, page } = await launch('block');
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
      ({ context, page } = await launch('allow'));
      await page.goto(planUrl);
      const coldSw = await opened(page);
      const swControlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
      await page.waitForSelector(SAVED);
      await context.close();
      runs.push({ cold, visit, fromList, cleared, coldSw, swControlled });
      log(`  ${size.toLocaleString('en')} units, cold open after a restart ${run + 1}/${runCount}: ${cold.ms.toFixed(0)} ms (from the list ${fromList.ms.toFixed(0)} ms)`);
    }
  } finally {
    await rm(profiles.block, { recursive: true, force: true });
    await rm(profiles.allow, { recursive: true, force: true });
  }
  return { runs };
}

/** The district's files for one size, made by the harness page and written where Playwright can pick them. */
async function makeFiles(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ base, /** @type {number} */ size) {
  const { context, page } = await newPage(browser);
  await page.goto(`${base}/bench/floor.html`);
  await page.waitForFunction(() => window.harness !== undefined);
  const made = await page.evaluate((n) => window.harness.files(n), size);
  await context.close();
  const dir = join(root, '.bench/files');
  await mkdir(dir, { recursive: true });
  const csv = join(dir, `bench-${size}.csv`);
  const planFile = join(dir, `bench-${size}.dvctt.json`);
  await writeFile(csv, made.csv);
  await writeFile(planFile, made.planFile);
  const results = made.results ? join(dir, `bench-${size}-2023-12.csv`) : '';
  if (results) await writeFile(results, made.results);
  return { csv, planFile, results, csvBytes: Buffer.byteLength(made.csv), planFileBytes: Buffer.byteLength(made.planFile) };
}

async function main() {
  await buildAll();
  const server = await serve(dirs);
  const browser = await chromium.launch(LAUNCH);
  const started = Date.now();
  const load = [loadavg()[0]];
  try {
    log(`Chromium ${browser.version()}, ${RUNS} runs per size (${BIG_RUNS} at ${BIG.toLocaleString('en')}+), ${EDITS} edits per run`);
    let cold;
    if (GROUPS.has('first-visit')) {
      log('First visit of the demo plan…');
      cold = await firstVisits(browser, server.base);
    }
    /** @type {Record<number, any>} */
    const bySize = {};
    /** @type {Record<number, any>} */
    const restart = {};
    for (const size of SIZES) {
      if (GROUPS.has('sizes')) {
        const files = await makeFiles(browser, server.base, size);
        bySize[size] = { files: { csvBytes: files.csvBytes, planFileBytes: files.planFileBytes }, runs: [] };
        const runCount = size >= BIG ? BIG_RUNS : RUNS;
        for (let run = 0; run < runCount; run++) {
          const t = Date.now();
          bySize[size].runs.push(await oneRun(browser, server.base, size, files));
          log(`  ${size.toLocaleString('en')} units, run ${run + 1}/${runCount}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
          load.push(loadavg()[0]);
        }
      }
      if (GROUPS.has('restart') && LARGE.has(size)) restart[size] = await restartOpens(server.base, size);
    }
    const meta = {
      date: new Date().toISOString(), chromium: browser.version(), node: process.version,
      cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), runs: RUNS, bigRuns: BIG_RUNS, editsPerRun: EDITS, viewport: VIEWPORT,
      seconds: Math.round((Date.now() - started) / 1000),
      // The machine's 1-minute load average during the run (other work on it makes every figure slower).
      loadAverage: { min: Math.min(...load), max: Math.max(...load) },
    };
    const { markdown, json } = report({ meta, cold, bySize, restart, quantile, summary });
    await mkdir(OUT, { recursive: true });
    await writeFile(join(OUT, 'latest.json'), `${JSON.stringify(json, null, 1)}\n`);
    await writeFile(join(OUT, 'latest.md'), markdown);
    process.stdout.write(`${markdown}\n`);
    log(`Written ${join(OUT, 'latest.json')} and latest.md`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
