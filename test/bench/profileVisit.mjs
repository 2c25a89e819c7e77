// @ts-check
/**
 * Where a first visit's main-thread time goes (`--profile`), from a sampling profile (Chrome DevTools Protocol
 * `Profiler`): self time from navigation start to the painted grid, by npm package or app source file (through the
 * build's hidden source maps), plus V8's own buckets (idle, program: the browser's own work such as compiling, style
 * and layout, garbage collector). A chunk's top-level code (every module of it evaluated at once) has no function of
 * its own to map: it is counted as the chunk's.
 */
import { readFile } from 'node:fs/promises';
import { newPage } from './browser.mjs';
import { dirs, PROFILE_RUNS } from './cli.mjs';
import { opened } from './probeCalls.mjs';
import { fileFor } from './server.mjs';
import { sourceLookup } from './sourceMap.mjs';
import { quantile } from './stats.mjs';

/** The first visit of each side, profiled: the medians of each origin's self time. */
export async function profileFirstVisit(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ base) {
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

/** A profile's self time (ms) between navigation start and the paint, by origin. */
async function byOrigin(/** @type {any} */ profile, /** @type {number} */ navigationAt, /** @type {number} */ paintedAt) {
  const lookup = sourceMaps();
  /** @type {Map<number, string>} */
  const origin = new Map();
  for (const node of profile.nodes) origin.set(node.id, await originOf(node.callFrame, lookup));
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

/** Where a profiled function comes from: an npm package, an app source file, a chunk, or one of V8's buckets. */
async function originOf(/** @type {any} */ callFrame, /** @type {(url: string) => Promise<Lookup | null | undefined>} */ lookup) {
  const { url, lineNumber, columnNumber, functionName } = callFrame;
  if (!url) return /^\((idle|program|garbage collector|root)\)$/.test(functionName) ? functionName : '(native calls: DOM, timers, IndexedDB…)';
  if (!url.startsWith('http')) return '(benchmark probe)';
  if (lineNumber === 0 && columnNumber === 0) return `(module top level: ${new URL(url).pathname.replace(/^.*\//, '')})`;
  const look = await lookup(url);
  const source = look?.(lineNumber, columnNumber);
  const pkg = source?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  return pkg ?? (source ? source.replace(/^.*?(src\/|test\/bench\/)/, '$1') : new URL(url).pathname.replace(/^.*\//, ''));
}

/** @typedef {(line: number, column: number) => string | undefined} Lookup */
/** The source map of each served script, read once (null for a script without one: not the app's or the floor's code). */
function sourceMaps() {
  /** @type {Map<string, Lookup | null>} */
  const maps = new Map();
  return async (/** @type {string} */ url) => {
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
}
