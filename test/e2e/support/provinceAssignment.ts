/**
 * The province's side of the assignment tests (provinceAssignment.e2e.ts, provinceElevenDistricts.e2e.ts): what it
 * sends to its three districts, the files' names and shape, and the whole sending from the plan list to the downloads.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PlanListView, type Downloaded } from './files';
import { eventually, PlanPage, type IndicatorId } from './planPage';
import { createPlanFromList, DISTRICTS, downloadsOf, PERIOD, PROVINCE, unzipped, type DistrictCode } from './province';

/** Each district's own targets: as the province types them in its grid, and as the files carry them. */
export const OWN_TARGETS: Record<DistrictCode, Partial<Record<IndicatorId, [typed: string, percent: number]>>> = {
  550: { online_dossiers: ['62,5', 62.5], online_payment: ['51', 51] },
  540: { online_dossiers: ['65', 65], online_payment: ['48', 48] },
  551: { online_dossiers: ['57', 57], online_payment: ['47', 47] },
};
export const fileOf = (name: string) => `giao-chi-tieu-${name}_2023-H2.json`;
export const EACH_FILE: Record<DistrictCode, string> = { 550: fileOf('Huyen-Tuy-Phuoc'), 540: fileOf('Thanh-pho-Quy-Nhon'), 551: fileOf('Huyen-An-Lao') };
export const ALL_FILE = fileOf('UBND-tinh-Binh-Dinh');
/** One file per district comes as one zip, named like the file for all. */
export const ZIP_FILE = 'giao-chi-tieu-UBND-tinh-Binh-Dinh_2023-H2.zip';

/** The assignment file as `export-assignment` writes it. */
export interface AssignmentDoc {
  format: string;
  formatVersion: number;
  exportedAt: string;
  exportedBy: string;
  assignment: {
    period: string;
    issuedBy: string;
    indicators: { id: string; min: number; mode: string; floor: number | null; mandatory: boolean; ownTarget: number | null }[];
    districts: { code: string; name: string; ownTargets: Record<string, number>; units: unknown[] }[];
  };
}
/** The general targets and modes the province sets (online_dossiers raised to 55; online_payment weighted, floor 35). */
export const SENT_INDICATORS = [
  { id: 'online_dossiers', min: 55, mode: 'each', floor: null, mandatory: false, ownTarget: null },
  { id: 'online_payment', min: 45, mode: 'weighted', floor: 35, mandatory: false, ownTarget: null },
  { id: 'digitisation', min: 70, mode: 'each', floor: null, mandatory: false, ownTarget: null },
  { id: 'e_results', min: 100, mode: 'each', floor: null, mandatory: true, ownTarget: null },
  { id: 'population_db', min: 100, mode: 'each', floor: null, mandatory: true, ownTarget: null },
];

export interface Sent {
  zip: Downloaded;
  each: Record<DistrictCode, Downloaded>;
  all: Downloaded;
}


/**
 * The province's side, start to end: a plan of its three districts from the plan list, their own targets typed
 * in the grid, the general targets set in the assignment panel, then one file per district (in one zip) and one for all.
 */
export async function provinceSends(page: Page, baseURL: string): Promise<Sent> {
  await PlanPage.firstVisit(page, baseURL);
  const list = new PlanListView(page);
  await list.open(baseURL);
  const plan = await createPlanFromList(page, {
    name: 'Giao chỉ tiêu DVCTT 6 tháng cuối năm 2023', period: PERIOD, allocatingUnit: PROVINCE, units: DISTRICTS,
  });
  expect(await page.locator('.plan-meta').textContent()).toBe(`${PERIOD} · ${PROVINCE} · 3 đơn vị`);
  await eventually(() => plan.displayedUnitRows()).toEqual(['550', '540', '551']);

  for (const d of DISTRICTS) {
    for (const [id, [typed]] of Object.entries(OWN_TARGETS[d.code])) await plan.typeInto(d.code, `target.${id}`, typed);
  }
  const typed = () => Promise.all(DISTRICTS.map(async (d) => [await plan.cellText(d.code, 'target.online_dossiers'), await plan.cellText(d.code, 'target.online_payment')]));
  await eventually(typed).toEqual([['62,5', '51'], ['65', '48'], ['57', '47']]);

  await page.getByTestId('toggle-assignment').click();
  await plan.setAssignment('online_dossiers', 'min', '55');
  await plan.assignmentInput('online_payment', 'mode').selectOption('weighted');
  await eventually(() => plan.assignmentInput('online_payment', 'floor').isEnabled()).toBe(true);
  await plan.setAssignment('online_payment', 'floor', '35');
  await eventually(() => plan.assignmentInput('online_payment', 'floor').inputValue()).toBe('35');
  expect(await plan.assignmentInput('online_dossiers', 'min').inputValue()).toBe('55');
  // Every typed target meets the new general targets; the three indicators left empty warn, per district.
  await eventually(() => plan.counts()).toEqual({ errors: 0, warnings: 9 });
  await plan.waitSaved();

  const dialog = page.getByTestId('export-assignment-dialog');
  await page.getByTestId('export-assignment').click();
  await dialog.waitFor({ state: 'visible' });
  expect(await dialog.locator('input[name="split"][value="each"]').isChecked()).toBe(true);
  const [zip] = await downloadsOf(page, 1, () => page.getByTestId('export-assignment-confirm').click());
  await dialog.waitFor({ state: 'detached' });
  const each = unzipped(zip!);
  const result = page.getByTestId('export-assignment-result');
  await eventually(() => result.textContent()).toContain(`Đã lưu 3/3 tệp giao chỉ tiêu trong một tệp nén «${ZIP_FILE}».`);

  await page.getByTestId('export-assignment').click();
  await dialog.locator('input[name="split"][value="all"]').check();
  const [all] = await downloadsOf(page, 1, () => page.getByTestId('export-assignment-confirm').click());
  await dialog.waitFor({ state: 'detached' });
  await eventually(() => result.textContent()).toContain(`Đã lưu tệp giao chỉ tiêu «${ALL_FILE}».`);
  expect([await result.getAttribute('data-files'), await result.getAttribute('data-zipped')]).toEqual(['1', 'false']);

  expect(each.map((f) => f.name).sort()).toEqual(Object.values(EACH_FILE).sort());
  const byName = (name: string) => each.find((f) => f.name === name)!;
  return { zip: zip!, each: { 550: byName(EACH_FILE[550]), 540: byName(EACH_FILE[540]), 551: byName(EACH_FILE[551]) }, all: all! };
}
