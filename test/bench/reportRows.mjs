// @ts-check
/**
 * The report's number formats and target cells, and the lines of its later steps (reportSizeRows.mjs makes the earlier
 * ones): "Đề xuất phân bổ" (8.), the block actions (9.) and the versions compared (10.).
 */

export const ms = (/** @type {number} */ v) => (!Number.isFinite(v) ? '—' : v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1));
export const times = (/** @type {number} */ v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '');
export const range = (/** @type {{ median: number, min: number, max: number }} */ s, /** @type {(v: number) => string} */ f, /** @type {string} */ unit) =>
  `${f(s.median)} ${unit} (${f(s.min)}–${f(s.max)})`;
export const max = (/** @type {number[]} */ values) => values.reduce((a, b) => Math.max(a, b), 0);
/** A count with its noun, in the singular for one (`1 frame`, `2 files`). */
export const counted = (/** @type {number} */ n, /** @type {string} */ noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
export const frames = (/** @type {number} */ n) => counted(n, 'frame');
export const thousands = (/** @type {number} */ n) => n.toLocaleString('en');
export const mb = (/** @type {number} */ v) => (v / 2 ** 20).toFixed(1);
/** The last cell of a line with a target: met or missed. */
export const verdict = (/** @type {boolean | null} */ ok) => (ok === null ? '' : ok ? '✓' : '✗ missed');

/** @typedef {{ median: number, min: number, max: number }} Summary */
/** @typedef {(cells: string[]) => void} Row */
/** @typedef {(key: string, text: (l: any) => string, ok: (l: any) => boolean) => string[]} Target */
/** @typedef {(key: string, value: number) => string[]} AtMost */
/** @typedef {{ lines: string[], row: Row, header: (floor: string) => void }} Doc the report being written: its lines, a table line, a table's header */
/** @typedef {{ goal: Record<string, number | boolean>, target: Target, atMost: AtMost, withinMs: AtMost }} Targets */

/**
 * The target and verdict cells of a size's lines (`goal`: its targets): empty where this size sets no such target.
 * `atMost` for a ratio, `withinMs` for a duration.
 * @returns {Targets}
 */
export function targetsAt(/** @type {Record<string, number | boolean>} */ goal) {
  /** @type {Target} */
  const target = (key, text, ok) => (goal[key] === undefined ? ['', ''] : [text(goal[key]), verdict(ok(goal[key]))]);
  return {
    goal, target,
    atMost: (key, value) => target(key, (l) => `≤ ${l}×`, (l) => value <= l),
    withinMs: (key, value) => target(key, (l) => `≤ ${thousands(l)} ms`, (l) => value <= l),
  };
}

/**
 * The lines of "Đề xuất phân bổ" (8.): Run → preview painted, its longest task, the frames from the computed proposal
 * to the painted preview, the progress bar, and Apply → saved against the CSV import's Apply of the same runs.
 */
export function proposalRows(/** @type {Row} */ row, /** @type {Target} */ target, /** @type {AtMost} */ atMost, /** @type {any} */ p, /** @type {Summary} */ csvApply) {
  const { indicator, method, goal } = p.setup;
  row([`8. proposal (${indicator === 'all' ? 'all indicators' : indicator}, ${method}, goal ${goal}), ${thousands(p.changed)} cells changed: Run → preview painted`,
    range(p.run, ms, 'ms'), '', '', '', '']);
  row(['8. proposal computed: longest main-thread task (Run → preview painted)', range(p.runLongest, ms, 'ms'), '', '',
    ...target('proposalLongest', (l) => `≤ ${l} ms`, (l) => p.runLongest.max <= l)]);
  row(['8. proposal preview painted after the result (frames from the computed proposal)', `${frames(p.frames.median)} (${p.frames.min}–${p.frames.max})`, '', '',
    ...target('proposalFrames', (l) => `≤ ${frames(l)}`, (l) => p.frames.max <= l)]);
  row(['8. proposal Apply → saved vs CSV import Apply', range(p.apply, ms, 'ms'), `${range(csvApply, ms, 'ms')}: the CSV import's Apply → painted and saved`, times(p.applyRatio),
    ...atMost('proposalApply', p.applyRatio)]);
  row(['8. proposal Apply: longest main-thread task', range(p.applyLongest, ms, 'ms'), '', '', '', '']);
  row(['8. proposal: progress bar shown while computing', p.progressSeen ? 'yes' : 'no', '', '', ...target('proposalProgress', () => 'yes', () => p.progressSeen)]);
}


/**
 * The figures of the block actions and the versions compared (blockSteps.mjs), or undefined for runs without them:
 * fill down and paste (input → painted and saved) against the CSV import's Apply of the same runs, their longest
 * tasks; the frames of every move of the selection; the comparison painted against the open from the plan list.
 */
export function blockFigures(/** @type {any[]} */ runs, /** @type {(pick: (r: any) => number) => Summary} */ s, /** @type {(v: number[], q: number) => number} */ quantile,
  /** @type {Summary} */ csvApply, /** @type {Summary} */ openInApp) {
  if (!runs.every((r) => r.blocks)) return undefined;
  const done = (/** @type {any} */ step) => Math.max(step.painted.ms, step.savedMs ?? 0);
  const fill = s((r) => done(r.blocks.fill));
  const paste = s((r) => done(r.blocks.paste));
  const moves = runs.flatMap((r) => r.blocks.moves);
  const compareOpen = s((r) => r.blocks.compare.open.painted.ms);
  const compareSwitch = s((r) => r.blocks.compare.switched.painted.ms);
  return {
    fill: { app: fill, ratio: fill.median / csvApply.median, longest: s((r) => r.blocks.fill.longest), cells: runs[0].blocks.fill.cells },
    paste: { app: paste, ratio: paste.median / csvApply.median, longest: s((r) => r.blocks.paste.longest), cells: runs[0].blocks.paste.cells },
    move: {
      frames: { p50: quantile(moves.map((m) => m.frames), 0.5), max: max(moves.map((m) => m.frames)) },
      ms: { p50: quantile(moves.map((m) => m.ms), 0.5), max: max(moves.map((m) => m.ms)) }, n: moves.length,
    },
    compare: {
      open: compareOpen, openRatio: compareOpen.median / openInApp.median, switched: compareSwitch, switchRatio: compareSwitch.median / openInApp.median,
      longest: s((r) => Math.max(r.blocks.compare.open.longest, r.blocks.compare.switched.longest)), changed: runs[0].blocks.compare.changed,
    },
    csvApply, openInApp,
  };
}

/** The lines of the block actions (9.) and of two versions compared (10.). */
export function blockRows(/** @type {Row} */ row, /** @type {Target} */ target, /** @type {AtMost} */ atMost, /** @type {any} */ b) {
  const csv = `${range(b.csvApply, ms, 'ms')}: the CSV import's Apply → painted and saved`;
  const noTaskOver = (/** @type {string} */ key, /** @type {Summary} */ longest) => target(key, (l) => `≤ ${l} ms`, (l) => longest.max <= l);
  row([`9. fill down (Ctrl+D) of one indicator's every target, ${thousands(b.fill.cells)} cells → painted and saved vs CSV import Apply`, range(b.fill.app, ms, 'ms'), csv,
    times(b.fill.ratio), ...atMost('blockFill', b.fill.ratio)]);
  row(['9. fill down: longest main-thread task', range(b.fill.longest, ms, 'ms'), '', '', ...noTaskOver('blockLongest', b.fill.longest)]);
  row([`9. paste of a ${thousands(b.paste.cells)}-row column into a target column → painted and saved vs CSV import Apply`, range(b.paste.app, ms, 'ms'), csv,
    times(b.paste.ratio), ...atMost('blockPaste', b.paste.ratio)]);
  row(['9. paste: longest main-thread task', range(b.paste.longest, ms, 'ms'), '', '', ...noTaskOver('blockLongest', b.paste.longest)]);
  row([`9. selection of 10 × 5 cells moved by Shift+arrow → drawn (${b.move.n} moves): frames p50 / max`,
    `${frames(b.move.frames.p50)} / ${frames(b.move.frames.max)} (${ms(b.move.ms.p50)} / ${ms(b.move.ms.max)} ms)`, '', '',
    ...target('selectionFrames', (l) => `≤ ${frames(l)}`, (l) => b.move.frames.max <= l)]);
  const open = `${range(b.openInApp, ms, 'ms')}: the open from the plan list`;
  row([`10. two versions compared (${thousands(b.compare.changed)} cells apart): So sánh → painted vs opening the plan`, range(b.compare.open, ms, 'ms'), open,
    times(b.compare.openRatio), ...atMost('compareOpen', b.compare.openRatio)]);
  row(['10. versions compared: the other version chosen as a side → painted vs opening the plan', range(b.compare.switched, ms, 'ms'), open,
    times(b.compare.switchRatio), ...atMost('compareOpen', b.compare.switchRatio)]);
  row(['10. versions compared: longest main-thread task', range(b.compare.longest, ms, 'ms'), '', '', '', '']);
}
