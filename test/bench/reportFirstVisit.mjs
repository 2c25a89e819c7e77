// @ts-check
/**
 * The report's first visit (the same at every size): the demo plan painted on each side and the JavaScript fetched
 * before, against their targets; where the visit's time goes (its milestones, medians); and, with `--profile`, the
 * main-thread time by origin.
 */
import { counted, ms, range, times, verdict } from './reportRows.mjs';

/** @typedef {import('./reportRows.mjs').Doc} Doc */
/** @typedef {(values: number[], q: number) => number} Quantile */
/** @typedef {(values: number[]) => { median: number, min: number, max: number, n: number }} Summarize */

/** The first visit's section of the report; gives its figures (the JSON's `cold`). */
export function firstVisitSection(/** @type {Doc} */ doc, /** @type {any} */ cold, /** @type {{ first: { visit: number, js: number } }} */ targets,
  /** @type {Quantile} */ quantile, /** @type {Summarize} */ summary) {
  const f = firstVisitFigures(cold, quantile, summary);
  doc.lines.push('### First visit (empty browser): the demo plan');
  doc.lines.push('');
  doc.header('floor (Solid + AG Grid + Dexie)');
  doc.row(['first visit → demo grid painted', range(f.app, ms, 'ms'), range(f.floor, ms, 'ms'), times(f.visitRatio), `≤ ${targets.first.visit}×`, verdict(f.visitRatio <= targets.first.visit)]);
  if (f.appSw) doc.row(['first visit with the service worker allowed → demo grid painted', range(f.appSw, ms, 'ms'), range(f.floor, ms, 'ms'), times(f.appSw.median / f.floor.median), '', '']);
  const { js: appJs } = f.app, { js: floorJs } = f.floor;
  doc.row(['JavaScript before the grid is painted (gzip)', `${(appJs.gzip / 1024).toFixed(1)} kB in ${counted(appJs.files.length, 'file')}`, `${(floorJs.gzip / 1024).toFixed(1)} kB in ${counted(floorJs.files.length, 'file')}`,
    times(f.jsRatio), `≤ ${targets.first.js}×`, verdict(f.jsRatio <= targets.first.js)]);
  doc.lines.push('');
  milestoneRows(doc, f.breakdown, cold.appSw?.length > 0);
  if (cold.profile) profileRows(doc, cold.profile);
  return f;
}

/** Each side's visits summed up: time to the painted grid, JavaScript before it, and the medians of its milestones. */
function firstVisitFigures(/** @type {any} */ cold, /** @type {Quantile} */ quantile, /** @type {Summarize} */ summary) {
  const appCold = summary(cold.app.map((/** @type {any} */ r) => r.ms));
  const floorCold = summary(cold.floor.map((/** @type {any} */ r) => r.ms));
  const swCold = cold.appSw?.length > 0 ? summary(cold.appSw.map((/** @type {any} */ r) => r.ms)) : undefined;
  const appJs = cold.app[0].js;
  const floorJs = cold.floor[0].js;
  const breakdown = {
    app: medians(cold.app.map((/** @type {any} */ r) => flatVisit(r.visit)), quantile),
    floor: medians(cold.floor.map((/** @type {any} */ r) => flatVisit(r.visit)), quantile),
    appSw: medians((cold.appSw ?? []).map((/** @type {any} */ r) => flatVisit(r.visit)), quantile),
  };
  return {
    app: { ...appCold, js: appJs }, floor: { ...floorCold, js: floorJs }, appSw: swCold, jsRatio: appJs.gzip / floorJs.gzip,
    visitRatio: appCold.median / floorCold.median, breakdown, profile: cold.profile,
  };
}

/** @type {[string, string][]} The milestones of a first visit, as the report names them. */
const MILESTONES = [
  ['HTML received', 'htmlReceived'], ['JavaScript of the first screen received (the HTML\'s modules and their static imports)', 'scriptsReceived'],
  ['modules imported on demand before the paint received', 'laterScriptsReceived'],
  ['first render (the page\'s root has content)', 'firstRender'], ['IndexedDB open asked', 'idbOpenAsked'], ['IndexedDB opened', 'idbOpened'],
  ['first write asked (the demo)', 'firstWriteAsked'], ['first write done (the demo stored)', 'firstWriteDone'],
  ['grid created (its root in the DOM)', 'gridCreated'], ['first row in the DOM', 'firstRowInDom'], ['painted', 'painted'],
  ['service worker: registration asked', 'swRegisterAsked'], ['service worker: active (precache done)', 'swActive'],
];

/** Where the time goes: the milestones of the visit, ms after navigation start (medians), then its counts. */
function milestoneRows(/** @type {Doc} */ doc, /** @type {Record<string, Record<string, number>>} */ breakdown, /** @type {boolean} */ sw) {
  const { app, floor, appSw } = /** @type {Record<'app' | 'floor' | 'appSw', Record<string, number>>} */ (breakdown);
  doc.lines.push('#### Where the first visit\'s time goes (ms after navigation start, medians)');
  doc.lines.push('');
  doc.row(['milestone', 'app', 'floor', ...(sw ? ['app, service worker allowed'] : [])]);
  doc.row(['---', '---', '---', ...(sw ? ['---'] : [])]);
  const cell = (/** @type {Record<string, number>} */ b, /** @type {string} */ key) => (b[key] === undefined ? '—' : ms(b[key]));
  for (const [label, key] of MILESTONES) {
    if ([app, floor, appSw].every((b) => b[key] === undefined)) continue;
    doc.row([label, cell(app, key), cell(floor, key), ...(sw ? [cell(appSw, key)] : [])]);
  }
  /** A line with each side's text from its breakdown. */
  const each = (/** @type {string} */ label, /** @type {(b: Record<string, number>) => string} */ text) => doc.row([label, text(app), text(floor), ...(sw ? [text(appSw)] : [])]);
  each('JavaScript files fetched before the paint (rounds of the module waterfall)', (b) => (b.scripts === undefined ? '—' : `${counted(b.scripts, 'file')} in ${counted(b.rounds, 'round')}`));
  each('main-thread tasks over 50 ms before the paint (total, count)', (b) => (b.longTaskTotal === undefined ? '—' : `${ms(b.longTaskTotal)} ms in ${b.longTaskCount}`));
  each('fonts', (b) => (b.fonts === undefined ? '—' : `${b.fonts} fetched, ${b.fontFaces} web fonts loaded`));
  doc.lines.push('');
}

/** The profile's main-thread time by origin (`--profile`), the app's largest first; origins under 2 ms on both sides left out. */
function profileRows(/** @type {Doc} */ doc, /** @type {{ runs: number, app: Record<string, number>, floor: Record<string, number> }} */ profile) {
  doc.lines.push(`#### Main-thread time of the first visit by origin (sampling profile, ${profile.runs} runs, medians in ms; the page is slower while profiled)`);
  doc.lines.push('');
  doc.row(['where', 'app', 'floor']);
  doc.row(['---', '---', '---']);
  const keys = [...new Set([...Object.keys(profile.app), ...Object.keys(profile.floor)])]
    .sort((a, b) => (profile.app[b] ?? 0) - (profile.app[a] ?? 0));
  for (const key of keys) {
    if ((profile.app[key] ?? 0) < 2 && (profile.floor[key] ?? 0) < 2) continue;
    doc.row([key, ms(profile.app[key] ?? 0), ms(profile.floor[key] ?? 0)]);
  }
  doc.lines.push('');
}

/** The median of each named figure over the samples that have it. */
function medians(/** @type {Record<string, number | undefined>[]} */ samples, /** @type {Quantile} */ quantile) {
  /** @type {Record<string, number>} */
  const out = {};
  for (const key of new Set(samples.flatMap((s) => Object.keys(s)))) {
    const values = samples.map((s) => s[key]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (values.length > 0) out[key] = quantile(/** @type {number[]} */ (values), 0.5);
  }
  return out;
}

/** A first visit's breakdown as flat numbers (milestones, counts), for medians over the runs. */
function flatVisit(/** @type {any} */ visit) {
  if (!visit) return {};
  return {
    ...visit.marks, painted: visit.painted, scripts: visit.scripts, rounds: visit.rounds, fonts: visit.fonts, fontFaces: visit.fontFaces,
    longTaskCount: visit.longTasks?.count, longTaskTotal: visit.longTasks?.total,
  };
}
