// @ts-check
/**
 * The lines of one size's table from its figures (reportFigures.mjs): opening (1.), editing (2.), the files (3., 4.),
 * the heap (6.), scrolling (7.) and the longest tasks; reportRows.mjs and monitoringRows.mjs make the lines of 8.–11.
 */
import { frames, mb, ms, range, thousands, times, verdict } from './reportRows.mjs';

/** @typedef {import('./reportRows.mjs').Row} Row */
/** @typedef {import('./reportRows.mjs').Targets} Targets */

/** (1.) The plan opened from the list and by address; the cold opens after a browser restart, where measured. */
export function openRows(/** @type {Row} */ row, /** @type {Targets} */ { atMost }, /** @type {any} */ f) {
  row(['1. open a stored plan from the plan list → grid painted', range(f.open.app, ms, 'ms'), range(f.open.floor, ms, 'ms'), times(f.open.ratio), ...atMost('open', f.open.ratio)]);
  row(['1. load the page at the plan\'s address → grid painted (JS included)', range(f.openByAddress.app, ms, 'ms'), range(f.openByAddress.floor, ms, 'ms'), times(f.openByAddress.ratio), '', '']);
  if (f.coldOpen) coldOpenRows(row, { atMost }, f.coldOpen);
}

/** (1.) The cold opens after a browser restart, against the open from the plan list of the same session. */
export function coldOpenRows(/** @type {Row} */ row, /** @type {Pick<Targets, 'atMost'>} */ { atMost }, /** @type {any} */ cold) {
  const fromList = `${range(cold.fromList, ms, 'ms')}: the app's open from the plan list`;
  row(['1. cold open by address after a browser restart → grid painted', range(cold.open, ms, 'ms'), fromList, times(cold.ratio), ...atMost('coldOpen', cold.ratio)]);
  if (cold.sw) row(['   the same with the service worker installed', range(cold.sw, ms, 'ms'), fromList, times(cold.swRatio), '', '']);
  if (cold.cleared) row(['   the same after a reload with the HTTP cache cleared', range(cold.cleared, ms, 'ms'), fromList, times(cold.clearedRatio), '', '']);
  if (cold.floor) {
    // The stack's own price of a restart: the floor's cold open against its open again in the same page.
    row(['   the floor\'s cold open after its restart (bare grid over its table) vs its open again in that page', range(cold.floor.open, ms, 'ms'), `${range(cold.floor.reopen, ms, 'ms')}: the floor's open again`, times(cold.floorRatio), '', '']);
    row(['   the app\'s cold open vs the floor\'s cold open', range(cold.open, ms, 'ms'), `${range(cold.floor.open, ms, 'ms')}: the floor's cold open`, times(cold.againstFloor), '', '']);
  }
}

/** (2.) Edits: painted p50 and p95 against the floor's, and saved. */
export function editRows(/** @type {Row} */ row, /** @type {Targets} */ { atMost }, /** @type {any} */ edit) {
  const editCell = (/** @type {number} */ v, /** @type {number} */ f) => `${ms(v)} ms (${frames(f)})`;
  row(['2. edit typed (value, Enter) → validated, aggregate, painted: p50', editCell(edit.ms.p50, edit.frames.p50), editCell(edit.floorMs.p50, edit.floorFrames.p50), times(edit.ratio.p50), ...atMost('editP50', edit.ratio.p50)]);
  row(['2. edit → painted: p95', editCell(edit.ms.p95, edit.frames.p95), editCell(edit.floorMs.p95, edit.floorFrames.p95), times(edit.ratio.p95), ...atMost('editP95', edit.ratio.p95)]);
  row(['2. edit → saved in IndexedDB: p50 / p95', `${ms(edit.savedMs.p50)} / ${ms(edit.savedMs.p95)} ms`, '—', '', '', '']);
}

/** (3., 4., 6.) The CSV import and its parts, the exports, the plan-file import, and the heap. */
export function fileRows(/** @type {Row} */ row, /** @type {Targets} */ { target, atMost, goal }, /** @type {any} */ f) {
  const csv = f.csvImport;
  const csvTarget = goal.csvImportMs === undefined ? atMost('csvImport', csv.ratio)
    : target('csvImport', (l) => `≤ ${l}× and < ${thousands(Number(goal.csvImportMs))} ms`, (l) => csv.ratio <= l && csv.app.median < Number(goal.csvImportMs));
  row([`3. CSV import, ${thousands(csv.updates)} units changed (preview + apply → saved)`, range(csv.app, ms, 'ms'), range(csv.floor, ms, 'ms'), times(csv.ratio), ...csvTarget]);
  row(['   of which: file chosen → preview painted', range(csv.preview, ms, 'ms'), '', '', '', '']);
  row(['   of which: Apply → painted and saved', range(csv.applyToSaved, ms, 'ms'), '', '', '', '']);
  storeOnlyRow(row, csv.storeOnly);
  row(['3. longest main-thread task during the import', range(csv.longest, ms, 'ms'), range(csv.floorLongest, ms, 'ms'), '', ...target('csvLongest', (l) => `≤ ${l} ms`, (l) => csv.longest.max <= l)]);
  /** A line of the app's figure against the floor's, with its ratio against the target `key`. */
  const against = (/** @type {string} */ label, /** @type {any} */ x, /** @type {string} */ key, /** @type {(v: number) => string} */ format = ms, unit = 'ms') =>
    row([label, range(x.app, format, unit), range(x.floor, format, unit), times(x.ratio), ...atMost(key, x.ratio)]);
  against('4. CSV export → file handed to the browser', f.csvExport, 'csvExport');
  against('4. plan-file export', f.planFileExport, 'planFileExport');
  against('4. plan-file import as a new plan (preview + apply → painted and stored)', f.planFileImport, 'planFileImport');
  storeOnlyRow(row, f.planFileImport.storeOnly);
  against('6. JS heap after opening the plan', f.heap, 'heap', mb, 'MB');
}

/** An import's figure against the floor that only parses, checks and stores the file: shown, without a target. */
const storeOnlyRow = (/** @type {Row} */ row, /** @type {any} */ x) =>
  row(['   against the floor that only parses, checks and stores (no preview, no grid)', '', range(x.floor, ms, 'ms'), times(x.ratio), '', '']);

/** (7.) Scrolling: the gaps between frames and the longest task, against the floor's. */
export function scrollRows(/** @type {Row} */ row, /** @type {Targets} */ { target }, /** @type {any} */ scroll) {
  row([`7. scroll with the mouse wheel (${thousands(Math.round(scroll.rows.median))} rows): gap between frames p50 / p95`, `${ms(scroll.gaps.p50)} / ${ms(scroll.gaps.p95)} ms`, `${ms(scroll.floorGaps.p50)} / ${ms(scroll.floorGaps.p95)} ms`, '',
    ...target('scrollGapP95', (l) => `p95 ≤ ${l} ms`, (l) => scroll.gaps.p95 <= l)]);
  row([`7. scroll: longest main-thread task (tasks over 50 ms: ${scroll.overBudget} in ${thousands(scroll.frames)} frames)`, `${ms(scroll.longest)} ms`, `${ms(scroll.floorLongest)} ms`, '',
    ...target('scrollLongest', (l) => `none over ${l} ms`, (l) => scroll.longest <= l)]);
}

/** The longest main-thread task of each kind of step and of any; the progress bar where a size asks for one. */
export function longestRows(/** @type {Row} */ row, /** @type {Targets} */ { withinMs, goal }, /** @type {any} */ f) {
  const longest = f.longestTask;
  row(['longest main-thread task while opening', `${ms(longest.open)} ms`, '', '', ...withinMs('longestOpen', longest.open)]);
  row(['longest main-thread task while editing', `${ms(longest.edit)} ms`, '', '', ...withinMs('longestEdit', longest.edit)]);
  row(['longest main-thread task while importing (CSV, plan file)', `${ms(longest.import)} ms`, '', '', ...withinMs('longestImport', longest.import)]);
  row(['longest main-thread task while proposing (Run → preview painted, Apply → saved)', `${ms(longest.proposal)} ms`, '', '', ...withinMs('longestProposal', longest.proposal)]);
  row(['longest main-thread task in any step', `${ms(f.longestTaskAnywhere)} ms`, '', '', ...withinMs('longestAny', f.longestTaskAnywhere)]);
  const progressSeen = f.csvImport.progressSeen;
  if (goal.progress !== undefined) row(['progress bar shown during the import', progressSeen ? 'yes' : 'no', '', '', 'yes', verdict(progressSeen)]);
}
