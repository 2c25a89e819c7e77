// @ts-check
/**
 * The district's files through the app, from inside the page (the probe), and through the floor:
 * - (3.) the CSV import (every target changed): file chosen → preview painted; Apply → painted and saved;
 * - (4.) the exports, the appendix CSV (default dialect) and the plan file, until the file is handed to the browser;
 * - (4.) the plan-file import as a new plan: file chosen → preview; Apply → the new plan's grid painted and stored;
 * - the floor of 3 and 4: the same files through PapaParse/JSON + Zod + Dexie, the same rows unparsed/stringified;
 *   and the imports again as a user sees them: a bare preview painted, then the rows stored and shown in a bare grid
 *   (the targets of 3 and 4 are against these: the same work as the app's lines).
 */
import { openHarness } from './browser.mjs';
import { EDITS } from './cli.mjs';
import { arm, result } from './probeCalls.mjs';

/** @typedef {import('playwright-core').Page} Page */
const FILE_INPUT = 'input[type=file][data-testid="import-file"]';
const PREVIEW = '[data-testid="import-preview"]';

/** The CSV import on the plan in view; done once a target of one of the units (`units`, in view) shows its new value. */
export async function importCsv(/** @type {Page} */ page, /** @type {string} */ csv, /** @type {string[]} */ units) {
  const firstCell = `[role="row"][row-id="${units[EDITS % units.length] ?? units[0]}"] [col-id="target.online_payment"]`;
  await arm(page, 'csvPreview', { type: 'change', selector: '[data-testid="import-file"]' }, { present: `${PREVIEW}[data-kind="csv"]` });
  await page.setInputFiles(FILE_INPUT, csv);
  const csvPreview = await result(page, 'csvPreview');
  const csvUpdates = Number(await page.getAttribute(PREVIEW, 'data-updates'));
  await arm(page, 'csvApply', { type: 'click', selector: '[data-testid="import-apply"]' }, { gone: PREVIEW, changed: firstCell, saved: true });
  await page.click('[data-testid="import-apply"]');
  const csvApply = await result(page, 'csvApply');
  return { csvPreview, csvUpdates, csvApply };
}

/** The plan in view exported, as the appendix CSV then as a plan file. */
export async function exportFiles(/** @type {Page} */ page) {
  await page.click('[data-testid="export-csv"]');
  await arm(page, 'csvExport', { type: 'click', selector: '[data-testid="export-confirm"]' }, { blob: true });
  await page.click('[data-testid="export-confirm"]');
  const csvExport = await result(page, 'csvExport');
  await arm(page, 'planExport', { type: 'click', selector: '[data-testid="export-plan"]' }, { blob: true });
  await page.click('[data-testid="export-plan"]');
  const planExport = await result(page, 'planExport');
  return { csvExport, planExport };
}

/** The plan file imported as a new plan (`bench-file-<size>`), until its grid is painted and it is stored. */
export async function importPlanFile(/** @type {Page} */ page, /** @type {string} */ planFile, /** @type {number} */ size) {
  await arm(page, 'planPreview', { type: 'change', selector: '[data-testid="import-file"]' }, { present: `${PREVIEW}[data-kind="planFile"]` });
  await page.setInputFiles(FILE_INPUT, planFile);
  const planPreview = await result(page, 'planPreview');
  await arm(page, 'planApply', { type: 'click', selector: '[data-testid="import-apply"]' },
    { gone: PREVIEW, present: `[data-testid="plan-page"][data-plan-id="bench-file-${size}"] [role="row"][row-id="000001"]`, saved: true });
  await page.click('[data-testid="import-apply"]');
  const planApply = await result(page, 'planApply');
  return { planPreview, planApply };
}

/** The floor's imports and exports of the same files, timed by the harness page. */
export async function floorFiles(/** @type {Page} */ page, /** @type {string} */ base, /** @type {{ csv: string, planFile: string }} */ files) {
  await openHarness(page, base);
  await page.setInputFiles('#floor-csv', files.csv);
  const floorCsvImport = await page.evaluate(() => window.harness.lastImport());
  const floorCsvExport = await page.evaluate(() => window.harness.exportFloor('csv'));
  const floorPlanExport = await page.evaluate(() => window.harness.exportFloor('planFile'));
  await page.setInputFiles('#floor-plan-file', files.planFile);
  const floorPlanImport = await page.evaluate(() => window.harness.lastImport());
  // As a user sees them: a preview painted, then the rows stored and shown; in a page of their own, so that their
  // code runs as cold as the first ones'. The table holds the plan's own values again (the plan file just stored),
  // so the CSV changes every target, as it does in the app.
  await openHarness(page, base);
  await page.evaluate(() => window.harness.showStoredTable());
  await page.setInputFiles('#floor-csv-shown', files.csv);
  const floorCsvShown = await page.evaluate(() => window.harness.lastImport());
  await page.setInputFiles('#floor-plan-file-shown', files.planFile);
  const floorPlanShown = await page.evaluate(() => window.harness.lastImport());
  return { floorCsvImport, floorCsvExport, floorPlanExport, floorPlanImport, floorCsvShown, floorPlanShown };
}
