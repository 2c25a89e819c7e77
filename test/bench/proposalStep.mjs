// @ts-check
/**
 * "Đề xuất phân bổ" measured on the plan in view (the benchmark's plan, just after its CSV import): every
 * indicator, method `lift-lowest`, goal the general targets (the benchmark's plans have them, so the proposal is
 * feasible). From inside the page (the probe):
 * - Run → the preview painted: the panel's summary and the proposed cells in the grid; its longest main-thread
 *   task; whether a progress bar was on screen in any frame meanwhile;
 * - the animation frames from the proposal computed (the app's `performance.mark('dvctt:proposal-computed')`) up
 *   to and including the frame that shows the preview: 1 = the very next frame the page ran;
 * - Apply → no cell marked as proposed, a proposed cell in view showing its new value, and the plan saved.
 * An infeasible proposal, or one that changes nothing, fails the run: its figures would measure nothing.
 */
import { arm, result } from './probeCalls.mjs';

/** What the benchmark proposes (the panel's choices), as the report states it. */
export const PROPOSAL = { indicator: 'all', method: 'lift-lowest', goal: 'general' };
const PREVIEW = '[data-testid="propose-preview"]';
const COMPUTED_MARK = 'dvctt:proposal-computed';
/** A proposed cell in a unit's row of the grid (the aggregate row's cell carries the class too). */
const UNIT_ROW = '[data-testid="plan-grid"] [role="row"][row-id]:not([row-id="min"]):not([row-id="aggregate"])';
const PROPOSED_CELL = `${UNIT_ROW} .cell-proposed[col-id]`;

/** @param {import('playwright-core').Page} page */
export async function measureProposal(page) {
  await page.click('[data-testid="propose"]');
  await page.waitForSelector('[data-testid="propose-panel"]');
  await page.selectOption('select[data-testid="propose-indicator"]', PROPOSAL.indicator);
  await page.selectOption('select[data-testid="propose-method"]', PROPOSAL.method);
  await page.selectOption('select[data-testid="propose-goal"]', PROPOSAL.goal);
  // The import's last slices and saves out of the way: the Run starts on an idle page.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })));

  await page.evaluate(() => { /** @type {any} */ (window).__proposalFrames = window.__bench.recordFrames(); });
  await arm(page, 'proposalRun', { type: 'click', selector: '[data-testid="propose-run"]' },
    { present: [PREVIEW, PROPOSED_CELL], fail: `${PREVIEW}[data-feasible="false"], ${PREVIEW}[data-changed="0"]` });
  await page.click('[data-testid="propose-run"]');
  const run = await result(page, 'proposalRun');
  const frames = await page.evaluate(async ([mark, readyAt]) => {
    const recorded = await /** @type {any} */ (window).__proposalFrames.stop();
    const computedAt = performance.getEntriesByName(String(mark), 'mark').at(-1)?.startTime;
    if (computedAt === undefined) throw new Error(`no performance mark ${mark}`);
    return /** @type {number[]} */ (recorded.times).filter((t) => t > computedAt && t <= Number(readyAt)).length;
  }, [COMPUTED_MARK, run.painted.readyAt]);
  const feasible = await page.getAttribute(PREVIEW, 'data-feasible');
  const changed = Number(await page.getAttribute(PREVIEW, 'data-changed'));
  if (feasible !== 'true' || !(changed > 0)) throw new Error(`the proposal is not one to apply: feasible ${feasible}, ${changed} cells change`);

  // Apply: timed until a proposed cell in view shows its new value ("old → new" becomes "new"), no cell is marked
  // as proposed any more, and the plan is saved.
  const cell = await page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const row = el?.closest('[row-id]');
    return el && row ? { row: row.getAttribute('row-id'), col: el.getAttribute('col-id'), text: (el.textContent ?? '').trim() } : null;
  }, PROPOSED_CELL);
  const after = cell?.text.split('→')[1]?.trim();
  if (!cell || !after) throw new Error(`no proposed cell in view to follow: ${JSON.stringify(cell)}`);
  const shown = `${UNIT_ROW}[row-id="${cell.row}"] [col-id="${cell.col}"]`;
  await arm(page, 'proposalApply', { type: 'click', selector: '[data-testid="propose-apply"]' },
    { gone: '.cell-proposed', shows: { selector: shown, text: after }, saved: true });
  await page.click('[data-testid="propose-apply"]');
  const apply = await result(page, 'proposalApply');
  return { ...PROPOSAL, run, frames, feasible: true, changed, apply };
}
