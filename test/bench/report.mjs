// @ts-check
/**
 * Turns the benchmark's raw samples into the figures it prints: medians and min–max over the runs,
 * p50/p95 over all edits and all scroll frames, the ratio app ÷ floor of the medians, and the targets the
 * README states, each at the size it is set for (`TARGETS`), with a ✓ or a ✗ computed against the floor
 * measured in the same run.
 */
import { monitoringFigures, monitoringRows } from './monitoringRows.mjs';
import { blockFigures, blockRows, frames, max, ms, proposalRows, range, thousands, times } from './reportRows.mjs';

/** The targets, by plan size (units). A line with no target at a size shows its figures only. */
export const TARGETS = {
  first: { visit: 1.3, js: 1.2 },
  159: { open: 1.1, editP50: 1.5, editP95: 2, csvImport: 3, csvImportMs: 200, planFileImport: 3 },
  10598: {
    open: 1.3, editP50: 1.5, editP95: 2, csvImport: 1.3, csvLongest: 100, csvExport: 1.5, planFileExport: 1.5, heap: 2,
    scrollGapP95: 33, scrollLongest: 50, coldOpen: 1.3,
    // The proposal: no task over 100 ms while computing, the preview within 2 frames, Apply within 1.3× the CSV import's.
    proposalLongest: 100, proposalFrames: 2, proposalApply: 1.3,
    // Blocks: fill down and paste of a whole column within 1.3× the CSV import's Apply, no task over 100 ms; a selection
    // moved in 1 frame; two versions compared within 1.3× the open from the plan list.
    blockFill: 1.3, blockPaste: 1.3, blockLongest: 100, selectionFrames: 1, compareOpen: 1.3,
    // The monthly follow-up: the view within 1.3× the plan's open, a count repainted within 2 frames, a month's
    // statistics within 1.3× the plan's CSV import, the report in under 3 s, the spread chart in under 500 ms.
    monitoringOpen: 1.3, countFrames: 2, monthImport: 1.3, reportMs: 3000, spreadMs: 500,
  },
  100000: { longestOpen: 1000, longestEdit: 1000, longestImport: 1000, longestAny: 1000, progress: true, longestProposal: 1000, proposalProgress: true },
};

const mb = (/** @type {number} */ v) => (v / 2 ** 20).toFixed(1);

/**
 * @param {{ meta: Record<string, unknown>, cold: any, bySize: Record<number, any>, restart?: Record<number, any>,
 *   quantile: (v: number[], q: number) => number, summary: (v: number[]) => { median: number, min: number, max: number, n: number } }} input
 */
export function report({ meta, cold, bySize, restart = {}, quantile, summary }) {
  /** @type {string[]} */
  const lines = [];
  /** @type {Record<string, any>} */
  const json = { meta, targets: TARGETS, cold: {}, sizes: {} };
  const row = (/** @type {string[]} */ cells) => lines.push(`| ${cells.join(' | ')} |`);
  const verdict = (/** @type {boolean | null} */ ok) => (ok === null ? '' : ok ? '✓' : '✗ missed');
  const header = (/** @type {string} */ floor) => {
    row(['measure', 'app', floor, 'ratio', 'target', '']);
    row(['---', '---', '---', '---', '---', '---']);
  };
  /** The median of each named figure over the samples that have it. */
  const medians = (/** @type {Record<string, number | undefined>[]} */ samples) => {
    /** @type {Record<string, number>} */
    const out = {};
    for (const key of new Set(samples.flatMap((s) => Object.keys(s)))) {
      const values = samples.map((s) => s[key]).filter((v) => typeof v === 'number' && Number.isFinite(v));
      if (values.length > 0) out[key] = quantile(/** @type {number[]} */ (values), 0.5);
    }
    return out;
  };

  lines.push(`DVCTT Planner benchmark — ${meta.date}, Chromium ${meta.chromium}, ${meta.cpus} cores, ${meta.runs} runs per size, ${Number(meta.editsPerRun)} edits per run, viewport ${/** @type {any} */ (meta.viewport).width}×${/** @type {any} */ (meta.viewport).height}, ${meta.seconds ?? '?'} s${loadText(meta.loadAverage)}.`);
  lines.push('Medians with (min–max) over the runs; edits and scroll frames: p50/p95 over all of them. Ratio = app ÷ floor of the medians, both measured in the same runs.');
  lines.push('');

  // ---- The first visit: the same at every size. ------------------------------------------------------
  if (cold && cold.app.length > 0) {
    const appCold = summary(cold.app.map((/** @type {any} */ r) => r.ms));
    const floorCold = summary(cold.floor.map((/** @type {any} */ r) => r.ms));
    const swCold = cold.appSw?.length > 0 ? summary(cold.appSw.map((/** @type {any} */ r) => r.ms)) : undefined;
    const appJs = cold.app[0].js;
    const floorJs = cold.floor[0].js;
    const jsRatio = appJs.gzip / floorJs.gzip;
    const visitRatio = appCold.median / floorCold.median;
    const breakdown = {
      app: medians(cold.app.map((/** @type {any} */ r) => flatVisit(r.visit))),
      floor: medians(cold.floor.map((/** @type {any} */ r) => flatVisit(r.visit))),
      appSw: medians((cold.appSw ?? []).map((/** @type {any} */ r) => flatVisit(r.visit))),
    };
    json.cold = {
      app: { ...appCold, js: appJs }, floor: { ...floorCold, js: floorJs }, appSw: swCold, jsRatio, visitRatio, breakdown,
      profile: cold.profile,
    };
    lines.push('### First visit (empty browser): the demo plan');
    lines.push('');
    header('floor (Solid + AG Grid + Dexie)');
    row(['first visit → demo grid painted', range(appCold, ms, 'ms'), range(floorCold, ms, 'ms'), times(visitRatio), `≤ ${TARGETS.first.visit}×`, verdict(visitRatio <= TARGETS.first.visit)]);
    if (swCold) row(['first visit with the service worker allowed → demo grid painted', range(swCold, ms, 'ms'), range(floorCold, ms, 'ms'), times(swCold.median / floorCold.median), '', '']);
    row(['JavaScript before the grid is painted (gzip)', `${(appJs.gzip / 1024).toFixed(1)} kB in ${appJs.files.length} files`, `${(floorJs.gzip / 1024).toFixed(1)} kB in ${floorJs.files.length} files`,
      times(jsRatio), `≤ ${TARGETS.first.js}×`, verdict(jsRatio <= TARGETS.first.js)]);
    lines.push('');

    // Where the time goes: the milestones of the visit, ms after navigation start (medians).
    lines.push('#### Where the first visit\'s time goes (ms after navigation start, medians)');
    lines.push('');
    const sw = cold.appSw?.length > 0;
    row(['milestone', 'app', 'floor', ...(sw ? ['app, service worker allowed'] : [])]);
    row(['---', '---', '---', ...(sw ? ['---'] : [])]);
    /** @type {[string, string][]} */
    const milestones = [
      ['HTML received', 'htmlReceived'], ['JavaScript of the first screen received (the HTML\'s modules and their static imports)', 'scriptsReceived'],
      ['modules imported on demand before the paint received', 'laterScriptsReceived'],
      ['first render (the page\'s root has content)', 'firstRender'], ['IndexedDB open asked', 'idbOpenAsked'], ['IndexedDB opened', 'idbOpened'],
      ['first write asked (the demo)', 'firstWriteAsked'], ['first write done (the demo stored)', 'firstWriteDone'],
      ['grid created (its root in the DOM)', 'gridCreated'], ['first row in the DOM', 'firstRowInDom'], ['painted', 'painted'],
      ['service worker: registration asked', 'swRegisterAsked'], ['service worker: active (precache done)', 'swActive'],
    ];
    const cell = (/** @type {Record<string, number>} */ b, /** @type {string} */ key) => (b[key] === undefined ? '—' : ms(b[key]));
    for (const [label, key] of milestones) {
      if ([breakdown.app, breakdown.floor, breakdown.appSw].every((b) => b[key] === undefined)) continue;
      row([label, cell(breakdown.app, key), cell(breakdown.floor, key), ...(sw ? [cell(breakdown.appSw, key)] : [])]);
    }
    const counts = (/** @type {Record<string, number>} */ b) => (b.scripts === undefined ? '—' : `${b.scripts} files in ${b.rounds} round(s)`);
    row(['JavaScript files fetched before the paint (rounds of the module waterfall)', counts(breakdown.app), counts(breakdown.floor), ...(sw ? [counts(breakdown.appSw)] : [])]);
    const tasks = (/** @type {Record<string, number>} */ b) => (b.longTaskTotal === undefined ? '—' : `${ms(b.longTaskTotal)} ms in ${b.longTaskCount}`);
    row(['main-thread tasks over 50 ms before the paint (total, count)', tasks(breakdown.app), tasks(breakdown.floor), ...(sw ? [tasks(breakdown.appSw)] : [])]);
    const fonts = (/** @type {Record<string, number>} */ b) => (b.fonts === undefined ? '—' : `${b.fonts} fetched, ${b.fontFaces} web fonts loaded`);
    row(['fonts', fonts(breakdown.app), fonts(breakdown.floor), ...(sw ? [fonts(breakdown.appSw)] : [])]);
    lines.push('');

    if (cold.profile) {
      lines.push(`#### Main-thread time of the first visit by origin (sampling profile, ${cold.profile.runs} runs, medians in ms; the page is slower while profiled)`);
      lines.push('');
      row(['where', 'app', 'floor']);
      row(['---', '---', '---']);
      const keys = [...new Set([...Object.keys(cold.profile.app), ...Object.keys(cold.profile.floor)])]
        .sort((a, b) => (cold.profile.app[b] ?? 0) - (cold.profile.app[a] ?? 0));
      for (const key of keys) {
        if ((cold.profile.app[key] ?? 0) < 2 && (cold.profile.floor[key] ?? 0) < 2) continue;
        row([key, ms(cold.profile.app[key] ?? 0), ms(cold.profile.floor[key] ?? 0)]);
      }
      lines.push('');
    }
  }

  // ---- Each size. ------------------------------------------------------------------------------------
  for (const [sizeText, data] of Object.entries(bySize)) {
    const size = Number(sizeText);
    /** @type {Record<string, number | boolean>} */
    const goal = /** @type {any} */ (TARGETS)[size] ?? {};
    const runs = /** @type {any[]} */ (data.runs);
    const s = (/** @type {(r: any) => number} */ pick) => summary(runs.map(pick));
    const ratio = (/** @type {{ median: number }} */ a, /** @type {{ median: number }} */ b) => a.median / b.median;
    const q = (/** @type {number[]} */ values) => ({ p50: quantile(values, 0.5), p95: quantile(values, 0.95) });

    const open = s((r) => r.open.ms);
    const floorOpen = s((r) => r.floorOpen.ms);
    const openInApp = s((r) => r.openInApp.ms);
    const floorOpenInApp = s((r) => r.floorOpenInApp.ms);
    const edits = runs.flatMap((r) => r.edits);
    const floorEdits = runs.flatMap((r) => r.floorEdits);
    const edit = {
      ms: q(edits.map((e) => e.painted.ms)), frames: q(edits.map((e) => e.painted.frames)), savedMs: q(edits.map((e) => e.savedMs)),
      floorMs: q(floorEdits.map((e) => e.painted.ms)), floorFrames: q(floorEdits.map((e) => e.painted.frames)), n: edits.length,
    };
    const editRatio = { p50: edit.ms.p50 / edit.floorMs.p50, p95: edit.ms.p95 / edit.floorMs.p95 };
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
    const proposalApply = s((r) => Math.max(r.proposal.apply.painted.ms, r.proposal.apply.savedMs));
    const proposal = {
      run: s((r) => r.proposal.run.painted.ms), runLongest: s((r) => r.proposal.run.longest), frames: s((r) => r.proposal.frames),
      apply: proposalApply, applyRatio: ratio(proposalApply, csvApply), applyLongest: s((r) => r.proposal.apply.longest),
      progressSeen: runs.every((r) => r.proposal.run.painted.progressSeen), changed: runs[0].proposal.changed,
      setup: { indicator: runs[0].proposal.indicator, method: runs[0].proposal.method, goal: runs[0].proposal.goal },
    };
    const blocks = blockFigures(runs, s, quantile, csvApply, openInApp);
    const monitoring = monitoringFigures(runs, s, csv);
    const heap = s((r) => r.heap);
    const floorHeap = s((r) => r.floorHeap);
    const longest = {
      open: max(runs.flatMap((r) => [r.open.longest, r.openInApp.longest])),
      edit: max(runs.flatMap((r) => r.edits.map((/** @type {any} */ e) => e.longest))),
      import: max(runs.flatMap((r) => [r.csvPreview.longest, r.csvApply.longest, r.planPreview.longest, r.planApply.longest])),
      export: max(runs.flatMap((r) => [r.csvExport.longest, r.planExport.longest])),
      proposal: max(runs.flatMap((r) => [r.proposal.run.longest, r.proposal.apply.longest])),
      blocks: blocks ? max([blocks.fill.longest.max, blocks.paste.longest.max, blocks.compare.longest.max]) : 0,
    };
    const longestAnywhere = max(Object.values(longest));
    const scrolled = runs.filter((r) => r.scroll);
    const scroll = scrolled.length === 0 ? undefined : {
      gaps: q(scrolled.flatMap((r) => r.scroll.gaps)), floorGaps: q(scrolled.flatMap((r) => r.floorScroll.gaps)),
      longest: max(scrolled.flatMap((r) => r.scroll.longTasks)), floorLongest: max(scrolled.flatMap((r) => r.floorScroll.longTasks)),
      overBudget: scrolled.flatMap((r) => r.scroll.longTasks).length, frames: scrolled.reduce((n, r) => n + r.scroll.gaps.length, 0),
      rows: summary(scrolled.map((r) => r.scroll.rowsScrolled ?? 0)),
    };
    const restarts = /** @type {any[] | undefined} */ (restart[size]?.runs);
    const cold = restarts && restarts.length > 0 ? {
      open: summary(restarts.map((r) => r.cold.ms)), fromList: summary(restarts.map((r) => r.fromList.ms)),
      sw: restarts.every((r) => r.coldSw) ? summary(restarts.map((r) => r.coldSw.ms)) : undefined,
      cleared: restarts.every((r) => r.cleared) ? summary(restarts.map((r) => r.cleared.ms)) : undefined,
      longest: max(restarts.map((r) => r.cold.longest)),
    } : undefined;

    const figures = {
      open: { app: openInApp, floor: floorOpenInApp, ratio: ratio(openInApp, floorOpenInApp), longest: summary(runs.map((r) => r.openInApp.longest)) },
      openByAddress: { app: open, floor: floorOpen, ratio: ratio(open, floorOpen), longest: summary(runs.map((r) => r.open.longest)) },
      coldOpen: cold && { ...cold, ratio: ratio(cold.open, cold.fromList), swRatio: cold.sw && ratio(cold.sw, cold.fromList), clearedRatio: cold.cleared && ratio(cold.cleared, cold.fromList) },
      edit: { ...edit, ratio: editRatio },
      csvImport: { app: csv, preview: csvPreview, applyToSaved: csvApply, floor: floorCsv, ratio: ratio(csv, floorCsv), longest: csvLongest, floorLongest: floorCsvLongest, progressSeen,
        updates: runs[0].csvUpdates, bytes: data.files.csvBytes },
      csvExport: { app: csvExport, floor: floorCsvExport, ratio: ratio(csvExport, floorCsvExport) },
      planFileExport: { app: planExport, floor: floorPlanExport, ratio: ratio(planExport, floorPlanExport) },
      planFileImport: { app: planImport, floor: floorPlanImport, ratio: ratio(planImport, floorPlanImport), bytes: data.files.planFileBytes },
      heap: { app: heap, floor: floorHeap, ratio: ratio(heap, floorHeap) },
      proposal,
      blocks,
      scroll,
      longestTask: longest,
      longestTaskAnywhere: longestAnywhere,
    };
    json.sizes[size] = { figures, runs, restart: restarts };

    /** The target and verdict cells of a line: empty where this size sets no such target. */
    const target = (/** @type {string} */ key, /** @type {(limit: any) => string} */ text, /** @type {(limit: any) => boolean} */ ok) =>
      (goal[key] === undefined ? ['', ''] : [text(goal[key]), verdict(ok(goal[key]))]);
    const atMost = (/** @type {string} */ key, /** @type {number} */ value) => target(key, (l) => `≤ ${l}×`, (l) => value <= l);
    const withinMs = (/** @type {string} */ key, /** @type {number} */ value) => target(key, (l) => `≤ ${thousands(l)} ms`, (l) => value <= l);

    lines.push(`### ${thousands(size)} units`);
    lines.push('');
    header('floor');
    row(['1. open a stored plan from the plan list → grid painted', range(openInApp, ms, 'ms'), range(floorOpenInApp, ms, 'ms'), times(figures.open.ratio), ...atMost('open', figures.open.ratio)]);
    row(['1. load the page at the plan\'s address → grid painted (JS included)', range(open, ms, 'ms'), range(floorOpen, ms, 'ms'), times(figures.openByAddress.ratio), '', '']);
    if (cold) {
      const fromList = `${range(cold.fromList, ms, 'ms')}: the app's open from the plan list`;
      row(['1. cold open by address after a browser restart → grid painted', range(cold.open, ms, 'ms'), fromList, times(cold.open.median / cold.fromList.median), ...atMost('coldOpen', cold.open.median / cold.fromList.median)]);
      if (cold.sw) row(['   the same with the service worker installed', range(cold.sw, ms, 'ms'), fromList, times(cold.sw.median / cold.fromList.median), '', '']);
      if (cold.cleared) row(['   the same after a reload with the HTTP cache cleared', range(cold.cleared, ms, 'ms'), fromList, times(cold.cleared.median / cold.fromList.median), '', '']);
    }
    const editCell = (/** @type {number} */ v, /** @type {number} */ f) => `${ms(v)} ms (${frames(f)})`;
    row(['2. edit typed (value, Enter) → validated, aggregate, painted: p50', editCell(edit.ms.p50, edit.frames.p50), editCell(edit.floorMs.p50, edit.floorFrames.p50), times(editRatio.p50), ...atMost('editP50', editRatio.p50)]);
    row(['2. edit → painted: p95', editCell(edit.ms.p95, edit.frames.p95), editCell(edit.floorMs.p95, edit.floorFrames.p95), times(editRatio.p95), ...atMost('editP95', editRatio.p95)]);
    row(['2. edit → saved in IndexedDB: p50 / p95', `${ms(edit.savedMs.p50)} / ${ms(edit.savedMs.p95)} ms`, '—', '', '', '']);
    const csvTarget = goal.csvImportMs === undefined ? atMost('csvImport', figures.csvImport.ratio)
      : target('csvImport', (l) => `≤ ${l}× and < ${thousands(Number(goal.csvImportMs))} ms`, (l) => figures.csvImport.ratio <= l && csv.median < Number(goal.csvImportMs));
    row([`3. CSV import, ${thousands(figures.csvImport.updates)} units changed (preview + apply → saved)`, range(csv, ms, 'ms'), range(floorCsv, ms, 'ms'), times(figures.csvImport.ratio), ...csvTarget]);
    row(['   of which: file chosen → preview painted', range(csvPreview, ms, 'ms'), '', '', '', '']);
    row(['   of which: Apply → painted and saved', range(csvApply, ms, 'ms'), '', '', '', '']);
    row(['3. longest main-thread task during the import', range(csvLongest, ms, 'ms'), range(floorCsvLongest, ms, 'ms'), '', ...target('csvLongest', (l) => `≤ ${l} ms`, (l) => csvLongest.max <= l)]);
    row(['4. CSV export → file handed to the browser', range(csvExport, ms, 'ms'), range(floorCsvExport, ms, 'ms'), times(figures.csvExport.ratio), ...atMost('csvExport', figures.csvExport.ratio)]);
    row(['4. plan-file export', range(planExport, ms, 'ms'), range(floorPlanExport, ms, 'ms'), times(figures.planFileExport.ratio), ...atMost('planFileExport', figures.planFileExport.ratio)]);
    row(['4. plan-file import as a new plan (preview + apply → painted and stored)', range(planImport, ms, 'ms'), range(floorPlanImport, ms, 'ms'), times(figures.planFileImport.ratio), ...atMost('planFileImport', figures.planFileImport.ratio)]);
    row(['6. JS heap after opening the plan', range(heap, mb, 'MB'), range(floorHeap, mb, 'MB'), times(figures.heap.ratio), ...atMost('heap', figures.heap.ratio)]);
    if (scroll) {
      row([`7. scroll with the mouse wheel (${thousands(Math.round(scroll.rows.median))} rows): gap between frames p50 / p95`, `${ms(scroll.gaps.p50)} / ${ms(scroll.gaps.p95)} ms`, `${ms(scroll.floorGaps.p50)} / ${ms(scroll.floorGaps.p95)} ms`, '',
        ...target('scrollGapP95', (l) => `p95 ≤ ${l} ms`, (l) => scroll.gaps.p95 <= l)]);
      row([`7. scroll: longest main-thread task (tasks over 50 ms: ${scroll.overBudget} in ${thousands(scroll.frames)} frames)`, `${ms(scroll.longest)} ms`, `${ms(scroll.floorLongest)} ms`, '',
        ...target('scrollLongest', (l) => `none over ${l} ms`, (l) => scroll.longest <= l)]);
    }
    proposalRows(row, target, atMost, proposal, csvApply);
    if (blocks) blockRows(row, target, atMost, blocks);
    if (monitoring) monitoringRows(row, target, atMost, monitoring);
    row(['longest main-thread task while opening', `${ms(longest.open)} ms`, '', '', ...withinMs('longestOpen', longest.open)]);
    row(['longest main-thread task while editing', `${ms(longest.edit)} ms`, '', '', ...withinMs('longestEdit', longest.edit)]);
    row(['longest main-thread task while importing (CSV, plan file)', `${ms(longest.import)} ms`, '', '', ...withinMs('longestImport', longest.import)]);
    row(['longest main-thread task while proposing (Run → preview painted, Apply → saved)', `${ms(longest.proposal)} ms`, '', '', ...withinMs('longestProposal', longest.proposal)]);
    row(['longest main-thread task in any step', `${ms(longestAnywhere)} ms`, '', '', ...withinMs('longestAny', longestAnywhere)]);
    if (goal.progress !== undefined) row(['progress bar shown during the import', progressSeen ? 'yes' : 'no', '', '', 'yes', verdict(progressSeen)]);
    lines.push('');
  }
  return { markdown: `${lines.join('\n')}\n`, json };
}

/** The machine's load average during the run, as the report's first line says it. */
function loadText(/** @type {any} */ load) {
  return load && Number.isFinite(load.min) ? `, load average ${load.min.toFixed(1)}–${load.max.toFixed(1)}` : '';
}

/** A first visit's breakdown as flat numbers (milestones, counts), for medians over the runs. */
function flatVisit(/** @type {any} */ visit) {
  if (!visit) return {};
  return {
    ...visit.marks, painted: visit.painted, scripts: visit.scripts, rounds: visit.rounds, fonts: visit.fonts, fontFaces: visit.fontFaces,
    longTaskCount: visit.longTasks?.count, longTaskTotal: visit.longTasks?.total,
  };
}
