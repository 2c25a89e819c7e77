// @ts-check
/**
 * `npm run bench`: DVCTT Planner against the floor of its own stack, in one headless Chromium.
 *
 * For plans of 159, 10,598 and 100,000 member units (five indicators), each run opens a fresh browser
 * context (empty IndexedDB and HTTP cache), stores the plan through the app's own repository and the same
 * rows in a bare Dexie table, then measures the app and the bare libraries side by side, so that every
 * line of the report is a ratio measured in the same run and the same browser.
 * Options: --sizes 159,10598,100000  --runs 5  --edits 10  --out bench-results
 * Service workers are blocked in the benchmark's contexts: both sides load their files from the same local
 * server with the same HTTP caching, and a worker's cache would favour the app alone.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { fileFor, serve } from './server.mjs';
import { quantile, summary } from './stats.mjs';
import { report } from './report.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? String(process.argv[i + 1]) : fallback;
};
const SIZES = option('sizes', '159,10598,100000').split(',').map(Number);
const RUNS = Number(option('runs', '5'));
const EDITS = Number(option('edits', '10'));
const OUT = resolve(root, option('out', 'bench-results'));
const dirs = { appDir: join(root, '.bench/app'), pagesDir: join(root, '.bench/pages') };
const VIEWPORT = { width: 1366, height: 768 }; // the commonest office laptop screen
const EDIT_COLUMN = 'target.online_dossiers';
const DATA_ROW = '[role="row"][row-id]:not([row-id="min"]):not([row-id="aggregate"])';

const log = (/** @type {string} */ s) => process.stderr.write(`${s}\n`);

async function buildAll() {
  log('Building the app and the benchmark pages…');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dirs.appDir, emptyOutDir: true } });
  const pages = join(root, 'test/bench/vite.config.ts');
  for (const [i, page] of ['minimal', 'floor'].entries()) {
    await build({ configFile: pages, build: { outDir: dirs.pagesDir, emptyOutDir: i === 0, rollupOptions: { input: join(root, `test/bench/pages/${page}.html`) } } });
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

/** @param {import('playwright-core').Page} page @param {string} name */
const result = (page, name) => page.evaluate((n) => window.__bench.results[n], name);
/** @param {import('playwright-core').Page} page */
const opened = (page) => page.evaluate(() => window.__bench.open);
/** @param {import('playwright-core').Page} page @param {string} name @param {object} trigger @param {object} done */
const arm = (page, name, trigger, done) => page.evaluate(([n, t, d]) => window.__bench.arm(n, t, d), /** @type {const} */ ([name, trigger, done]));

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

async function newPage(/** @type {import('playwright-core').Browser} */ browser) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript({ path: join(root, 'test/bench/probe.js') });
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`  page error: ${e.message}`));
  return { context, page };
}

/** Cold first visit: the app opening on its demo plan, and the minimal page with a demo-sized table. */
async function coldLoad(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ base) {
  /** @type {Record<string, any>} */
  const out = { app: [], floor: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const [side, url] of /** @type {const} */ ([['app', `${base}/`], ['floor', `${base}/bench/minimal.html?demo`]])) {
      const { context, page } = await newPage(browser);
      await page.goto(url);
      const painted = await opened(page);
      out[side].push({ ms: painted.ms, longest: painted.longest, js: await initialJs(page, painted.end) });
      await context.close();
    }
  }
  return out;
}

/** One run at one size: everything measured on both sides in one fresh context. */
async function oneRun(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ base, /** @type {number} */ size, /** @type {{ csv: string, planFile: string }} */ files) {
  const { context, page } = await newPage(browser);
  /** @type {Record<string, any>} */
  const m = {};
  await page.goto(`${base}/bench/floor.html`);
  await page.waitForFunction(() => window.harness !== undefined);
  await page.evaluate((n) => window.harness.seed(n), size);

  // 1. Open a stored plan → grid painted (after one visit that warms the HTTP cache), and 6. its heap.
  await page.goto(`${base}/bench/minimal.html`);
  await opened(page);
  await page.reload();
  m.floorOpen = await opened(page);
  await page.waitForFunction(() => window.floorReady === true);
  m.floorHeap = await heapBytes(page);
  // 1'. The same table opened again in the loaded page, as a plan is opened from the plan list.
  m.floorOpenInApp = await page.evaluate(() => window.floorReopen?.());
  // 2. One cell edit → painted: bare applyTransaction.
  m.floorEdits = [];
  for (let i = 0; i < EDITS; i++) m.floorEdits.push(await page.evaluate(([index, value]) => window.floorEdit?.(index, value), [i, 10.5 + i]));

  const planUrl = `${base}/#/plans/bench-${size}`;
  await page.goto(planUrl);
  await opened(page);
  await page.reload();
  m.open = await opened(page);
  await page.waitForSelector('[data-testid="save-status"][data-state="saved"]');
  m.heap = await heapBytes(page);
  // 1'. Back to the plan list and open the plan from it (the app's code already loaded).
  await page.evaluate(() => { location.hash = '#/'; });
  const planLink = `[data-testid="plan-row"][data-plan-id="bench-${size}"] a`;
  await page.waitForSelector(planLink);
  await page.waitForTimeout(50);
  await arm(page, 'openInApp', { type: 'click', selector: planLink }, { present: `[data-testid="plan-page"] ${DATA_ROW}` });
  await page.click(planLink);
  m.openInApp = (await result(page, 'openInApp')).painted;
  await page.waitForSelector('[data-testid="save-status"][data-state="saved"]');

  // 2. One cell edit, typed as a user types it: Enter → validated, aggregate updated, painted; → saved.
  const codes = await page.$$eval('[role="row"][row-id]', (rows) => rows.map((r) => r.getAttribute('row-id') ?? '').filter((id) => id !== 'min' && id !== 'aggregate'));
  const unique = [...new Set(codes)].slice(0, EDITS);
  m.edits = [];
  for (let i = 0; i < EDITS; i++) {
    const code = unique[i % unique.length];
    const cell = `[role="row"][row-id="${code}"] [col-id="${EDIT_COLUMN}"]`;
    await page.click(cell);
    await arm(page, 'edit', { type: 'keydown', key: 'Enter' }, { changed: cell, saved: true });
    await page.keyboard.type(`${61 + i},5`);
    await page.keyboard.press('Enter');
    const r = await result(page, 'edit');
    if (!String(r.text).includes(`${61 + i}`)) throw new Error(`edit ${i} not shown: ${r.text}`);
    m.edits.push(r);
  }

  // 3. CSV import of the district's file (every target changed): choose → preview painted; Apply → painted, saved.
  const firstCell = `[role="row"][row-id="${unique[EDITS % unique.length] ?? unique[0]}"] [col-id="target.online_payment"]`;
  await arm(page, 'csvPreview', { type: 'change', selector: '[data-testid="import-file"]' }, { present: '[data-testid="import-preview"][data-kind="csv"]' });
  await page.setInputFiles('input[type=file][data-testid="import-file"]', files.csv);
  m.csvPreview = await result(page, 'csvPreview');
  m.csvUpdates = Number(await page.getAttribute('[data-testid="import-preview"]', 'data-updates'));
  await arm(page, 'csvApply', { type: 'click', selector: '[data-testid="import-apply"]' }, { gone: '[data-testid="import-preview"]', changed: firstCell, saved: true });
  await page.click('[data-testid="import-apply"]');
  m.csvApply = await result(page, 'csvApply');

  // 4. Exports: the appendix CSV (default dialect) and the plan file, until the file is handed to the browser.
  await page.click('[data-testid="export-csv"]');
  await arm(page, 'csvExport', { type: 'click', selector: '[data-testid="export-confirm"]' }, { blob: true });
  await page.click('[data-testid="export-confirm"]');
  m.csvExport = await result(page, 'csvExport');
  await arm(page, 'planExport', { type: 'click', selector: '[data-testid="export-plan"]' }, { blob: true });
  await page.click('[data-testid="export-plan"]');
  m.planExport = await result(page, 'planExport');

  // 4. Plan-file import as a new plan: choose → preview; Apply → the new plan's grid painted and the plan stored.
  await arm(page, 'planPreview', { type: 'change', selector: '[data-testid="import-file"]' }, { present: '[data-testid="import-preview"][data-kind="planFile"]' });
  await page.setInputFiles('input[type=file][data-testid="import-file"]', files.planFile);
  m.planPreview = await result(page, 'planPreview');
  await arm(page, 'planApply', { type: 'click', selector: '[data-testid="import-apply"]' },
    { gone: '[data-testid="import-preview"]', present: `[data-testid="plan-page"][data-plan-id="bench-file-${size}"] [role="row"][row-id="000001"]`, saved: true });
  await page.click('[data-testid="import-apply"]');
  m.planApply = await result(page, 'planApply');

  // Floor of 3 and 4: the same files through PapaParse/JSON + Zod + Dexie; the same rows unparsed/stringified.
  await page.goto(`${base}/bench/floor.html`);
  await page.waitForFunction(() => window.harness !== undefined);
  await page.setInputFiles('#floor-csv', files.csv);
  m.floorCsvImport = await page.evaluate(() => window.harness.lastImport());
  m.floorCsvExport = await page.evaluate(() => window.harness.exportFloor('csv'));
  m.floorPlanExport = await page.evaluate(() => window.harness.exportFloor('planFile'));
  await page.setInputFiles('#floor-plan-file', files.planFile);
  m.floorPlanImport = await page.evaluate(() => window.harness.lastImport());
  await context.close();
  return m;
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
  return { csv, planFile, csvBytes: Buffer.byteLength(made.csv), planFileBytes: Buffer.byteLength(made.planFile) };
}

async function main() {
  await buildAll();
  const server = await serve(dirs);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const started = Date.now();
  try {
    log(`Chromium ${browser.version()}, ${RUNS} runs per size, ${EDITS} edits per run`);
    log('Cold load of the demo plan…');
    const cold = await coldLoad(browser, server.base);
    /** @type {Record<number, any>} */
    const bySize = {};
    for (const size of SIZES) {
      const files = await makeFiles(browser, server.base, size);
      bySize[size] = { files: { csvBytes: files.csvBytes, planFileBytes: files.planFileBytes }, runs: [] };
      for (let run = 0; run < RUNS; run++) {
        const t = Date.now();
        bySize[size].runs.push(await oneRun(browser, server.base, size, files));
        log(`  ${size.toLocaleString('en')} units, run ${run + 1}/${RUNS}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
      }
    }
    const meta = {
      date: new Date().toISOString(), chromium: browser.version(), node: process.version,
      cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), runs: RUNS, editsPerRun: EDITS, viewport: VIEWPORT,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const { markdown, json } = report({ meta, cold, bySize, quantile, summary });
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
