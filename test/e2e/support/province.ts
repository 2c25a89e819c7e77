import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Download, Locator, Page } from 'playwright-core';
import type { AppSession } from './browser';
import { VIEWPORT } from './browser';
import type { Downloaded, FilePayload } from './files';
import { eventually, PlanPage } from './planPage';

/** A member unit as the new-plan dialog takes it (`code; name; type`). */
export interface MemberUnit {
  code: string;
  name: string;
  type: string;
}

export interface NewPlanSpec {
  name: string;
  period: string;
  allocatingUnit: string;
  units: readonly MemberUnit[];
  /** The general targets (percent by indicator id) entered after the plan is made; the illustrative ones by default. */
  generalTargets?: Readonly<Record<string, number>>;
}

/** The general targets of the demo, which the tests' provinces assign too. */
export const GENERAL_TARGETS: Readonly<Record<string, number>> = { online_dossiers: 50, online_payment: 45, digitisation: 70 };

/**
 * Types general targets into the assignment panel, as the province's decision gives them (a new plan starts
 * with none), and closes the panel again. Waits until the general-target row shows each.
 */
export async function enterGeneralTargets(page: Page, targets: Readonly<Record<string, number>>): Promise<void> {
  const toggle = page.getByTestId('toggle-assignment');
  await toggle.click();
  for (const [id, value] of Object.entries(targets)) {
    const input = page.getByTestId(`assignment-${id}-min`);
    await input.fill(String(value).replace('.', ','));
    await input.press('Enter');
  }
  await eventually(() => page.getByTestId('assignment-unset').count()).toBe(0);
  await toggle.click();
}

/** Creates a plan from the plan list (which must be open) with its dialog, and waits until the new plan's grid shows. */
export async function createPlanFromList(page: Page, spec: NewPlanSpec): Promise<PlanPage> {
  await page.getByTestId('new-plan').click();
  const dialog = page.getByTestId('new-plan-dialog');
  await dialog.waitFor({ state: 'visible' });
  await dialog.locator('input[name="name"]').fill(spec.name);
  await dialog.locator('input[name="period"]').fill(spec.period);
  await dialog.locator('input[name="allocatingUnit"]').fill(spec.allocatingUnit);
  await dialog.locator('textarea[name="units"]').fill(spec.units.map((u) => `${u.code}; ${u.name}; ${u.type}`).join('\n'));
  await page.getByTestId('create-plan').click();
  await dialog.waitFor({ state: 'detached' });
  const plan = new PlanPage(page);
  await plan.waitForGrid(spec.units[0]?.code);
  await enterGeneralTargets(page, spec.generalTargets ?? GENERAL_TARGETS);
  return plan;
}

/**
 * Runs an action that makes the browser download `count` files, and returns them in the order they
 * started. Waits until all of them have arrived (a missing one fails within the UI timeout).
 */
export async function downloadsOf(page: Page, count: number, action: () => Promise<void>): Promise<Downloaded[]> {
  const started: Download[] = [];
  const collect = (d: Download) => started.push(d);
  page.on('download', collect);
  try {
    await action();
    await eventually(() => started.length, { message: `expected ${count} downloads` }).toBe(count);
  } finally {
    page.off('download', collect);
  }
  return Promise.all(started.map(async (d) => {
    const failure = await d.failure();
    if (failure) throw new Error(`The download of ${d.suggestedFilename()} failed: ${failure}`);
    return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
  }));
}

/** The files a downloaded zip holds, in the zip's order, each as if it had been downloaded on its own. */
export function unzipped(zip: Downloaded): Downloaded[] {
  return Object.entries(unzipSync(zip.bytes)).map(([name, bytes]) => ({ name, bytes: Buffer.from(bytes) }));
}

export const asUpload = (file: Downloaded, mimeType = 'application/json'): FilePayload => ({ name: file.name, mimeType, buffer: file.bytes });

/**
 * Another office's computer: a second, fresh browser context (empty storage) set up like the session's own,
 * whose page errors fail the test the same way (they go into the session's error list). Close it at the end.
 */
export async function otherComputer(session: AppSession): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await session.browser.newContext({ viewport: VIEWPORT, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(10_000);
  context.on('weberror', (e) => session.errors.push(`pageerror (other computer): ${e.error().message}`));
  context.on('console', (m) => {
    if (m.type() === 'error') session.errors.push(`console.error (other computer): ${m.text()}`);
  });
  return { page: await context.newPage(), close: () => context.close() };
}

/** The plan-file document as `export-plan` writes it (the fields these tests read or change). */
export interface PlanFileDoc {
  format: string;
  formatVersion: number;
  app: string;
  exportedAt: string;
  exportedBy: string;
  plan: {
    id: string;
    name: string;
    period: string;
    allocatingUnit: string;
    status: 'draft' | 'ready';
    indicators: { id: string; name: { vi: string; en: string }; min: number; mode: 'each' | 'weighted'; floor: number | null; mandatory: boolean; ownTarget: number | null }[];
    units: { code: string; name: string; type: string; volume: number | null; baseline: Record<string, number>; target: Record<string, number>; results?: Record<string, number> }[];
  };
}

/**
 * The aggregate the app shows for one indicator: the volume-weighted mean of the units that have a target,
 * truncated (not rounded) to one decimal, with a decimal comma. Only for plans whose units all have a volume.
 */
export function expectedAggregate(doc: PlanFileDoc, indicator: string): string {
  let num = 0n;
  let den = 0n;
  for (const u of doc.plan.units) {
    const percent = u.target[indicator];
    if (percent === undefined) continue;
    if (u.volume === null) throw new Error(`expectedAggregate: unit ${u.code} has no volume`);
    num += BigInt(u.volume) * BigInt(Math.round(percent * 100));
    den += BigInt(u.volume);
  }
  if (den === 0n) return '';
  const tenths = num / (den * 10n);
  return `${tenths / 10n},${tenths % 10n}`;
}

/** The consolidated view (`#/consolidation`), through its hooks. */
export class ConsolidationView {
  readonly root: Locator;
  readonly rows: Locator;
  readonly superseded: Locator;
  readonly problems: Locator;
  readonly detail: Locator;
  /** The member districts of the province plan that sent no file. */
  readonly missing: Locator;
  readonly total: Locator;
  readonly provincePlan: Locator;
  readonly clear: Locator;

  constructor(readonly page: Page) {
    this.missing = page.getByTestId('consolidation-missing');
    this.total = page.getByTestId('consolidation-total');
    this.provincePlan = page.locator('select[data-testid="consolidation-province-plan"]');
    this.clear = page.getByTestId('consolidation-clear');
    this.root = page.getByTestId('consolidation');
    this.rows = page.getByTestId('consolidation-row');
    this.superseded = page.getByTestId('consolidation-superseded');
    this.problems = page.getByTestId('consolidation-problem');
    this.detail = page.getByTestId('consolidation-detail');
  }

  row(unit: string): Locator {
    return this.rows.and(this.page.locator(`[data-unit="${unit}"]`));
  }

  indicatorCell(unit: string, indicator: string): Locator {
    return this.row(unit).locator(`td[data-indicator="${indicator}"]`);
  }

  /** Every row as shown: its unit and error count (attributes) and the text of each cell. */
  table(): Promise<{ unit: string; errors: number; cells: string[] }[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => ({
      unit: r.getAttribute('data-unit') ?? '',
      errors: Number(r.getAttribute('data-errors')),
      cells: [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()),
    })));
  }

  /** Per indicator of a row: the cell's text and its validation class. */
  indicatorStates(unit: string): Promise<Record<string, { text: string; state: string[] }>> {
    return this.row(unit).locator('td[data-indicator]').evaluateAll((cells) => Object.fromEntries(cells.map((td) => [
      td.getAttribute('data-indicator') ?? '',
      { text: (td.textContent ?? '').trim(), state: [...td.classList].filter((c) => ['cell-pass', 'cell-error', 'cell-warning', 'cell-incomplete'].includes(c)) },
    ])));
  }

  /** Per indicator of the province total: its verdict, its value (as shown) and its text. */
  totalStates(): Promise<Record<string, { verdict: string; value: string; text: string }>> {
    return this.total.locator('td[data-indicator]').evaluateAll((cells) => Object.fromEntries(cells.map((td) => [
      td.getAttribute('data-indicator') ?? '',
      { verdict: td.getAttribute('data-verdict') ?? '', value: td.getAttribute('data-value') ?? '', text: (td.textContent ?? '').trim() },
    ])));
  }

  /** Opens (or closes) a district's read-only detail: the button with its name in the row's first cell. */
  async toggleDetail(unit: string): Promise<void> {
    await this.row(unit).locator('td').first().getByRole('button').click();
  }

  /** The detail table's unit rows (the general-target and aggregate rows left out), as cell texts. */
  detailUnitRows(): Promise<string[][]> {
    return this.detail.getByTestId('plan-table').locator('tbody tr:not(.print-min):not(.print-aggregate)')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
  }
}

/** The province plan the province-side tests make: its member units are its districts. */
export const PERIOD = '2023-H2';
export const PROVINCE = 'UBND tỉnh Bình Định';
export const DISTRICTS = [
  { code: '550', name: 'Huyện Tuy Phước', type: 'Huyện' },
  { code: '540', name: 'Thành phố Quy Nhơn', type: 'Thành phố' },
  { code: '551', name: 'Huyện An Lão', type: 'Huyện' },
] as const;
export type DistrictCode = (typeof DISTRICTS)[number]['code'];

/** A downloaded or uploaded JSON file, parsed. */
export const parse = <T>(file: Downloaded | FilePayload) => JSON.parse(('bytes' in file ? file.bytes : file.buffer).toString('utf8')) as T;
/** The id of the plan a page shows. */
export const planIdOf = async (plan: PlanPage) => (await plan.root.getAttribute('data-plan-id')) ?? '';
