// @ts-check
/**
 * (2.) Edits typed as a user types them: a click on the cell, the value, Enter; timed from the Enter key to the
 * frame that shows the new value (the probe). The same keys for the app and for the floor's bare grid.
 */
import { EDITS } from './cli.mjs';
import { arm, result } from './probeCalls.mjs';

const EDIT_COLUMN = 'target.online_dossiers';
const FLOOR_EDIT_COLUMN = 't_online_dossiers';

/** The same keys typed into the bare grid's plain editable column, on its first units. */
export async function floorEdits(/** @type {import('playwright-core').Page} */ page) {
  const codes = Array.from({ length: EDITS }, (_, i) => String(i + 1).padStart(6, '0'));
  return typeEdits(page, codes, FLOOR_EDIT_COLUMN, {});
}

/**
 * One cell edit after another on the units in view in the app: Enter → validated, aggregate updated, painted; → saved.
 * Gives the edits and the units edited (the steps after pick their cells among them).
 */
export async function appEdits(/** @type {import('playwright-core').Page} */ page) {
  const codes = await page.$$eval('[role="row"][row-id]', (rows) => rows.map((r) => r.getAttribute('row-id') ?? '').filter((id) => id !== 'min' && id !== 'aggregate'));
  const units = [...new Set(codes)].slice(0, EDITS);
  return { edits: await typeEdits(page, units, EDIT_COLUMN, { saved: true }), units };
}

async function typeEdits(/** @type {import('playwright-core').Page} */ page, /** @type {string[]} */ codes, /** @type {string} */ column, /** @type {{ saved?: boolean }} */ done) {
  const edits = [];
  for (let i = 0; i < EDITS; i++) {
    const code = codes[i % codes.length];
    const cell = `[role="row"][row-id="${code}"] [col-id="${column}"]`;
    await page.click(cell);
    await arm(page, 'edit', { type: 'keydown', key: 'Enter' }, { changed: cell, ...done });
    await page.keyboard.type(`${61 + i},5`);
    await page.keyboard.press('Enter');
    const r = await result(page, 'edit');
    if (!String(r.text).includes(`${61 + i}`)) throw new Error(`edit ${i} not shown: ${r.text}`);
    edits.push(r);
  }
  return edits;
}
