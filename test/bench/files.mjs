// @ts-check
/**
 * The district's files for one size: the CSV of new targets, the plan file and, up to a province's size, December's
 * statistics for the monthly follow-up. The harness page (pages/floor.ts) makes them; they are written under
 * `.bench/files`, where Playwright can pick them as a user picks a file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newPage, openHarness } from './browser.mjs';
import { root } from './cli.mjs';

export async function makeFiles(/** @type {import('playwright-core').Browser} */ browser, /** @type {string} */ base, /** @type {number} */ size) {
  const { context, page } = await newPage(browser);
  await openHarness(page, base);
  const made = await page.evaluate((n) => window.harness.files(n), size);
  await context.close();
  const dir = join(root, '.bench/files');
  await mkdir(dir, { recursive: true });
  const csv = join(dir, `bench-${size}.csv`);
  const planFile = join(dir, `bench-${size}.dvctt.json`);
  await writeFile(csv, made.csv);
  await writeFile(planFile, made.planFile);
  const results = made.results ? join(dir, `bench-${size}-2023-12.csv`) : '';
  if (results) await writeFile(results, made.results);
  return { csv, planFile, results, csvBytes: Buffer.byteLength(made.csv), planFileBytes: Buffer.byteLength(made.planFile) };
}
