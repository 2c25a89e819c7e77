import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { exportCsv, exportPlanFile, ImportFlow, jsonFile, PlanListView, utf8BomCsv, type Downloaded } from './files';
import { DEMO_PLAN_ID, eventually, PlanPage, UNDECIDED_UNIT } from './planPage';
import { ConsolidationView, createPlanFromList, downloadsOf, type PlanFileDoc } from './province';

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
  await editInGrid(plan);
  await openAndCloseAssignment(page, plan);
  await focusFromIssue(plan);
  await addUnitByDialog(page, plan);
  await switchLanguageAndBack(page, plan);
  await printAppendix(page);
  const planFile = await exportBoth(plan);
  await importCsv(plan, imports);
  const list = await makePlanFromList(page, baseURL);
  await consolidateTwoDistricts(page, baseURL, list, imports, planFile);
  // Back to the demo plan, as the day ends.
  await PlanPage.open(page, baseURL, DEMO_PLAN_ID, '21952');
}

/** Edits in the grid. */
async function editInGrid(plan: PlanPage): Promise<void> {
  await plan.typeInto('21952', ONLINE, '71');
  await plan.typeInto('21955', 'target.online_payment', '66,5');
  await eventually(() => plan.cellText('21955', 'target.online_payment')).toBe('66,5');
  await plan.waitSaved();
}

/** The assignment panel, open and closed again. */
async function openAndCloseAssignment(page: Page, plan: PlanPage): Promise<void> {
  const panel = page.getByTestId('assignment-panel');
  await page.getByTestId('toggle-assignment').click();
  await panel.waitFor({ state: 'visible' });
  expect(await plan.assignmentInput('online_dossiers', 'min').inputValue()).toBe('50');
  await page.getByTestId('toggle-assignment').click();
  await panel.waitFor({ state: 'detached' });
}

/** An issue of the panel takes the focus to its cell. */
async function focusFromIssue(plan: PlanPage): Promise<void> {
  await plan.issueItem('missing', UNDECIDED_UNIT, 'digitisation').click();
  await eventually(() => plan.focusedCell()).toEqual({ rowId: UNDECIDED_UNIT, colId: 'target.digitisation', active: true });
}

/** The add-unit dialog adds a commune. */
async function addUnitByDialog(page: Page, plan: PlanPage): Promise<void> {
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
}

/** English and back: the grid is made anew each time (its theme styles too). */
async function switchLanguageAndBack(page: Page, plan: PlanPage): Promise<void> {
  await plan.setLanguage('en');
  await plan.waitForGrid('21952');
  await eventually(() => page.getByTestId('export-csv').textContent()).toBe('Export CSV');
  await plan.setLanguage('vi');
  await plan.waitForGrid('21952');
  await eventually(() => page.getByTestId('export-csv').textContent()).toBe('Xuất CSV');
}

/** Print: the appendix exists from `beforeprint` to `afterprint` (hidden on screen, shown on paper). */
async function printAppendix(page: Page): Promise<void> {
  const appendix = page.getByTestId('print-appendix');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await appendix.waitFor({ state: 'attached' });
  expect(await appendix.locator('tbody tr').count()).toBe(1 + 14 + 1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await appendix.waitFor({ state: 'detached' });
}

/** Exports: the CSV and the plan file (returned, for the districts' files of the consolidated view). */
async function exportBoth(plan: PlanPage): Promise<Downloaded> {
  const csv = await exportCsv(plan, 'excel-vn');
  expect(csv.bytes.subarray(3).toString('utf8').split('\r\n')[1]!.split(';').slice(0, 3)).toEqual(['1', '21952', 'Thị trấn Tuy Phước']);
  const planFile = await exportPlanFile(plan);
  expect((JSON.parse(planFile.bytes.toString('utf8')) as PlanFileDoc).plan.units).toHaveLength(14);
  return planFile;
}

/** A CSV import with its preview, applied. */
async function importCsv(plan: PlanPage, imports: ImportFlow): Promise<void> {
  await imports.choose(utf8BomCsv('chi-tieu.csv', ['Mã đơn vị;Hồ sơ trực tuyến - Chỉ tiêu', '21958;74']));
  expect(await imports.counts()).toEqual({ kind: 'csv', adds: 0, updates: 1, unchanged: 0, problems: 0 });
  await imports.applyAndClose();
  await eventually(() => plan.cellText('21958', ONLINE)).toBe('74');
  await plan.waitSaved();
}

/** The plan list, and a plan made with the new-plan dialog. */
async function makePlanFromList(page: Page, baseURL: string): Promise<PlanListView> {
  const list = new PlanListView(page);
  await list.open(baseURL);
  const created = await createPlanFromList(page, {
    name: 'Kế hoạch thử', period: '2024-H1', allocatingUnit: 'UBND huyện Tuy Phước',
    units: [{ code: '21952', name: 'Thị trấn Tuy Phước', type: 'Thị trấn' }, { code: '21955', name: 'Xã Phước Thắng', type: 'Xã' }],
  });
  expect(await created.planName.textContent()).toBe('Kế hoạch thử');
  await created.waitSaved();
  return list;
}

/** The consolidated view of two districts' plan files, one district's detail, and its CSV. */
async function consolidateTwoDistricts(page: Page, baseURL: string, list: PlanListView, imports: ImportFlow, planFile: Downloaded): Promise<void> {
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
}
