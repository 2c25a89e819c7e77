import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp, type AppSession } from './support/browser';
import { changedKeys, gridCells, ImportFlow, PlanListView, type Downloaded } from './support/files';
import { DEMO_PLAN_ID, DEMO_UNIT_CODES, eventually, INDICATOR_IDS, PlanPage, type IndicatorId } from './support/planPage';
import {
  asUpload, createPlanFromList, DISTRICTS, downloadsOf, otherComputer, parse, PERIOD, planIdOf, PROVINCE, unzipped, type DistrictCode,
} from './support/province';

/** All of Bình Định's districts, towns and its city (GSO codes), and their files' names. */
const BINH_DINH = [
  { code: '540', name: 'Thành phố Quy Nhơn', type: 'Thành phố', file: 'Thanh-pho-Quy-Nhon' },
  { code: '542', name: 'Huyện An Lão', type: 'Huyện', file: 'Huyen-An-Lao' },
  { code: '543', name: 'Thị xã Hoài Nhơn', type: 'Thị xã', file: 'Thi-xa-Hoai-Nhon' },
  { code: '544', name: 'Huyện Hoài Ân', type: 'Huyện', file: 'Huyen-Hoai-An' },
  { code: '545', name: 'Huyện Phù Mỹ', type: 'Huyện', file: 'Huyen-Phu-My' },
  { code: '546', name: 'Huyện Vĩnh Thạnh', type: 'Huyện', file: 'Huyen-Vinh-Thanh' },
  { code: '547', name: 'Huyện Tây Sơn', type: 'Huyện', file: 'Huyen-Tay-Son' },
  { code: '548', name: 'Huyện Phù Cát', type: 'Huyện', file: 'Huyen-Phu-Cat' },
  { code: '549', name: 'Thị xã An Nhơn', type: 'Thị xã', file: 'Thi-xa-An-Nhon' },
  { code: '550', name: 'Huyện Tuy Phước', type: 'Huyện', file: 'Huyen-Tuy-Phuoc' },
  { code: '551', name: 'Huyện Vân Canh', type: 'Huyện', file: 'Huyen-Van-Canh' },
] as const;
/** Each district's own targets: as the province types them in its grid, and as the files carry them. */
const OWN_TARGETS: Record<DistrictCode, Partial<Record<IndicatorId, [typed: string, percent: number]>>> = {
  550: { online_dossiers: ['62,5', 62.5], online_payment: ['51', 51] },
  540: { online_dossiers: ['65', 65], online_payment: ['48', 48] },
  551: { online_dossiers: ['57', 57], online_payment: ['47', 47] },
};
const fileOf = (name: string) => `giao-chi-tieu-${name}_2023-H2.json`;
const EACH_FILE: Record<DistrictCode, string> = { 550: fileOf('Huyen-Tuy-Phuoc'), 540: fileOf('Thanh-pho-Quy-Nhon'), 551: fileOf('Huyen-An-Lao') };
const ALL_FILE = fileOf('UBND-tinh-Binh-Dinh');
/** One file per district comes as one zip, named like the file for all. */
const ZIP_FILE = 'giao-chi-tieu-UBND-tinh-Binh-Dinh_2023-H2.zip';

/** The assignment file as `export-assignment` writes it. */
interface AssignmentDoc {
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
const SENT_INDICATORS = [
  { id: 'online_dossiers', min: 55, mode: 'each', floor: null, mandatory: false, ownTarget: null },
  { id: 'online_payment', min: 45, mode: 'weighted', floor: 35, mandatory: false, ownTarget: null },
  { id: 'digitisation', min: 70, mode: 'each', floor: null, mandatory: false, ownTarget: null },
  { id: 'e_results', min: 100, mode: 'each', floor: null, mandatory: true, ownTarget: null },
  { id: 'population_db', min: 100, mode: 'each', floor: null, mandatory: true, ownTarget: null },
];

interface Sent {
  zip: Downloaded;
  each: Record<DistrictCode, Downloaded>;
  all: Downloaded;
}


/**
 * The province's side, start to end: a plan of its three districts from the plan list, their own targets typed
 * in the grid, the general targets set in the assignment panel, then one file per district (in one zip) and one for all.
 */
async function provinceSends(page: Page, baseURL: string): Promise<Sent> {
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

/** What the province sent in this file's run (the first test), or, when a test runs alone, sent now from another computer. */
let sentByProvince: Sent | undefined;
async function sentFiles(session: AppSession): Promise<Sent> {
  if (sentByProvince) return sentByProvince;
  const province = await otherComputer(session);
  try {
    sentByProvince = await provinceSends(province.page, session.baseURL);
  } finally {
    await province.close();
  }
  return sentByProvince;
}

/** The assignment panel of the open plan, per indicator, as displayed. */
async function assignmentShown(plan: PlanPage) {
  return Object.fromEntries(await Promise.all(INDICATOR_IDS.map(async (id) => [id, {
    min: await plan.assignmentInput(id, 'min').inputValue(),
    mode: await plan.assignmentInput(id, 'mode').inputValue(),
    floor: await plan.assignmentInput(id, 'floor').inputValue(),
    mandatory: await plan.assignmentInput(id, 'mandatory').isChecked(),
    ownTarget: await plan.assignmentInput(id, 'ownTarget').inputValue(),
  }])));
}

/** The panel a district shows after receiving the province's file: the general targets, and its own targets. */
function expectedPanel(own: { online_dossiers: string; online_payment: string }) {
  const row = (min: string, mode: string, floor: string, mandatory: boolean, ownTarget: string) => ({ min, mode, floor, mandatory, ownTarget });
  return {
    online_dossiers: row('55', 'each', '', false, own.online_dossiers),
    online_payment: row('45', 'weighted', '35', false, own.online_payment),
    digitisation: row('70', 'each', '', false, ''),
    e_results: row('100', 'each', '', true, ''),
    population_db: row('100', 'each', '', true, ''),
  };
}

describe('the province side: assignment files down to the districts, their plan files back up', () => {
  const app = useApp();

  test('the province types each district\'s own target and sends one file per district, then one file for all', async () => {
    const { page, baseURL } = app();
    const sent = await provinceSends(page, baseURL);
    sentByProvince = sent;

    const docs = DISTRICTS.map((d) => parse<AssignmentDoc>(sent.each[d.code]));
    const all = parse<AssignmentDoc>(sent.all);
    expect(sent.zip.name).toBe(ZIP_FILE);
    expect(sent.all.name).toBe(ALL_FILE);
    for (const doc of [...docs, all]) {
      expect([doc.format, doc.formatVersion, doc.exportedBy, doc.assignment.period, doc.assignment.issuedBy])
        .toEqual(['dvctt-assignment', 1, PROVINCE, PERIOD, PROVINCE]);
      expect(doc.assignment.indicators.map(({ id, min, mode, floor, mandatory, ownTarget }) => ({ id, min, mode, floor, mandatory, ownTarget })))
        .toEqual(SENT_INDICATORS);
      expect(Number.isNaN(Date.parse(doc.exportedAt))).toBe(false);
    }
    // One export, one time stamp for its three files.
    expect(new Set(docs.map((d) => d.exportedAt)).size).toBe(1);
    // Each district's file carries that district alone; the file for all carries the three, in the plan's order.
    const expectedDistricts = DISTRICTS.map((d) => ({
      code: d.code, name: d.name, units: [],
      ownTargets: Object.fromEntries(Object.entries(OWN_TARGETS[d.code]).map(([id, [, percent]]) => [id, percent])),
    }));
    expect(docs.map((d) => d.assignment.districts)).toEqual(expectedDistricts.map((d) => [d]));
    expect(all.assignment.districts).toEqual(expectedDistricts);
  });

  test('eleven districts, one file each: one zip download holds the eleven files, and the page says so', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    await new PlanListView(page).open(baseURL);
    const plan = await createPlanFromList(page, { name: `Giao chỉ tiêu DVCTT ${PERIOD}`, period: PERIOD, allocatingUnit: PROVINCE, units: BINH_DINH });
    await plan.typeInto('550', 'target.online_dossiers', '62,5');
    await eventually(() => plan.cellText('550', 'target.online_dossiers')).toBe('62,5');
    await plan.waitSaved();

    // Every download of the page, from the export on: Chromium would have dropped the eleventh of eleven.
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    const openedBy = page.getByTestId('export-assignment');
    await openedBy.click();
    const dialog = page.getByTestId('export-assignment-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.textContent()).toContain('Nhiều tệp được tải về gộp trong một tệp nén .zip');
    await page.getByTestId('export-assignment-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    const result = page.getByTestId('export-assignment-result');
    await eventually(() => result.textContent()).toContain(`Đã lưu 11/11 tệp giao chỉ tiêu trong một tệp nén «${ZIP_FILE}».`);
    expect([await result.getAttribute('data-files'), await result.getAttribute('data-zipped')]).toEqual(['11', 'true']);
    await eventually(() => downloads.length).toBe(1);
    // The focus is back on the button that opened the dialog.
    await eventually(() => openedBy.evaluate((button) => document.activeElement === button)).toBe(true);

    const download = downloads[0]!;
    expect(await download.failure()).toBeNull();
    const zip = { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
    expect(zip.name).toBe(ZIP_FILE);
    const files = unzipped(zip);
    expect(files.map((f) => f.name)).toEqual(BINH_DINH.map((d) => fileOf(d.file)));
    files.forEach((file, i) => {
      const doc = parse<AssignmentDoc>(file);
      expect([doc.format, doc.formatVersion, doc.assignment.issuedBy, doc.assignment.period]).toEqual(['dvctt-assignment', 1, PROVINCE, PERIOD]);
      expect(doc.assignment.districts.map((d) => [d.code, d.name])).toEqual([[BINH_DINH[i]!.code, BINH_DINH[i]!.name]]);
    });
    expect(parse<AssignmentDoc>(files[9]!).assignment.districts[0]!.ownTargets).toEqual({ online_dossiers: 62.5 });
    // One export, one time stamp for its eleven files.
    expect(new Set(files.map((f) => parse<AssignmentDoc>(f).exportedAt)).size).toBe(1);

    // The message follows the language.
    await plan.setLanguage('en');
    await eventually(() => result.textContent()).toContain(`11 of 11 assignment files saved in one zip «${ZIP_FILE}».`);
    expect(downloads).toHaveLength(1);
  });

  test('a district receives its file into a new plan, picks itself in the file for all, and updates its open plan', async () => {
    const session = app();
    const { page, baseURL } = session;
    const sent = await sentFiles(session);
    // The district's computer: it has started its own plan already (the demo plan of Huyện Tuy Phước).
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanListView(page);
    const imports = new ImportFlow(page);
    const districtSelect = page.getByTestId('assignment-district');
    const options = () => districtSelect.locator('option').allTextContents();
    const modes = page.locator('input[type=radio][name="assignment-mode"]');

    // Its own file, from the plan list: no plan is open, so it can only start a new plan.
    await list.open(baseURL);
    await imports.choose(asUpload(sent.each[550]));
    expect(await imports.counts()).toEqual({ kind: 'assignment', adds: 0, updates: 0, unchanged: 0, problems: 0 });
    expect(await imports.preview.locator('p').first().textContent()).toBe(`Tệp giao chỉ tiêu của ${PROVINCE}, kỳ ${PERIOD}, cho 1 đơn vị.`);
    expect(await options()).toEqual(['Huyện Tuy Phước (550)']);
    expect(await modes.count()).toBe(0);
    await imports.applyAndClose();

    const received = new PlanPage(page);
    await eventually(() => received.planName.textContent()).toBe(`Huyện Tuy Phước — ${PERIOD}`);
    const tuyPhuocId = await planIdOf(received);
    expect(tuyPhuocId).not.toBe(DEMO_PLAN_ID);
    expect(page.url()).toContain(`#/plans/${tuyPhuocId}`);
    expect(await page.locator('.plan-meta').textContent()).toBe(`${PERIOD} · Huyện Tuy Phước · 0 đơn vị`);
    await page.getByTestId('toggle-assignment').click();
    expect(await assignmentShown(received)).toEqual(expectedPanel({ online_dossiers: '62,5', online_payment: '51' }));

    // The file for all: Thành phố Quy Nhơn picks itself, and gets its own targets, not the first district's.
    await list.open(baseURL, 2);
    await imports.choose(asUpload(sent.all));
    expect(await imports.preview.locator('p').first().textContent()).toBe(`Tệp giao chỉ tiêu của ${PROVINCE}, kỳ ${PERIOD}, cho 3 đơn vị.`);
    expect(await options()).toEqual(['Huyện Tuy Phước (550)', 'Thành phố Quy Nhơn (540)', 'Huyện An Lão (551)']);
    await districtSelect.selectOption({ label: 'Thành phố Quy Nhơn (540)' });
    await imports.applyAndClose();
    const quyNhon = new PlanPage(page);
    await eventually(() => quyNhon.planName.textContent()).toBe(`Thành phố Quy Nhơn — ${PERIOD}`);
    const quyNhonId = await planIdOf(quyNhon);
    expect([DEMO_PLAN_ID, tuyPhuocId]).not.toContain(quyNhonId);
    await page.getByTestId('toggle-assignment').click();
    expect(await assignmentShown(quyNhon)).toEqual(expectedPanel({ online_dossiers: '65', online_payment: '48' }));

    await list.open(baseURL, 3);
    const entries = await list.entries();
    expect(entries).toEqual([
      { id: DEMO_PLAN_ID, name: 'Kế hoạch mẫu — Huyện Tuy Phước' },
      { id: tuyPhuocId, name: `Huyện Tuy Phước — ${PERIOD}` },
      { id: quyNhonId, name: `Thành phố Quy Nhơn — ${PERIOD}` },
    ].sort((a, b) => a.id.localeCompare(b.id)));

    // With its started plan open, Tuy Phước takes the province's file into that plan's assignment instead.
    const started = await PlanPage.open(page, baseURL, DEMO_PLAN_ID, '21952');
    await page.getByTestId('toggle-assignment').click();
    const panelBefore = await assignmentShown(started);
    expect([panelBefore.online_dossiers!.ownTarget, panelBefore.online_dossiers!.min, panelBefore.online_payment!.floor]).toEqual(['60', '50', '30']);
    const cellsBefore = await gridCells(started);
    expect(await started.errorCount()).toBe(0);

    await imports.choose(asUpload(sent.each[550]));
    expect(await modes.evaluateAll((radios) => radios.map((r) => [(r as HTMLInputElement).value, (r as HTMLInputElement).checked])))
      .toEqual([['new', true], ['update', false]]);
    expect(await imports.preview.locator('fieldset').textContent()).toContain('Cập nhật chỉ tiêu giao của kế hoạch đang mở «Kế hoạch mẫu — Huyện Tuy Phước»');
    await modes.and(page.locator('[value="update"]')).check();
    await imports.applyAndClose();

    await eventually(() => started.assignmentInput('online_dossiers', 'ownTarget').inputValue()).toBe('62,5');
    expect(await assignmentShown(started)).toEqual(expectedPanel({ online_dossiers: '62,5', online_payment: '51' }));
    // The message, then its Close button.
    expect(await page.getByTestId('app-message').textContent()).toBe('Đã cập nhật chỉ tiêu giao theo tệp. Đóng');
    expect(page.url()).toContain(`#/plans/${DEMO_PLAN_ID}`);
    expect(await started.planName.textContent()).toBe('Kế hoạch mẫu — Huyện Tuy Phước');
    // The communes' figures stay as they were; the raised general target (55) now flags the targets below it.
    const onlyUnits = (cells: Record<string, string>) => Object.fromEntries(Object.entries(cells).filter(([k]) => DEMO_UNIT_CODES.includes(k.split('|')[0]!)));
    expect(changedKeys(onlyUnits(cellsBefore), onlyUnits(await gridCells(started)))).toEqual([]);
    const belowNewMin = DEMO_UNIT_CODES.filter((u) => {
      const text = cellsBefore[`${u}|target.online_dossiers`] ?? '';
      return text !== '' && Number(text.replace(',', '.')) < 55;
    });
    expect(belowNewMin.length).toBeGreaterThan(0);
    await eventually(() => started.errorCount()).toBe(belowNewMin.length);
    expect((await started.issueList()).filter((i) => i.rule === 'belowMin')).toEqual(belowNewMin.map((unit) => ({ rule: 'belowMin', unit, indicator: 'online_dossiers' })));
    await started.waitSaved();

    // One step: Undo takes the whole assignment back.
    await page.getByTestId('undo').click();
    await eventually(() => started.assignmentInput('online_dossiers', 'ownTarget').inputValue()).toBe('60');
    expect(await assignmentShown(started)).toEqual(panelBefore);
    await eventually(() => started.errorCount()).toBe(0);

    // No new plan.
    await list.open(baseURL, 3);
    expect(await list.entries()).toEqual(entries);
  });

});
