import { readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { exportCsv, exportPlanFile, ImportFlow, jsonFile, PlanListView, utf8BomCsv, type Downloaded } from './files';
import { DEMO_PLAN_ID, eventually, PlanPage, UNDECIDED_UNIT } from './planPage';
import { ConsolidationView, createPlanFromList, downloadsOf, type PlanFileDoc } from './province';

/** One Content-Security-Policy violation as the page's `securitypolicyviolation` event or the console tells it. */
export interface CspViolation {
  source: 'event' | 'console';
  directive: string;
  blocked: string;
  sample: string;
  url: string;
}

/**
 * Records every CSP violation of every page of the context, from the first script on: the init script listens
 * to `securitypolicyviolation` (capture, on the document, before the app runs) and keeps them in
 * `window.__cspViolations`; each is also handed to the test at once, so a reload cannot lose it. Console lines
 * that mention the policy (Chromium's "Refused to … because it violates the following Content Security Policy
 * directive") count too: they also cover what no event reaches. Returns the live list.
 */
export async function recordCspViolations(context: BrowserContext): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await context.exposeFunction('__reportCspViolation', (v: Omit<CspViolation, 'source'>) => {
    violations.push({ source: 'event', ...v });
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: unknown[]; __reportCspViolation?: (v: unknown) => Promise<void> };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = { directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, url: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` };
      w.__cspViolations.push(v);
      void w.__reportCspViolation?.(v);
    }, { capture: true });
  });
  context.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) {
      violations.push({ source: 'console', directive: m.type(), blocked: '', sample: m.text(), url: m.location().url });
    }
  });
  return violations;
}

/** The violations a page's init script kept in `window.__cspViolations` (since its last full load). */
export function violationsInPage(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: unknown[] }).__cspViolations ?? []);
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Made by the service worker (its precache, or a fetch it passed on), not by a page. */
  fromServiceWorker: boolean;
  /** Made after the mark (`markFirstPaint()`): the grid was on screen. */
  afterFirstPaint: boolean;
}

/** Every request of the context, pages, workers and the service worker alike, in the order they were issued. */
export function recordRequests(context: BrowserContext): { requests: RecordedRequest[]; markFirstPaint: () => void } {
  const requests: RecordedRequest[] = [];
  let painted = false;
  context.on('request', (r) => {
    requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType(), fromServiceWorker: r.serviceWorker() !== null, afterFirstPaint: painted });
  });
  return { requests, markFirstPaint: () => { painted = true; } };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The app's own files: what the production build in dist/ holds (index.html, assets/*, sw.js, workbox-*.js,
 * manifest.webmanifest, the icons, favicon.svg), as paths from the site root, plus `/` (the index).
 */
export function appFilePaths(): Set<string> {
  const dist = resolve(root, 'dist');
  const paths = new Set<string>(['/']);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = resolve(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else paths.add(`/${relative(dist, full).split('\\').join('/')}`);
    }
  };
  walk(dist);
  return paths;
}

const ONLINE = 'target.online_dossiers';

/** A plan file of another district, derived from an exported one (its own id, unit and time). */
export function districtPlanFile(exported: Downloaded, spec: { fileName: string; id: string; name: string; allocatingUnit: string; exportedAt: string }) {
  const doc = JSON.parse(exported.bytes.toString('utf8')) as PlanFileDoc;
  doc.exportedAt = spec.exportedAt;
  doc.exportedBy = spec.allocatingUnit;
  Object.assign(doc.plan, { id: spec.id, name: spec.name, allocatingUnit: spec.allocatingUnit, updatedAt: spec.exportedAt });
  return jsonFile(spec.fileName, doc);
}

/**
 * A session over every screen of the app, as a district office uses it in a day: the plan page (edits, the
 * assignment panel, an issue, the add-unit dialog, English and back, print, CSV and plan-file export, a CSV
 * import with its preview), the plan list and its new-plan dialog, and the consolidated view of two plan files
 * with a district's detail and its CSV export. `onFirstPaint` is called as soon as the grid is on screen.
 */
export async function useEveryScreen(page: Page, baseURL: string, onFirstPaint: () => void = () => {}): Promise<void> {
  const plan = await PlanPage.firstVisit(page, baseURL);
  onFirstPaint();
  const imports = new ImportFlow(page);

  // Edits in the grid.
  await plan.typeInto('21952', ONLINE, '71');
  await plan.typeInto('21955', 'target.online_payment', '66,5');
  await eventually(() => plan.cellText('21955', 'target.online_payment')).toBe('66,5');
  await plan.waitSaved();

  // The assignment panel, open and closed again.
  const panel = page.getByTestId('assignment-panel');
  await page.getByTestId('toggle-assignment').click();
  await panel.waitFor({ state: 'visible' });
  expect(await plan.assignmentInput('online_dossiers', 'min').inputValue()).toBe('50');
  await page.getByTestId('toggle-assignment').click();
  await panel.waitFor({ state: 'detached' });

  // An issue of the panel takes the focus to its cell.
  await plan.issueItem('missing', UNDECIDED_UNIT, 'digitisation').click();
  await eventually(() => plan.focusedCell()).toEqual({ rowId: UNDECIDED_UNIT, colId: 'target.digitisation', active: true });

  // The add-unit dialog adds a commune.
  await page.getByTestId('add-unit').click();
  const addUnit = page.getByTestId('add-unit-dialog');
  await addUnit.waitFor({ state: 'visible' });
  await addUnit.locator('input[name="code"]').fill('21991');
  await addUnit.locator('input[name="name"]').fill('Xã Phước Thử');
  await addUnit.locator('input[name="volume"]').fill('1200');
  await page.getByTestId('add-unit-ok').click();
  await addUnit.waitFor({ state: 'detached' });
  await plan.waitForGrid('21991');
  expect(await plan.cellText('21991', 'name')).toBe('Xã Phước Thử');
  await plan.waitSaved();

  // English and back: the grid is made anew each time (its theme styles too).
  await plan.setLanguage('en');
  await plan.waitForGrid('21952');
  await eventually(() => page.getByTestId('export-csv').textContent()).toBe('Export CSV');
  await plan.setLanguage('vi');
  await plan.waitForGrid('21952');
  await eventually(() => page.getByTestId('export-csv').textContent()).toBe('Xuất CSV');

  // Print: the appendix exists from `beforeprint` to `afterprint` (hidden on screen, shown on paper).
  const appendix = page.getByTestId('print-appendix');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await appendix.waitFor({ state: 'attached' });
  expect(await appendix.locator('tbody tr').count()).toBe(1 + 14 + 1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await appendix.waitFor({ state: 'detached' });

  // Exports.
  const csv = await exportCsv(plan, 'excel-vn');
  expect(csv.bytes.subarray(3).toString('utf8').split('\r\n')[1]!.split(';').slice(0, 3)).toEqual(['1', '21952', 'Thị trấn Tuy Phước']);
  const planFile = await exportPlanFile(plan);
  expect((JSON.parse(planFile.bytes.toString('utf8')) as PlanFileDoc).plan.units).toHaveLength(14);

  // A CSV import with its preview, applied.
  await imports.choose(utf8BomCsv('chi-tieu.csv', ['Mã đơn vị;Hồ sơ trực tuyến - Chỉ tiêu', '21958;74']));
  expect(await imports.counts()).toEqual({ kind: 'csv', adds: 0, updates: 1, unchanged: 0, problems: 0 });
  await imports.applyAndClose();
  await eventually(() => plan.cellText('21958', ONLINE)).toBe('74');
  await plan.waitSaved();

  // The plan list, and a plan made with the new-plan dialog.
  const list = new PlanListView(page);
  await list.open(baseURL);
  const created = await createPlanFromList(page, {
    name: 'Kế hoạch thử', period: '2024-H1', allocatingUnit: 'UBND huyện Tuy Phước',
    units: [{ code: '21952', name: 'Thị trấn Tuy Phước', type: 'Thị trấn' }, { code: '21955', name: 'Xã Phước Thắng', type: 'Xã' }],
  });
  expect(await created.planName.textContent()).toBe('Kế hoạch thử');
  await created.waitSaved();

  // The consolidated view of two districts' plan files, one district's detail, and its CSV.
  await list.open(baseURL, 2);
  const tuyPhuoc = districtPlanFile(planFile, { fileName: 'Tuy-Phuoc.dvctt.json', id: 'tuy-phuoc-2023-h2', name: 'Kế hoạch DVCTT Huyện Tuy Phước', allocatingUnit: 'UBND huyện Tuy Phước', exportedAt: '2023-07-25T02:30:00.000Z' });
  const phuCat = districtPlanFile(planFile, { fileName: 'Phu-Cat.dvctt.json', id: 'phu-cat-2023-h2', name: 'Kế hoạch DVCTT Huyện Phù Cát', allocatingUnit: 'UBND huyện Phù Cát', exportedAt: '2023-07-24T08:15:00.000Z' });
  await imports.input.setInputFiles([tuyPhuoc, phuCat]);
  const view = new ConsolidationView(page);
  await view.root.waitFor({ state: 'visible' });
  await eventually(() => view.rows.count()).toBe(2);
  expect(await view.problems.count()).toBe(0);
  await view.toggleDetail('UBND huyện Phù Cát');
  await view.detail.waitFor({ state: 'visible' });
  expect(await view.detailUnitRows()).toHaveLength(14);
  await page.getByTestId('export-consolidation').click();
  const [consolidated] = await downloadsOf(page, 1, () => page.getByTestId('export-confirm').click());
  expect(consolidated!.name.endsWith('.csv')).toBe(true);

  // Back to the demo plan, as the day ends.
  await PlanPage.open(page, baseURL, DEMO_PLAN_ID, '21952');
}
