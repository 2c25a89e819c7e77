// @ts-check
/**
 * Turns the benchmark's raw samples into the figures it prints: medians and min–max over the runs,
 * p50/p95 over all edits and all scroll frames, the ratio app ÷ floor of the medians, and the targets the
 * README states, each at the size it is set for (`TARGETS`), with a ✓ or a ✗ computed against the floor
 * measured in the same run.
 */
import { monitoringRows } from './monitoringRows.mjs';
import { coldOpenFigures, sizeFigures } from './reportFigures.mjs';
import { firstVisitSection } from './reportFirstVisit.mjs';
import { blockRows, proposalRows, targetsAt, thousands } from './reportRows.mjs';
import { coldOpenRows, editRows, fileRows, longestRows, openRows, scrollRows } from './reportSizeRows.mjs';

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
  const header = (/** @type {string} */ floor) => {
    row(['measure', 'app', floor, 'ratio', 'target', '']);
    row(['---', '---', '---', '---', '---', '---']);
  };
  const doc = { lines, row, header };

  lines.push(`DVCTT Planner benchmark — ${meta.date}, Chromium ${meta.chromium}, ${meta.cpus} cores, ${meta.runs} runs per size, ${Number(meta.editsPerRun)} edits per run, viewport ${/** @type {any} */ (meta.viewport).width}×${/** @type {any} */ (meta.viewport).height}, ${meta.seconds ?? '?'} s${loadText(meta.loadAverage)}.`);
  lines.push('Medians with (min–max) over the runs; edits and scroll frames: p50/p95 over all of them. Ratio = app ÷ floor of the medians, both measured in the same runs.');
  lines.push('');
  if (cold && cold.app.length > 0) json.cold = firstVisitSection(doc, cold, TARGETS, quantile, summary);
  for (const [sizeText, data] of Object.entries(bySize)) {
    const size = Number(sizeText);
    const restarts = /** @type {any[] | undefined} */ (restart[size]?.runs);
    const { figures, monitoring } = sizeFigures(data, restarts, quantile, summary);
    json.sizes[size] = { figures, runs: data.runs, restart: restarts };
    sizeSection(doc, size, figures, monitoring);
  }
  // Cold opens measured without the other lines of their size (`--only restart`): their lines alone.
  for (const [sizeText, data] of Object.entries(restart)) {
    const coldOpen = sizeText in bySize ? undefined : coldOpenFigures(data?.runs, summary);
    if (!coldOpen) continue;
    json.sizes[Number(sizeText)] = { figures: { coldOpen }, restart: data.runs };
    lines.push(`### ${thousands(Number(sizeText))} units: cold opens`, '');
    header('the open from the plan list');
    coldOpenRows(row, targetsAt(/** @type {any} */ (TARGETS)[Number(sizeText)] ?? {}), coldOpen);
    lines.push('');
  }
  return { markdown: `${lines.join('\n')}\n`, json };
}

/** One size's table, each line against the target this size sets for it (`TARGETS`). */
function sizeSection(/** @type {import('./reportRows.mjs').Doc} */ { lines, row, header }, /** @type {number} */ size, /** @type {any} */ figures, /** @type {any} */ monitoring) {
  const targets = targetsAt(/** @type {any} */ (TARGETS)[size] ?? {});
  const { target, atMost } = targets;
  lines.push(`### ${thousands(size)} units`);
  lines.push('');
  header('floor');
  openRows(row, targets, figures);
  editRows(row, targets, figures.edit);
  fileRows(row, targets, figures);
  if (figures.scroll) scrollRows(row, targets, figures.scroll);
  proposalRows(row, target, atMost, figures.proposal, figures.csvImport.applyToSaved);
  if (figures.blocks) blockRows(row, target, atMost, figures.blocks);
  if (monitoring) monitoringRows(row, target, atMost, monitoring);
  longestRows(row, targets, figures);
  lines.push('');
}

/** The machine's load average during the run, as the report's first line says it. */
function loadText(/** @type {any} */ load) {
  return load && Number.isFinite(load.min) ? `, load average ${load.min.toFixed(1)}–${load.max.toFixed(1)}` : '';
}
