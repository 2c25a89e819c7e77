// @ts-check
/**
 * The lines of the monthly follow-up (11.), from monitoringStep.mjs: the monitoring view opened against the same plan
 * opened, a typed count repainted in frames, a month's statistics imported against the plan's CSV import, the report
 * painted and its spread chart drawn.
 */
import { frames, ms, range, times } from './reportRows.mjs';

/** @typedef {{ median: number, min: number, max: number }} Summary */

/** The figures of the runs that measured the follow-up, or undefined when none did (sizes above a province's). */
export function monitoringFigures(/** @type {any[]} */ runs, /** @type {(pick: (r: any) => number) => Summary} */ s, /** @type {Summary} */ csvImport) {
  if (!runs.every((r) => r.monitoring)) return undefined;
  const open = s((r) => r.monitoring.open.ms);
  const planOpen = s((r) => r.monitoring.planOpen.ms);
  const imported = s((r) => r.monitoring.importPreview.painted.ms + Math.max(r.monitoring.importApply.painted.ms, r.monitoring.importApply.savedMs ?? 0));
  return {
    open, planOpen, openRatio: open.median / planOpen.median,
    editFrames: s((r) => r.monitoring.edit.painted.frames), editMs: s((r) => r.monitoring.edit.painted.ms),
    imported, csvImport, importRatio: imported.median / csvImport.median, importLongest: s((r) => Math.max(r.monitoring.importPreview.longest, r.monitoring.importApply.longest)),
    report: s((r) => r.monitoring.report.painted.ms), spread: s((r) => r.monitoring.spreadMs ?? Number.NaN),
    reportLongest: s((r) => r.monitoring.report.painted.longest), reportWhole: s((r) => r.monitoring.whole ?? Number.NaN),
    rankingPages: s((r) => r.monitoring.rankingPages ?? Number.NaN),
    printMs: s((r) => r.monitoring.printed?.ms ?? Number.NaN), printPages: s((r) => r.monitoring.printed?.pages ?? Number.NaN),
  };
}

/** The lines of the follow-up (11.). */
export function monitoringRows(/** @type {(cells: string[]) => void} */ row, /** @type {any} */ target, /** @type {any} */ atMost, /** @type {any} */ f) {
  row(['11. monitoring view opened by address → results grid painted vs the same plan opened', range(f.open, ms, 'ms'), `${range(f.planOpen, ms, 'ms')}: the plan (allocation) opened by address`,
    times(f.openRatio), ...atMost('monitoringOpen', f.openRatio)]);
  row(['11. a count typed (Enter) → the unit\'s rate, status and the aggregate painted: frames', `${frames(f.editFrames.max)} (${ms(f.editMs.median)} ms)`, '', '',
    ...target('countFrames', (/** @type {number} */ l) => `≤ ${frames(l)}`, (/** @type {number} */ l) => f.editFrames.max <= l)]);
  row(['11. a month\'s statistics for every unit imported (preview + Apply → saved) vs the plan\'s CSV import', range(f.imported, ms, 'ms'), `${range(f.csvImport, ms, 'ms')}: the CSV import (preview + apply)`,
    times(f.importRatio), ...atMost('monthImport', f.importRatio)]);
  row(['11. month import: longest main-thread task', range(f.importLongest, ms, 'ms'), '', '', '', '']);
  row([`11. monthly report opened → ranking table and charts painted, the ranking paginated (${f.rankingPages.median} pages)`, range(f.report, ms, 'ms'), '', '',
    ...target('reportMs', (/** @type {number} */ l) => `< ${l.toLocaleString('en')} ms`, (/** @type {number} */ l) => f.report.max < l)]);
  row(['11. report opened: longest main-thread task (click → painted)', range(f.reportLongest, ms, 'ms'), '', '', '', '']);
  row(['11. for information: report opened → its last ranking page added (a long ranking\'s first 10 pages show at once, the others after)', range(f.reportWhole, ms, 'ms'), '', '', '', '']);
  row([`11. for information: the browser prints the whole report to PDF (${f.printPages.median} pages; Chromium's rasterising, after the report's own pagination)`, range(f.printMs, ms, 'ms'), '', '', '', '']);
  row(['11. the spread chart of every unit drawn (its own measure)', range(f.spread, ms, 'ms'), '', '',
    ...target('spreadMs', (/** @type {number} */ l) => `< ${l} ms`, (/** @type {number} */ l) => f.spread.max < l)]);
}
