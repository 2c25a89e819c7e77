/** The province side with all eleven districts of Bình Định: one file each, in one zip download, and the page says so. */
import { readFile } from 'node:fs/promises';
import type { Download } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { PlanListView } from './support/files';
import { eventually, PlanPage } from './support/planPage';
import { createPlanFromList, parse, PERIOD, PROVINCE, unzipped } from './support/province';
import { fileOf, ZIP_FILE, type AssignmentDoc } from './support/provinceAssignment';

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

describe('the province side: assignment files down to the districts — eleven districts in one zip', () => {
  const app = useApp();

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
});
