// @ts-check
/**
 * The benchmark's options, read from the command line once (`npm run bench -- --sizes 159 --runs 1`), with their
 * defaults; where it builds and writes; and what it logs on stderr while it runs.
 *   --sizes 159,10598,100000  plan sizes (units)
 *   --runs 5                  runs per size (and first visits per side)
 *   --big-runs 1              runs at sizes of 100,000 units or more (each is long; their targets are about the longest task)
 *   --edits 10                edits typed per run
 *   --large 10598             sizes at which scrolling and the cold open after a browser restart (at most 3 runs) are measured
 *   --only first-visit,sizes,restart   the groups to run (all by default)
 *   --profile                 also profile the first visit (sampling profiler, by package; builds source maps)
 *   --verbose                 also log how long each step of a run took
 *   --out bench-results
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? String(process.argv[i + 1]) : fallback;
};
const numbers = (/** @type {string} */ text) => text.split(',').filter((s) => s !== '').map(Number);
export const SIZES = numbers(option('sizes', '159,10598,100000'));
export const RUNS = Number(option('runs', '5'));
/** From this size on, a size is run `BIG_RUNS` times. */
export const BIG = 100_000;
export const BIG_RUNS = Number(option('big-runs', String(Math.min(RUNS, 1))));
export const EDITS = Number(option('edits', '10'));
export const LARGE = new Set(numbers(option('large', '10598')));
export const GROUPS = new Set(option('only', 'first-visit,sizes,restart').split(','));
export const PROFILE = process.argv.includes('--profile');
const VERBOSE = process.argv.includes('--verbose');
export const PROFILE_RUNS = 3;
// Cold opens after a browser restart: each run is two browser launches.
export const RESTART_RUNS = Math.min(RUNS, 3);
export const OUT = resolve(root, option('out', 'bench-results'));
/** Where the app and the benchmark's pages are built (the server serves both). */
export const dirs = { appDir: join(root, '.bench/app'), pagesDir: join(root, '.bench/pages') };

export const log = (/** @type {string} */ s) => process.stderr.write(`${s}\n`);
/** Logs (with --verbose) how long the steps of a run take: `step('name')` ends the step before. */
export const steps = () => {
  let t = Date.now();
  return (/** @type {string} */ name) => {
    if (VERBOSE) log(`    ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
  };
};
