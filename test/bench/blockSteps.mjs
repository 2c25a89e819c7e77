// @ts-check
/**
 * The spreadsheet work of issue 14 measured on the benchmark's plan (after its CSV import and proposal), from inside
 * the page (the probe), each step timed from its input's own time stamp:
 * - **selection move**: a 10 × 5 block made with Shift+arrows, then its end moved by Shift+↓ / Shift+↑ (the
 *   selection's move by arrow keys, `extend` in src/ui/grid/selection.ts), each until the block is drawn with its new
 *   row and the status line counts it: the frames up to and including the one that shows it (1 = the next frame);
 * - **fill down**: every target cell of one indicator selected (a click on its first unit, Ctrl+Shift+↓), then Ctrl+D
 *   until a cell in view shows the top value and the plan is saved;
 * - **paste**: a column of as many values as the plan has units, pasted (a `paste` event carrying the text, as the
 *   browser fires it on Ctrl+V) at the first unit of another target column, until that cell shows its value and the
 *   plan is saved;
 * - **versions compared**: a version saved, three targets typed, another saved; "So sánh" on the first (against the plan
 *   now, which is the second) until the comparison is painted with its changed cells; then the second chosen as the
 *   other side, until painted again.
 * A refused fill or paste (the app's message `edit-refused`) fails the run: its figures would measure nothing.
 */
import { arm, result, SAVED } from './probeCalls.mjs';

const DATA_ROW = '[data-testid="plan-grid"] [role="row"][row-id]:not([row-id="min"]):not([row-id="aggregate"])';
const FILL_COLUMN = 'target.online_dossiers';
const PASTE_COLUMN = 'target.online_payment';
const REFUSED = '[data-testid="edit-refused"]';
const STATUS = '[data-testid="selection-status"]';
/** The block moved by the keyboard: rows × columns, and how many times its end is moved (down then up). */
export const MOVE = { rows: 10, cols: 5, moves: 10 };

/** @typedef {import('playwright-core').Page} Page */
const cellOf = (/** @type {string} */ row, /** @type {string} */ col) => `[data-testid="plan-grid"] [role="row"][row-id="${row}"] [col-id="${col}"]`;

/** The unit rows in view, in display order, with the texts of a column's cells. */
const rowsInView = (/** @type {Page} */ page, /** @type {string} */ col) => page.evaluate(([selector, column]) => {
  /** @type {Map<string, { index: number, text: string }>} */
  const rows = new Map();
  for (const row of document.querySelectorAll(selector)) {
    const id = row.getAttribute('row-id') ?? '';
    const cell = row.querySelector(`[col-id="${column}"]`);
    const index = Number(row.getAttribute('row-index'));
    if (!rows.has(id) || cell) rows.set(id, { index, text: cell ? (cell.textContent ?? '').trim() : rows.get(id)?.text ?? '' });
  }
  return [...rows].map(([id, r]) => ({ id, ...r })).sort((a, b) => a.index - b.index);
}, /** @type {const} */ ([DATA_ROW, col]));

/** The displayed column ids from `col` on (the header's order, pinned columns first). */
const columnsFrom = (/** @type {Page} */ page, /** @type {string} */ col) => page.evaluate((from) => {
  const ids = [...document.querySelectorAll('[data-testid="plan-grid"] .ag-header-row-column [col-id]')]
    .map((h) => ({ id: h.getAttribute('col-id') ?? '', left: h.getBoundingClientRect().left }))
    .sort((a, b) => a.left - b.left).map((h) => h.id);
  return ids.slice(ids.indexOf(from));
}, col);

/** Shift+↓ / Shift+↑ on a 10 × 5 block: each key until the block is drawn anew and counted. */
async function moveSelection(/** @type {Page} */ page) {
  const rows = (await rowsInView(page, FILL_COLUMN)).slice(2, 2 + MOVE.rows + 1);
  const cols = (await columnsFrom(page, FILL_COLUMN)).slice(0, MOVE.cols);
  if (rows.length < MOVE.rows + 1 || cols.length < MOVE.cols) throw new Error(`no ${MOVE.rows + 1} × ${MOVE.cols} cells in view: ${rows.length} × ${cols.length}`);
  const left = /** @type {string} */ (cols[0]);
  await page.click(cellOf(/** @type {any} */ (rows[0]).id, left));
  for (let i = 1; i < MOVE.rows; i++) await page.keyboard.press('Shift+ArrowDown');
  for (let i = 1; i < MOVE.cols; i++) await page.keyboard.press('Shift+ArrowRight');
  const count = MOVE.rows * MOVE.cols;
  await page.waitForSelector(`${STATUS}[data-count="${count}"]`);
  const last = /** @type {any} */ (rows[MOVE.rows - 1]).id;
  const below = /** @type {any} */ (rows[MOVE.rows]).id;
  const moves = [];
  for (let i = 0; i < MOVE.moves; i++) {
    const down = i % 2 === 0;
    const done = down
      ? { present: [`${STATUS}[data-count="${count + MOVE.cols}"]`, `${cellOf(below, left)}.cell-selected.cell-sel-bottom`] }
      : { present: [`${STATUS}[data-count="${count}"]`, `${cellOf(last, left)}.cell-selected.cell-sel-bottom`], gone: `${cellOf(below, left)}.cell-selected` };
    await arm(page, 'selectionMove', { type: 'keydown', key: down ? 'ArrowDown' : 'ArrowUp' }, done);
    await page.keyboard.press(down ? 'Shift+ArrowDown' : 'Shift+ArrowUp');
    moves.push(/** @type {any} */ (await result(page, 'selectionMove')).painted);
  }
  await page.keyboard.press('Escape');
  return moves;
}

/**
 * Focuses the first unit's cell of `column` (a plan reopened from the list may show where it was left): a cell in
 * view clicked, then Ctrl+↑ to the column's first row; its row id and text.
 */
async function focusFirstUnit(/** @type {Page} */ page, /** @type {string} */ column) {
  const any = (await rowsInView(page, column))[0];
  if (!any) throw new Error('no unit row in view');
  await page.click(cellOf(any.id, column));
  await page.keyboard.press('Control+ArrowUp');
  await page.waitForFunction(() => document.activeElement?.closest('[row-index]')?.getAttribute('row-index') === '0');
  return page.evaluate(() => {
    const cell = /** @type {HTMLElement} */ (document.activeElement);
    return { id: cell.closest('[row-id]')?.getAttribute('row-id') ?? '', text: (cell.textContent ?? '').trim() };
  });
}

/** Every target cell of one indicator selected from its first unit to the table's edge, then Ctrl+D. */
async function fillDown(/** @type {Page} */ page, /** @type {number} */ units) {
  const top = await focusFirstUnit(page, FILL_COLUMN);
  await page.keyboard.press('Control+Shift+ArrowDown');
  await page.waitForSelector(`${STATUS}[data-count="${units}"]`, { timeout: 10_000 }).catch(async (e) => {
    const shown = await page.evaluate((sel) => [document.querySelector(sel)?.outerHTML, document.activeElement?.outerHTML.slice(0, 200), location.hash], STATUS);
    throw new Error(`${String(e)}; the status line: ${JSON.stringify(shown)}`);
  });
  // The block's end is in view now (the table's bottom): a cell there that will change shows when the fill is painted.
  await page.waitForTimeout(100);
  const target = (await rowsInView(page, FILL_COLUMN)).reverse().find((r) => r.text !== '' && r.text !== top.text);
  if (!target) throw new Error(`no cell in view differs from the top value ${top.text}`);
  await arm(page, 'fill', { type: 'keydown', key: 'd' }, { shows: { selector: cellOf(target.id, FILL_COLUMN), text: top.text }, saved: true, fail: REFUSED });
  await page.keyboard.press('Control+d');
  return { ...(/** @type {any} */ (await result(page, 'fill'))), cells: units - 1 };
}

/** A column of `units` values pasted at the first unit of another target column. */
async function pasteColumn(/** @type {Page} */ page, /** @type {number} */ units) {
  const top = await focusFirstUnit(page, PASTE_COLUMN);
  // Values with a decimal (`40,1`, as Vietnamese writes them), starting with one the first cell does not show.
  const shift = top.text === '40,1' ? 1 : 0;
  const value = (/** @type {number} */ i) => `${40 + ((i + shift) * 7) % 55},${1 + ((i + shift) % 9)}`;
  await arm(page, 'paste', { type: 'paste' }, { shows: { selector: cellOf(top.id, PASTE_COLUMN), text: value(0) }, saved: true, fail: REFUSED });
  await page.evaluate(([n, s]) => {
    const text = `${Array.from({ length: n }, (_, i) => `${40 + ((i + s) * 7) % 55},${1 + ((i + s) % 9)}`).join('\r\n')}\r\n`;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, /** @type {const} */ ([units, shift]));
  return { ...(/** @type {any} */ (await result(page, 'paste'))), cells: units };
}

/** "Lưu phương án" under a name, until the dialog has gone and the version is stored. */
async function saveVersion(/** @type {Page} */ page, /** @type {string} */ name) {
  await page.click('[data-testid="save-version"]');
  await page.fill('input[data-testid="version-name"]', name);
  await page.click('[data-testid="version-confirm"]');
  await page.waitForSelector('input[data-testid="version-name"]', { state: 'detached' });
}

/** Two versions three cells apart, compared: "So sánh" on the first, then the second chosen as the other side. */
async function compareVersions(/** @type {Page} */ page) {
  await page.waitForSelector(SAVED);
  await saveVersion(page, 'Phương án 1');
  const rows = (await rowsInView(page, FILL_COLUMN)).slice(0, 3);
  for (const [i, row] of rows.entries()) {
    const typed = row.text.startsWith(`${71 + i}`) ? `${81 + i},5` : `${71 + i},5`;
    await page.click(cellOf(row.id, FILL_COLUMN));
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await page.waitForFunction(([selector, text]) => document.querySelector(selector)?.textContent?.trim() === text, [cellOf(row.id, FILL_COLUMN), typed]);
  }
  await page.waitForSelector(SAVED);
  await saveVersion(page, 'Phương án 2');
  await page.click('[data-testid="versions"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="version-row"]').length === 2);
  const [first, second] = await page.$$eval('[data-testid="version-row"]', (rs) => rs.map((r) => r.getAttribute('data-version-id') ?? ''));
  const view = '[data-testid="version-compare-view"]';
  const changedCell = '[data-testid="version-compare-grid"] .ag-cell.cell-changed';
  const compare = `[data-testid="version-row"][data-version-id="${first}"] [data-testid="version-compare"]`;
  await arm(page, 'compareOpen', { type: 'click', selector: compare }, { present: [`${view}[data-before="${first}"]`, changedCell] });
  await page.click(compare);
  const open = /** @type {any} */ (await result(page, 'compareOpen'));
  const changed = Number(await page.getAttribute(view, 'data-changed'));
  await arm(page, 'compareSwitch', { type: 'change', selector: '[data-testid="version-compare-after"]' }, { present: [`${view}[data-after="${second}"]`, changedCell] });
  await page.selectOption('select[data-testid="version-compare-after"]', String(second));
  const switched = /** @type {any} */ (await result(page, 'compareSwitch'));
  const changedBetween = Number(await page.getAttribute(view, 'data-changed'));
  if (changed !== rows.length || changedBetween !== rows.length) throw new Error(`the versions differ by ${changed} / ${changedBetween} cells, not ${rows.length}`);
  await page.click('[data-testid="version-compare-close"]');
  await page.keyboard.press('Escape');
  return { open, switched, changed };
}

/**
 * The block steps on the plan opened afresh from the plan list (`reopen`) before each, so that each starts at the top of
 * the grid with no selection; `units` is the plan's size.
 */
export async function measureBlocks(/** @type {Page} */ page, /** @type {() => Promise<unknown>} */ reopen, /** @type {number} */ units) {
  await reopen();
  const moves = await moveSelection(page);
  const fill = await fillDown(page, units);
  await page.waitForSelector(SAVED);
  await reopen();
  const paste = await pasteColumn(page, units);
  await page.waitForSelector(SAVED);
  await reopen();
  const compare = await compareVersions(page);
  return { moves, fill, paste, compare };
}
