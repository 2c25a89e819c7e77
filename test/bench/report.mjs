// @ts-check
/**
 * Turns the benchmark's raw samples into the figures it prints: medians and min–max over the runs,
 * p50/p95 over all edits, the ratio app ÷ floor of the medians, and the targets the README states
 * (they apply at the 10,598-unit size; at 100,000 units the app must stay usable: no task over 1 s,
 * a progress bar on long work).
 */

const TARGET_SIZE = 10598;
const USABLE_SIZE = 100000;

const ms = (/** @type {number} */ v) => (v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1));
const mb = (/** @type {number} */ v) => (v / 2 ** 20).toFixed(1);
const range = (/** @type {{ median: number, min: number, max: number }} */ s, /** @type {(v: number) => string} */ f, /** @type {string} */ unit) =>
  `${f(s.median)} ${unit} (${f(s.min)}–${f(s.max)})`;
const max = (/** @type {number[]} */ values) => values.reduce((a, b) => Math.max(a, b), 0);

/**
 * @param {{ meta: Record<string, unknown>, cold: any, bySize: Record<number, any>,
 *   quantile: (v: number[], q: number) => number, summary: (v: number[]) => { median: number, min: number, max: number, n: number } }} input
 */
export function report({ meta, cold, bySize, quantile, summary }) {
  /** @type {string[]} */
  const lines = [];
  /** @type {Record<string, any>} */
  const json = { meta, targetsAt: TARGET_SIZE, cold: {}, sizes: {} };
  const row = (/** @type {string[]} */ cells) => lines.push(`| ${cells.join(' | ')} |`);
  const verdict = (/** @type {boolean | null} */ ok) => (ok === null ? '' : ok ? '✓' : '✗ missed');

  lines.push(`DVCTT Planner benchmark — ${meta.date}, Chromium ${meta.chromium}, ${meta.cpus} cores, ${meta.runs} runs per size, ${Number(meta.runs) * Number(meta.editsPerRun)} edits per size, viewport ${/** @type {any} */ (meta.viewport).width}×${/** @type {any} */ (meta.viewport).height}.`);
  lines.push('Medians with (min–max) over the runs; edits: p50/p95 over all edits. Ratio = app ÷ floor of the medians, both measured in the same runs.');
  lines.push('');

  // Cold load and initial JavaScript: the same at every size.
  const appCold = summary(cold.app.map((/** @type {any} */ r) => r.ms));
  const floorCold = summary(cold.floor.map((/** @type {any} */ r) => r.ms));
  const appJs = cold.app[0].js;
  const floorJs = cold.floor[0].js;
  const jsRatio = appJs.gzip / floorJs.gzip;
  json.cold = { app: { ...appCold, js: appJs }, floor: { ...floorCold, js: floorJs }, jsRatio };
  lines.push('### Cold first visit (empty browser): the demo plan');
  lines.push('');
  row(['measure', 'app', 'floor (Solid + AG Grid + Dexie)', 'ratio', 'target', '']);
  row(['---', '---', '---', '---', '---', '---']);
  row(['first visit → demo grid painted', range(appCold, ms, 'ms'), range(floorCold, ms, 'ms'), `${(appCold.median / floorCold.median).toFixed(2)}×`, '', '']);
  row(['JavaScript before the grid is painted (gzip)', `${(appJs.gzip / 1024).toFixed(1)} kB in ${appJs.files.length} files`, `${(floorJs.gzip / 1024).toFixed(1)} kB in ${floorJs.files.length} files`,
    `${jsRatio.toFixed(2)}×`, '≤ 1.2×', verdict(jsRatio <= 1.2)]);
  lines.push('');

  for (const [sizeText, data] of Object.entries(bySize)) {
    const size = Number(sizeText);
    const runs = /** @type {any[]} */ (data.runs);
    const at = size === TARGET_SIZE;
    const s = (/** @type {(r: any) => number} */ pick) => summary(runs.map(pick));
    const ratio = (/** @type {{ median: number }} */ a, /** @type {{ median: number }} */ b) => a.median / b.median;

    const open = s((r) => r.open.ms);
    const floorOpen = s((r) => r.floorOpen.ms);
    const openInApp = s((r) => r.openInApp.ms);
    const floorOpenInApp = s((r) => r.floorOpenInApp.ms);
    const edits = runs.flatMap((r) => r.edits);
    const floorEdits = runs.flatMap((r) => r.floorEdits);
    const frames = edits.map((e) => e.painted.frames);
    const editMs = edits.map((e) => e.painted.ms);
    const savedMs = edits.map((e) => e.savedMs);
    const floorFrames = floorEdits.map((e) => e.frames);
    const floorEditMs = floorEdits.map((e) => e.ms);
    const csvTotal = (/** @type {any} */ r) => r.csvPreview.painted.ms + Math.max(r.csvApply.painted.ms, r.csvApply.savedMs);
    const csv = s(csvTotal);
    const csvPreview = s((r) => r.csvPreview.painted.ms);
    const csvApply = s((r) => Math.max(r.csvApply.painted.ms, r.csvApply.savedMs));
    const floorCsv = s((r) => r.floorCsvImport.ms);
    const csvLongest = s((r) => Math.max(r.csvPreview.longest, r.csvApply.longest));
    const floorCsvLongest = s((r) => r.floorCsvImport.longest);
    const progressSeen = runs.every((r) => r.csvPreview.painted.progressSeen || r.csvApply.painted.progressSeen);
    const csvExport = s((r) => r.csvExport.blob.ms);
    const floorCsvExport = s((r) => r.floorCsvExport.ms);
    const planExport = s((r) => r.planExport.blob.ms);
    const floorPlanExport = s((r) => r.floorPlanExport.ms);
    const planImport = s((r) => r.planPreview.painted.ms + Math.max(r.planApply.painted.ms, r.planApply.savedMs ?? 0));
    const floorPlanImport = s((r) => r.floorPlanImport.ms);
    const heap = s((r) => r.heap);
    const floorHeap = s((r) => r.floorHeap);
    const longestAnywhere = max(runs.flatMap((r) => [r.open.longest, r.openInApp.longest, ...r.edits.map((/** @type {any} */ e) => e.longest), r.csvPreview.longest, r.csvApply.longest,
      r.csvExport.longest, r.planExport.longest, r.planPreview.longest, r.planApply.longest]));

    const p = { p50: quantile(frames, 0.5), p95: quantile(frames, 0.95) };
    const figures = {
      open: { app: openInApp, floor: floorOpenInApp, ratio: ratio(openInApp, floorOpenInApp), longest: summary(runs.map((r) => r.openInApp.longest)) },
      openByAddress: { app: open, floor: floorOpen, ratio: ratio(open, floorOpen), longest: summary(runs.map((r) => r.open.longest)) },
      edit: {
        frames: p, ms: { p50: quantile(editMs, 0.5), p95: quantile(editMs, 0.95) }, savedMs: { p50: quantile(savedMs, 0.5), p95: quantile(savedMs, 0.95) },
        floorFrames: { p50: quantile(floorFrames, 0.5), p95: quantile(floorFrames, 0.95) }, floorMs: { p50: quantile(floorEditMs, 0.5), p95: quantile(floorEditMs, 0.95) }, n: edits.length,
      },
      csvImport: { app: csv, preview: csvPreview, applyToSaved: csvApply, floor: floorCsv, ratio: ratio(csv, floorCsv), longest: csvLongest, floorLongest: floorCsvLongest, progressSeen,
        updates: runs[0].csvUpdates, bytes: data.files.csvBytes },
      csvExport: { app: csvExport, floor: floorCsvExport, ratio: ratio(csvExport, floorCsvExport) },
      planFileExport: { app: planExport, floor: floorPlanExport, ratio: ratio(planExport, floorPlanExport) },
      planFileImport: { app: planImport, floor: floorPlanImport, ratio: ratio(planImport, floorPlanImport), bytes: data.files.planFileBytes },
      heap: { app: heap, floor: floorHeap, ratio: ratio(heap, floorHeap) },
      longestTaskAnywhere: longestAnywhere,
    };
    json.sizes[size] = { figures, runs };

    const target = (/** @type {string} */ text, /** @type {boolean} */ ok) => (at ? [text, verdict(ok)] : ['', '']);
    lines.push(`### ${size.toLocaleString('en')} units`);
    lines.push('');
    row(['measure', 'app', 'floor', 'ratio', `target (at ${TARGET_SIZE.toLocaleString('en')})`, '']);
    row(['---', '---', '---', '---', '---', '---']);
    row(['1. open a stored plan from the plan list → grid painted', range(openInApp, ms, 'ms'), range(floorOpenInApp, ms, 'ms'), `${figures.open.ratio.toFixed(2)}×`, ...target('≤ 1.3×', figures.open.ratio <= 1.3)]);
    row(['1. load the page at the plan\'s address → grid painted (JS included)', range(open, ms, 'ms'), range(floorOpen, ms, 'ms'), `${figures.openByAddress.ratio.toFixed(2)}×`, '', '']);
    row(['2. edit → validated, aggregate, painted: p50', `${p.p50} frame(s), ${ms(figures.edit.ms.p50)} ms`, `${figures.edit.floorFrames.p50} frame(s), ${ms(figures.edit.floorMs.p50)} ms`, '', ...target('1 frame', p.p50 <= 1)]);
    row(['2. edit → painted: p95', `${p.p95} frame(s), ${ms(figures.edit.ms.p95)} ms`, `${figures.edit.floorFrames.p95} frame(s), ${ms(figures.edit.floorMs.p95)} ms`, '', ...target('≤ 2 frames', p.p95 <= 2)]);
    row(['2. edit → saved in IndexedDB: p50 / p95', `${ms(figures.edit.savedMs.p50)} / ${ms(figures.edit.savedMs.p95)} ms`, '—', '', '', '']);
    row([`3. CSV import, ${figures.csvImport.updates.toLocaleString('en')} units changed (preview + apply → saved)`, range(csv, ms, 'ms'), range(floorCsv, ms, 'ms'), `${figures.csvImport.ratio.toFixed(2)}×`, ...target('≤ 1.3×', figures.csvImport.ratio <= 1.3)]);
    row(['   of which: file chosen → preview painted', range(csvPreview, ms, 'ms'), '', '', '', '']);
    row(['   of which: Apply → painted and saved', range(csvApply, ms, 'ms'), '', '', '', '']);
    row(['3. longest main-thread task during the import', range(csvLongest, ms, 'ms'), range(floorCsvLongest, ms, 'ms'), '', ...target('≤ 100 ms', csvLongest.max <= 100)]);
    row(['4. CSV export → file handed to the browser', range(csvExport, ms, 'ms'), range(floorCsvExport, ms, 'ms'), `${figures.csvExport.ratio.toFixed(2)}×`, ...target('≤ 1.5×', figures.csvExport.ratio <= 1.5)]);
    row(['4. plan-file export', range(planExport, ms, 'ms'), range(floorPlanExport, ms, 'ms'), `${figures.planFileExport.ratio.toFixed(2)}×`, ...target('≤ 1.5×', figures.planFileExport.ratio <= 1.5)]);
    row(['4. plan-file import as a new plan (preview + apply → painted and stored)', range(planImport, ms, 'ms'), range(floorPlanImport, ms, 'ms'), `${figures.planFileImport.ratio.toFixed(2)}×`, '', '']);
    row(['6. JS heap after opening the plan', range(heap, mb, 'MB'), range(floorHeap, mb, 'MB'), `${figures.heap.ratio.toFixed(2)}×`, ...target('≤ 2×', figures.heap.ratio <= 2)]);
    const usable = size >= USABLE_SIZE;
    row(['longest main-thread task in any step', `${ms(longestAnywhere)} ms`, '', '', usable ? '≤ 1,000 ms (usable)' : '', usable ? verdict(longestAnywhere <= 1000) : '']);
    if (usable) row(['progress bar shown during the import', progressSeen ? 'yes' : 'no', '', '', 'yes', verdict(progressSeen)]);
    lines.push('');
  }
  return { markdown: `${lines.join('\n')}\n`, json };
}
