// @ts-check
/**
 * The figures of one size, from its runs' raw samples (run.mjs): medians with min–max over the runs, p50/p95 over
 * all edits and scroll frames, and each line's ratio app ÷ floor of the medians. They are the JSON's `figures` of
 * that size, and what its table prints (reportSizeRows.mjs).
 */
import { monitoringFigures } from './monitoringRows.mjs';
import { blockFigures, max } from './reportRows.mjs';

/** @typedef {import('./reportRows.mjs').Summary} Summary */
/** @typedef {(pick: (r: any) => number) => Summary} Over the summary of one figure over the runs */
/** @typedef {(values: number[], q: number) => number} Quantile */
/** @typedef {(values: number[]) => Summary & { n: number }} Summarize */

const ratio = (/** @type {{ median: number }} */ a, /** @type {{ median: number }} */ b) => a.median / b.median;
const p50p95 = (/** @type {number[]} */ values, /** @type {Quantile} */ quantile) => ({ p50: quantile(values, 0.5), p95: quantile(values, 0.95) });

/**
 * @param {{ files: { csvBytes: number, planFileBytes: number }, runs: any[] }} data the size's runs
 * @param {any[] | undefined} restarts its cold opens after a browser restart, where measured
 */
export function sizeFigures(data, restarts, /** @type {Quantile} */ quantile, /** @type {Summarize} */ summary) {
  const runs = data.runs;
  /** @type {Over} */
  const s = (pick) => summary(runs.map(pick));
  const opens = openFigures(runs, s, summary);
  const files = fileFigures(runs, s, data.files);
  const proposal = proposalFigures(runs, s, files.csvImport.applyToSaved);
  const blocks = blockFigures(runs, s, quantile, files.csvImport.applyToSaved, opens.open.app);
  const monitoring = monitoringFigures(runs, s, files.csvImport.app);
  const longestTask = longestFigures(runs, blocks);
  const figures = {
    ...opens, coldOpen: coldOpenFigures(restarts, summary), edit: editFigures(runs, quantile), ...files, heap: ratioOf(s((r) => r.heap), s((r) => r.floorHeap)),
    proposal, blocks, scroll: scrollFigures(runs, quantile, summary), longestTask, longestTaskAnywhere: max(Object.values(longestTask)),
  };
  return { figures, monitoring };
}

/** A figure of the app's against the floor's, with their ratio. */
const ratioOf = (/** @type {Summary} */ app, /** @type {Summary} */ floor) => ({ app, floor, ratio: ratio(app, floor) });

/** (1.) The plan opened from the plan list (`open`) and by its address (`openByAddress`). */
function openFigures(/** @type {any[]} */ runs, /** @type {Over} */ s, /** @type {Summarize} */ summary) {
  return {
    open: { ...ratioOf(s((r) => r.openInApp.ms), s((r) => r.floorOpenInApp.ms)), longest: summary(runs.map((r) => r.openInApp.longest)) },
    openByAddress: { ...ratioOf(s((r) => r.open.ms), s((r) => r.floorOpen.ms)), longest: summary(runs.map((r) => r.open.longest)) },
  };
}

/** (1.) The cold opens after a browser restart against the open from the list of the same session, or undefined. */
export function coldOpenFigures(/** @type {any[] | undefined} */ restarts, /** @type {Summarize} */ summary) {
  if (!restarts || restarts.length === 0) return undefined;
  const cold = {
    open: summary(restarts.map((r) => r.cold.ms)), fromList: summary(restarts.map((r) => r.fromList.ms)),
    sw: restarts.every((r) => r.coldSw) ? summary(restarts.map((r) => r.coldSw.ms)) : undefined,
    cleared: restarts.every((r) => r.cleared) ? summary(restarts.map((r) => r.cleared.ms)) : undefined,
    longest: max(restarts.map((r) => r.cold.longest)),
    floor: restarts.every((r) => r.floorCold && r.floorReopen)
      ? { open: summary(restarts.map((r) => r.floorCold.ms)), reopen: summary(restarts.map((r) => r.floorReopen.ms)) } : undefined,
  };
  return {
    ...cold, ratio: ratio(cold.open, cold.fromList), swRatio: cold.sw && ratio(cold.sw, cold.fromList), clearedRatio: cold.cleared && ratio(cold.cleared, cold.fromList),
    floorRatio: cold.floor && ratio(cold.floor.open, cold.floor.reopen), againstFloor: cold.floor && ratio(cold.open, cold.floor.open),
  };
}

/** (2.) Every edit of every run: painted (ms and frames) and saved, p50 and p95, on each side. */
function editFigures(/** @type {any[]} */ runs, /** @type {Quantile} */ quantile) {
  const edits = runs.flatMap((r) => r.edits);
  const floorEdits = runs.flatMap((r) => r.floorEdits);
  const q = (/** @type {number[]} */ values) => p50p95(values, quantile);
  const edit = {
    ms: q(edits.map((e) => e.painted.ms)), frames: q(edits.map((e) => e.painted.frames)), savedMs: q(edits.map((e) => e.savedMs)),
    floorMs: q(floorEdits.map((e) => e.painted.ms)), floorFrames: q(floorEdits.map((e) => e.painted.frames)), n: edits.length,
  };
  return { ...edit, ratio: { p50: edit.ms.p50 / edit.floorMs.p50, p95: edit.ms.p95 / edit.floorMs.p95 } };
}

/** (3., 4.) The CSV import (preview + Apply → saved), the exports and the plan-file import. */
function fileFigures(/** @type {any[]} */ runs, /** @type {Over} */ s, /** @type {{ csvBytes: number, planFileBytes: number }} */ bytes) {
  const csv = s((r) => r.csvPreview.painted.ms + Math.max(r.csvApply.painted.ms, r.csvApply.savedMs));
  // The floor that does the same work (a preview painted, then the rows stored and shown in a bare grid), and the one
  // that only parses, checks and stores (the floor of the first figures, kept beside it).
  const floorCsv = s((r) => r.floorCsvShown.ms);
  const floorCsvStored = s((r) => r.floorCsvImport.ms);
  const csvImport = {
    app: csv, preview: s((r) => r.csvPreview.painted.ms), applyToSaved: s((r) => Math.max(r.csvApply.painted.ms, r.csvApply.savedMs)), floor: floorCsv, ratio: ratio(csv, floorCsv),
    storeOnly: ratioOf(csv, floorCsvStored),
    longest: s((r) => Math.max(r.csvPreview.longest, r.csvApply.longest)), floorLongest: s((r) => r.floorCsvShown.longest),
    progressSeen: runs.every((r) => r.csvPreview.painted.progressSeen || r.csvApply.painted.progressSeen), updates: runs[0].csvUpdates, bytes: bytes.csvBytes,
  };
  const planImport = s((r) => r.planPreview.painted.ms + Math.max(r.planApply.painted.ms, r.planApply.savedMs ?? 0));
  return {
    csvImport,
    csvExport: ratioOf(s((r) => r.csvExport.blob.ms), s((r) => r.floorCsvExport.ms)),
    planFileExport: ratioOf(s((r) => r.planExport.blob.ms), s((r) => r.floorPlanExport.ms)),
    planFileImport: { ...ratioOf(planImport, s((r) => r.floorPlanShown.ms)), storeOnly: ratioOf(planImport, s((r) => r.floorPlanImport.ms)), bytes: bytes.planFileBytes },
  };
}

/** (8.) "Đề xuất phân bổ": Run → preview, its frames and longest task; Apply → saved against the CSV import's Apply. */
function proposalFigures(/** @type {any[]} */ runs, /** @type {Over} */ s, /** @type {Summary} */ csvApply) {
  const apply = s((r) => Math.max(r.proposal.apply.painted.ms, r.proposal.apply.savedMs));
  return {
    run: s((r) => r.proposal.run.painted.ms), runLongest: s((r) => r.proposal.run.longest), frames: s((r) => r.proposal.frames),
    apply, applyRatio: ratio(apply, csvApply), applyLongest: s((r) => r.proposal.apply.longest),
    progressSeen: runs.every((r) => r.proposal.run.painted.progressSeen), changed: runs[0].proposal.changed,
    setup: { indicator: runs[0].proposal.indicator, method: runs[0].proposal.method, goal: runs[0].proposal.goal },
  };
}

/** (7.) The gaps between frames while scrolling, over every frame of the runs that scrolled, or undefined. */
function scrollFigures(/** @type {any[]} */ runs, /** @type {Quantile} */ quantile, /** @type {Summarize} */ summary) {
  const scrolled = runs.filter((r) => r.scroll);
  if (scrolled.length === 0) return undefined;
  return {
    gaps: p50p95(scrolled.flatMap((r) => r.scroll.gaps), quantile), floorGaps: p50p95(scrolled.flatMap((r) => r.floorScroll.gaps), quantile),
    longest: max(scrolled.flatMap((r) => r.scroll.longTasks)), floorLongest: max(scrolled.flatMap((r) => r.floorScroll.longTasks)),
    overBudget: scrolled.flatMap((r) => r.scroll.longTasks).length, frames: scrolled.reduce((n, r) => n + r.scroll.gaps.length, 0),
    rows: summary(scrolled.map((r) => r.scroll.rowsScrolled ?? 0)),
  };
}

/** The longest main-thread task of each kind of step, over every run. */
function longestFigures(/** @type {any[]} */ runs, /** @type {ReturnType<typeof blockFigures>} */ blocks) {
  return {
    open: max(runs.flatMap((r) => [r.open.longest, r.openInApp.longest])),
    edit: max(runs.flatMap((r) => r.edits.map((/** @type {any} */ e) => e.longest))),
    import: max(runs.flatMap((r) => [r.csvPreview.longest, r.csvApply.longest, r.planPreview.longest, r.planApply.longest])),
    export: max(runs.flatMap((r) => [r.csvExport.longest, r.planExport.longest])),
    proposal: max(runs.flatMap((r) => [r.proposal.run.longest, r.proposal.apply.longest])),
    blocks: blocks ? max([blocks.fill.longest.max, blocks.paste.longest.max, blocks.compare.longest.max]) : 0,
  };
}
