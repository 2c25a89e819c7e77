// @ts-check
/**
 * `npm run bench`: DVCTT Planner against the floor of its own stack, in one headless Chromium.
 *
 * For plans of 159, 10,598 and 100,000 member units (five indicators), each run opens a fresh browser
 * context (empty IndexedDB and HTTP cache), stores the plan through the app's own repository and the same
 * rows in a bare Dexie table, then measures the app and the bare libraries side by side, so that every
 * line of the report is a ratio measured in the same run and the same browser.
 * Options (cli.mjs): --sizes, --runs, --big-runs, --edits, --large, --only first-visit,sizes,restart, --profile,
 * --verbose, --out.
 * Service workers are blocked in the benchmark's contexts (browser.mjs), except in the lines that say the service
 * worker is allowed or installed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { LAUNCH, newPage, openHarness, VIEWPORT } from './browser.mjs';
import { buildAll } from './build.mjs';
import { BIG, BIG_RUNS, dirs, EDITS, GROUPS, LARGE, log, OUT, RUNS, SIZES, steps } from './cli.mjs';
import { appEdits, floorEdits } from './editSteps.mjs';
import { makeFiles } from './files.mjs';
import { firstVisits } from './firstVisits.mjs';
import { exportFiles, floorFiles, importCsv, importPlanFile } from './importSteps.mjs';
import { openApp, openFloor, openFromList } from './openSteps.mjs';
import { measureBlocks } from './blockSteps.mjs';
import { measureMonitoring } from './monitoringStep.mjs';
import { measureProposal } from './proposalStep.mjs';
import { report } from './report.mjs';
import { restartOpens } from './restartOpens.mjs';
import { FLOOR_GRID, PLAN_GRID, wheelScroll } from './scrollStep.mjs';
import { serve } from './server.mjs';
import { quantile, summary } from './stats.mjs';

/** @typedef {Awaited<ReturnType<typeof makeFiles>>} Files */

/**
 * One run at one size: everything measured on both sides in one fresh context, the floor first. The numbers are
 * those of the report's lines; the order of the steps matters (see each).
 */
async function oneRun(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ base, /** @type {number} */ size, /** @type {Files} */ files) {
  const { context, page } = await newPage(browser);
  const step = steps();
  const planId = `bench-${size}`;
  await openHarness(page, base);
  await page.evaluate((n) => window.harness.seed(n), size);
  step('stored the plan (both sides)');
  /** @type {Record<string, any>} */
  const m = await openFloor(page, base); // 1., 1'. and 6.
  step('floor: open, heap, reopen');
  m.floorEdits = await floorEdits(page); // 2.
  step('floor: edits');
  if (LARGE.has(size)) m.floorScroll = await wheelScroll(page, FLOOR_GRID); // 7.
  step('floor: scroll');
  Object.assign(m, await openApp(page, base, planId));
  step('app: open, heap, open from the list');
  const { edits, units } = await appEdits(page);
  m.edits = edits;
  step('app: edits');
  Object.assign(m, await importCsv(page, files.csv, units)); // 3.
  step('app: CSV import');
  m.proposal = await measureProposal(page); // 8., on the plan just imported
  step('app: proposal');
  Object.assign(m, await exportFiles(page)); // 4.
  step('app: exports');
  Object.assign(m, await importPlanFile(page, files.planFile, size)); // 4.
  step('app: plan-file import');
  if (LARGE.has(size)) { // 7., back on the benchmark's plan, opened from the list
    await openFromList(page, planId);
    m.scroll = await wheelScroll(page, PLAN_GRID);
    step('app: scroll');
  }
  // 9. and 10., last: the versions they save travel in the plan file the exports above measure.
  m.blocks = await measureBlocks(page, () => openFromList(page, planId), size);
  step('app: blocks and versions');
  if (files.results) { // 11., on a plan of its own with five months of results (up to a province's size)
    m.monitoring = await measureMonitoring(page, base, size, files.results);
    step('app: monthly follow-up');
  }
  Object.assign(m, await floorFiles(page, base, files)); // the floor of 3. and 4.
  step('floor: imports and exports');
  await context.close();
  return m;
}

/** The runs of one size (`--runs`, or `--big-runs` from 100,000 units on), with the files they import. */
async function runSize(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ base, /** @type {number} */ size, /** @type {(number | undefined)[]} */ load) {
  const files = await makeFiles(browser, base, size);
  const out = { files: { csvBytes: files.csvBytes, planFileBytes: files.planFileBytes }, runs: /** @type {any[]} */ ([]) };
  const runCount = size >= BIG ? BIG_RUNS : RUNS;
  for (let run = 0; run < runCount; run++) {
    const t = Date.now();
    out.runs.push(await oneRun(browser, base, size, files));
    log(`  ${size.toLocaleString('en')} units, run ${run + 1}/${runCount}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    load.push(loadavg()[0]);
  }
  return out;
}

/** The report, printed and written to `--out` (latest.json, latest.md). */
async function writeReport(/** @type {Parameters<typeof report>[0]} */ input) {
  const { markdown, json } = report(input);
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'latest.json'), `${JSON.stringify(json, null, 1)}\n`);
  await writeFile(join(OUT, 'latest.md'), markdown);
  process.stdout.write(`${markdown}\n`);
  log(`Written ${join(OUT, 'latest.json')} and latest.md`);
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
      if (GROUPS.has('sizes')) bySize[size] = await runSize(browser, server.base, size, load);
      if (GROUPS.has('restart') && LARGE.has(size)) restart[size] = await restartOpens(server.base, size);
    }
    const meta = {
      date: new Date().toISOString(), chromium: browser.version(), node: process.version,
      cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), runs: RUNS, bigRuns: BIG_RUNS, editsPerRun: EDITS, viewport: VIEWPORT,
      seconds: Math.round((Date.now() - started) / 1000),
      // The machine's 1-minute load average during the run (other work on it makes every figure slower).
      loadAverage: { min: Math.min(...load), max: Math.max(...load) },
    };
    await writeReport({ meta, cold, bySize, restart, quantile, summary });
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
