// @ts-check
/**
 * The monthly follow-up measured on the benchmark's follow-up plan (`bench-monitoring-<size>`: every unit with
 * five months of counts for five indicators, July–November 2023), from inside the page (the probe):
 * - the plan opened (its allocation grid) and its monitoring view opened, each after a visit that warms the cache:
 *   navigation start → the first data row painted, the median of three opens;
 * - one count typed: Enter → the unit's rate so far and the aggregate's repainted (frames and ms);
 * - December's statistics (a CSV for every unit) chosen → the preview painted; Apply → painted and saved;
 * - the monthly report opened → its ranking table and charts painted (the ranking paginated: its pages counted), and
 *   for information until its last ranking page is added (a long ranking's pages come after its first ones);
 *   the spread chart's own drawing time; for information, the browser's print of the report to PDF.
 */
import { arm, opened, result } from './probeCalls.mjs';
import { medianMeasure } from './stats.mjs';

const ROW = (/** @type {string} */ code) => `[role="row"][row-id="${code}"]`;
const MONTH = '2023-11';

/** Opens by address per side; the one of median time is kept (one open of thousands of units varies by a third). */
const OPENS = 3;

/** An address visited once (the HTTP cache warm), then reloaded OPENS times: the open of median time. */
async function openedByAddress(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ url) {
  await page.goto(url);
  await opened(page);
  return medianMeasure(OPENS, async () => {
    await page.reload();
    return opened(page);
  });
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} base
 * @param {number} size
 * @param {string} resultsCsv the path of December's statistics file
 */
export async function measureMonitoring(page, base, size, resultsCsv) {
  const planId = `bench-monitoring-${size}`;
  const planOpen = await openedByAddress(page, `${base}/#/plans/${planId}`);
  const open = await openedByAddress(page, `${base}/#/plans/${planId}/monitoring?month=${MONTH}`);
  await page.waitForSelector(`${ROW('aggregate')} [col-id="rate.online_dossiers"]`);

  // One count: the first unit's November online dossiers, typed as a user types it.
  const first = await page.$$eval('[role="row"][row-id]', (rows) => rows.map((r) => r.getAttribute('row-id')).find((id) => id && id !== 'aggregate'));
  const cell = `${ROW(String(first))} [col-id="num.online_dossiers"]`;
  const before = Number(await page.getAttribute(`${ROW(String(first))} [col-id="den.online_dossiers"]`, 'data-value')
    ?? (await page.textContent(`${ROW(String(first))} [col-id="den.online_dossiers"]`))?.replace(/\D/g, ''));
  // Done when the unit's rate so far is repainted and the aggregate's exact rate (its `data-value`: one count in
  // thousands of units may not move the one decimal shown) has changed, and the count is saved.
  const aggregate = `${ROW('aggregate')} [col-id="rate.online_dossiers"]`;
  const aggregateBefore = await page.getAttribute(aggregate, 'data-value');
  await page.click(cell);
  await arm(page, 'countEdit', { type: 'keydown', key: 'Enter' },
    { changed: `${ROW(String(first))} [col-id="rate.online_dossiers"]`, present: `${aggregate}:not([data-value="${aggregateBefore}"])`, saved: true });
  await page.keyboard.type(String(Math.max(0, Math.floor(before / 7))));
  await page.keyboard.press('Enter');
  const edit = await result(page, 'countEdit');

  // December's statistics: the month on screen becomes December, then the file.
  await page.selectOption('select[data-testid="month"]', '2023-12');
  await arm(page, 'monthPreview', { type: 'change', selector: '[data-testid="import-file"]' }, { present: '[data-testid="import-preview"]' });
  await page.setInputFiles('input[type=file][data-testid="import-file"]', resultsCsv);
  const importPreview = await result(page, 'monthPreview');
  await arm(page, 'monthApply', { type: 'click', selector: '[data-testid="import-apply"]' }, { gone: '[data-testid="import-preview"]', saved: true });
  await page.click('[data-testid="import-apply"]');
  const importApply = await result(page, 'monthApply');

  // The monthly report: its ranking and charts painted.
  await arm(page, 'report', { type: 'click', selector: '[data-testid="report-open"]' }, { present: ['[data-testid="report"] table tbody tr', '[data-testid="report"] svg'] });
  await page.click('[data-testid="report-open"]');
  const report = await result(page, 'report');
  const spreadMs = await page.evaluate(() => performance.getEntriesByName('dvctt:spread-chart', 'measure').at(-1)?.duration ?? null);
  const rankingPages = Number(await page.getAttribute('[data-testid="report-ranking"]', 'data-pages'));
  // The ranking's later pages are added after the first ones are shown (ReportSheet.tsx); when the last is in:
  const whole = await page.waitForSelector('[data-testid="report-building"]', { state: 'detached', timeout: 120_000 })
    .then(() => page.evaluate((start) => performance.now() - start, report.painted.end - report.painted.ms));
  // For information: the browser's own print to PDF of the whole report (its rasterising of every page, not the
  // report's pagination, which is done when the report is made: rankingPages.ts).
  const started = Date.now();
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  const printed = { ms: Date.now() - started, pages: (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length };
  return { planOpen, open, edit, importPreview, importApply, report, whole, spreadMs, rankingPages, printed };
}
