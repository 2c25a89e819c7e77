import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import {
  changedKeys, exportCsv, exportPlanFile, gridCells, ImportFlow, jsonFile, PlanListView, utf8BomCsv, windows1258Csv, type FilePayload,
} from './support/files';
import { readFileSync } from 'node:fs';
import { PLAN_FILE_VERSION } from '../../src/io/planFileFormat';
import { DEMO_PLAN_ID, DEMO_UNIT_CODES, eventually, INDICATOR_IDS, PlanPage } from './support/planPage';

const DEMO_NAME = 'Kế hoạch mẫu — Huyện Tuy Phước';
/** safeFileName(DEMO_NAME, '2023-H2') */
const DEMO_FILE_STEM = 'Ke-hoach-mau-Huyen-Tuy-Phuoc_2023-H2';
const ONLINE_TARGET = 'target.online_dossiers';
const BOM = [0xef, 0xbb, 0xbf];

const planIdOf = async (plan: PlanPage) => (await plan.root.getAttribute('data-plan-id')) ?? '';
const asUpload = (file: { name: string; bytes: Buffer }, mimeType: string): FilePayload => ({ name: file.name, mimeType, buffer: file.bytes });

const APP_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('file exchange: import preview, CSV and plan-file export', () => {
  const app = useApp();

  test('a unit list in Windows-1258 starts a new plan from the plan list, with its diacritics intact', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanListView(page);
    await list.open(baseURL);
    const imports = new ImportFlow(page);

    const file = windows1258Csv('Đơn vị An Nhơn.csv', [
      'Mã;Tên đơn vị;Loại',
      '22015;Xã Nhơn Hậu;Xã',
      '22018;Phường Nhơn Hưng;Phường',
      '22021;Xã Nhơn Lộc;Xã',
    ]);
    // Really the code page, not UTF-8: "Hậu" is H, a-circumflex (0xE2), combining dot below (0xF2), u.
    expect(file.buffer.includes(Buffer.from([0x48, 0xe2, 0xf2, 0x75]))).toBe(true);
    const progressSeen = await imports.watchProgress();
    await imports.choose(file);
    expect(await progressSeen()).toBe(true);
    expect(await imports.progress.count()).toBe(0);
    expect(await imports.counts()).toEqual({ kind: 'csv', adds: 3, updates: 0, unchanged: 0, problems: 0 });
    expect(await page.getByTestId('import-encoding').inputValue()).toBe('windows-1258');
    expect(await page.getByTestId('import-encoding-unsure').count()).toBe(0);
    expect(await imports.preview.textContent()).toContain('Tệp sẽ tạo một kế hoạch mới với 3 đơn vị.');
    expect(await imports.apply.textContent()).toBe('Tạo kế hoạch');
    // The plan's name, period and allocating unit are asked first, prefilled from the file (its name here).
    const field = (name: string) => page.getByTestId('import-new-plan').locator(`input[name="${name}"]`);
    expect(await field('name').inputValue()).toBe('Đơn vị An Nhơn');
    expect(await field('period').inputValue()).toBe('');
    await imports.apply.click();
    await expect.poll(() => imports.preview.getByRole('alert').textContent()).toContain('Kỳ phải là một năm (2024), nửa năm (2024-H1, 2024-H2), quý');
    expect(await imports.preview.isVisible()).toBe(true);
    await field('period').fill('2024-h1');
    await field('allocatingUnit').fill('UBND thị xã An Nhơn');
    await imports.applyAndClose();

    const plan = new PlanPage(page);
    await plan.waitForGrid('22015');
    const id = await planIdOf(plan);
    expect(id).not.toBe(DEMO_PLAN_ID);
    expect(page.url()).toContain(`#/plans/${id}`);
    expect(await plan.planName.textContent()).toBe('Đơn vị An Nhơn');
    await eventually(() => plan.displayedUnitRows()).toEqual(['22015', '22018', '22021']);
    // Exact strings, so combining tone marks (what Windows-1258 stores) would not pass for precomposed letters.
    const rows = async () => Promise.all(['22015', '22018', '22021'].map(async (u) => [await plan.cellText(u, 'name'), await plan.cellText(u, 'type')]));
    expect(await rows()).toEqual([['Xã Nhơn Hậu', 'Xã'], ['Phường Nhơn Hưng', 'Phường'], ['Xã Nhơn Lộc', 'Xã']]);
    // No targets in a unit list: a warning per unit and indicator; and no general targets from the province,
    // which the app never invents: one warning for each of the three that are not mandatory, no error.
    expect(await plan.counts()).toEqual({ errors: 0, warnings: 18 });
    expect(await page.getByTestId('assignment-unset').getAttribute('data-indicators')).toBe('online_dossiers,online_payment,digitisation');
    expect(await plan.cellText('min', ONLINE_TARGET)).toBe('chưa nhập chỉ tiêu tỉnh giao');
    expect(await plan.root.locator(`[row-id="min"] [col-id="${ONLINE_TARGET}"]`).getAttribute('class')).toContain('cell-unassigned');

    // Stored: it is in the list beside the demo, and a reload shows the same rows.
    await list.open(baseURL, 2);
    expect(await list.entries()).toEqual([{ id: DEMO_PLAN_ID, name: DEMO_NAME }, { id, name: 'Đơn vị An Nhơn' }].sort((a, b) => a.id.localeCompare(b.id)));
    await page.goto(`${baseURL}#/plans/${id}`);
    await plan.waitForGrid('22015');
    expect(await rows()).toEqual([['Xã Nhơn Hậu', 'Xã'], ['Phường Nhơn Hưng', 'Phường'], ['Xã Nhơn Lộc', 'Xã']]);
  });

  test('values into the open plan: counts and problems with row and column, one command that Ctrl+Z undoes', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const imports = new ImportFlow(page);
    const undo = page.getByTestId('undo');
    const before = await gridCells(plan);
    expect(before[`21952|${ONLINE_TARGET}`]).toBe('64');
    expect(before[`21955|${ONLINE_TARGET}`]).toBe('57');
    expect(await undo.isDisabled()).toBe(true);

    await imports.choose(utf8BomCsv('chi-tieu-ho-so.csv', [
      'Mã đơn vị;Hồ sơ trực tuyến - Chỉ tiêu',
      '21952;70,5',
      '99999;60',
      '21955;abc',
    ]));
    expect(await imports.counts()).toEqual({ kind: 'csv', adds: 0, updates: 1, unchanged: 0, problems: 2 });
    expect(await page.getByTestId('import-encoding').inputValue()).toBe('utf-8');
    expect(await imports.problems()).toEqual([
      { line: 3, column: 1, code: 'unknownUnit', text: 'Dòng 3, cột A (Mã đơn vị): mã «99999» không có trong kế hoạch' },
      { line: 4, column: 2, code: 'notANumber', text: 'Dòng 4, cột B (Hồ sơ trực tuyến - Chỉ tiêu): «abc» không phải là số. Nhập tỷ lệ phần trăm, ví dụ 85,5.' },
    ]);
    expect(await imports.apply.textContent()).toBe('Áp dụng, bỏ qua 2 dòng có vấn đề');
    // The preview wrote nothing.
    expect(await plan.cellText('21952', ONLINE_TARGET)).toBe('64');
    await imports.applyAndClose();

    await eventually(() => plan.cellText('21952', ONLINE_TARGET)).toBe('70,5');
    expect(await page.getByTestId('app-message').textContent()).toContain('Đã nhập: thêm 0, cập nhật 1 đơn vị.');
    // Only that cell changed among the units (the aggregate row follows it).
    const unitCells = (cells: Record<string, string>) => Object.fromEntries(Object.entries(cells).filter(([k]) => DEMO_UNIT_CODES.includes(k.split('|')[0]!)));
    expect(changedKeys(unitCells(before), unitCells(await gridCells(plan)))).toEqual([`21952|${ONLINE_TARGET}`]);
    expect(await undo.isEnabled()).toBe(true);

    // Ctrl+Z right after the import, as a user does: one step takes the whole import back.
    await page.keyboard.press('Control+Z');
    await eventually(() => plan.cellText('21952', ONLINE_TARGET)).toBe('64');
    await eventually(async () => changedKeys(before, await gridCells(plan))).toEqual([]);
    expect(await undo.isDisabled()).toBe(true);
    await plan.waitSaved();
    await plan.reload();
    expect(await plan.cellText('21952', ONLINE_TARGET)).toBe('64');
  });

  test('CSV export in both dialects (BOM, separator, decimal mark) reads back as 13 unchanged rows', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const imports = new ImportFlow(page);
    await plan.typeInto('21952', ONLINE_TARGET, '85,5');
    await eventually(() => plan.cellText('21952', ONLINE_TARGET)).toBe('85,5');
    await plan.waitSaved();
    // A previous result with a decimal too (the demo's have one decimal, some of them not zero).
    const cells = await gridCells(plan);
    const decimal = DEMO_UNIT_CODES.flatMap((unit) => INDICATOR_IDS.map((id, n) => ({ unit, n, text: cells[`${unit}|baseline.${id}`] ?? '' })))
      .find((c) => /^\d+,\d$/.test(c.text));
    if (!decimal) throw new Error('The demo plan has no previous result with a decimal.');

    // In Vietnamese the dialog proposes the Excel Việt Nam dialect.
    await page.getByTestId('export-csv').click();
    expect(await page.getByTestId('csv-dialect').inputValue()).toBe('excel-vn');
    await page.keyboard.press('Escape');
    await page.getByTestId('export-csv-dialog').waitFor({ state: 'detached' });

    const dialects = [
      { dialect: 'excel-vn', separator: ';', target: '85,5', baseline: decimal.text, noOtherMark: /\d\.\d/ },
      { dialect: 'standard', separator: ',', target: '85.5', baseline: decimal.text.replace(',', '.'), noOtherMark: /\d;\d/ },
    ] as const;
    for (const d of dialects) {
      const file = await exportCsv(plan, d.dialect);
      expect(file.name).toBe(`${DEMO_FILE_STEM}.csv`);
      expect([...file.bytes.subarray(0, 3)]).toEqual(BOM);
      const lines = file.bytes.subarray(3).toString('utf8').split('\r\n');
      expect(lines).toHaveLength(1 + 13 + 1 + 1); // header, units, aggregate, and the final line break
      expect(lines.at(-1)).toBe('');
      expect(lines[0]!.startsWith(['STT', 'Mã', 'Tên đơn vị', 'Loại', 'Số hồ sơ dự kiến', 'Hồ sơ trực tuyến - KQ 2023-H1', 'Hồ sơ trực tuyến - Chỉ tiêu 2023-H2'].join(d.separator) + d.separator)).toBe(true);
      const units = lines.slice(1, 14).map((l) => l.split(d.separator));
      // 5 unit columns and 2 per indicator: a decimal mark that were the separator would add fields.
      expect(units.map((fields) => fields.length)).toEqual(Array(13).fill(15));
      expect(units.map((fields) => fields[1])).toEqual(DEMO_UNIT_CODES);
      expect(units[0]!.slice(0, 4)).toEqual(['1', '21952', 'Thị trấn Tuy Phước', 'Thị trấn']);
      expect(units[0]![6]).toBe(d.target);
      // Columns: STT, code, name, type, volume, then previous result and target per indicator.
      expect(units[DEMO_UNIT_CODES.indexOf(decimal.unit)]![5 + 2 * decimal.n]).toBe(d.baseline);
      expect(lines.slice(1, 15).filter((l) => d.noOtherMark.test(l))).toEqual([]);
      expect(lines[14]!.split(d.separator)[2]).toBe('Tổng hợp (bình quân theo số hồ sơ)');

      await imports.choose(asUpload(file, 'text/csv'));
      expect(await imports.counts()).toEqual({ kind: 'csv', adds: 0, updates: 0, unchanged: 13, problems: 0 });
      expect(await imports.apply.isDisabled()).toBe(true);
      expect(await imports.preview.textContent()).toContain('Không có gì để thay đổi.');
      await imports.dismiss();
    }
  });

  test('a plan file brings a deleted plan back with every cell identical', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const imports = new ImportFlow(page);
    // Some content beyond the demo's: the undecided unit gets a target with a decimal.
    await plan.typeInto('21973', ONLINE_TARGET, '55,5');
    await plan.waitSaved();
    const before = await gridCells(plan);
    expect(before[`21973|${ONLINE_TARGET}`]).toBe('55,5');

    const exported = await exportPlanFile(plan);
    expect(exported.name).toBe(`${DEMO_FILE_STEM}.dvctt.json`);
    const doc = JSON.parse(exported.bytes.toString('utf8')) as { format: string; formatVersion: number; app: string; exportedAt: string; plan: { id: string; name: string; units: unknown[] } };
    expect([doc.format, doc.formatVersion, doc.plan.id, doc.plan.name, doc.plan.units.length]).toEqual(['dvctt-plan', PLAN_FILE_VERSION, DEMO_PLAN_ID, DEMO_NAME, 13]);

    const list = new PlanListView(page);
    await list.removeTheOnlyPlan(baseURL, DEMO_PLAN_ID);

    await imports.choose(asUpload(exported, 'application/json'));
    expect(await imports.counts()).toEqual({ kind: 'planFile', adds: 13, updates: 0, unchanged: 0, problems: 0 });
    expect(await imports.planExists.count()).toBe(0);
    expect(await imports.preview.textContent()).toContain(`Kế hoạch «${DEMO_NAME}» (2023-H2), 13 đơn vị`);
    await imports.applyAndClose();

    const restored = new PlanPage(page);
    await restored.waitForGrid('21952');
    // A deleted plan comes back at its old address.
    const restoredId = await planIdOf(restored);
    expect(restoredId).toBe(DEMO_PLAN_ID);
    expect(page.url()).toContain(`#/plans/${restoredId}`);
    expect(await restored.planName.textContent()).toBe(DEMO_NAME);
    await eventually(() => gridCells(restored)).toEqual(before);

    // The same plan file again, except when it was exported.
    const again = JSON.parse((await exportPlanFile(restored)).bytes.toString('utf8')) as typeof doc;
    expect({ ...again, exportedAt: '' }).toEqual({ ...doc, exportedAt: '' });

    await list.open(baseURL);
    expect(await list.entries()).toEqual([{ id: restoredId, name: DEMO_NAME }]);
  });

  test('a plan file whose plan exists: as a new plan, then replacing it while open, with a kept copy', async () => {
    const { page, baseURL } = app();
    const demo = await PlanPage.firstVisit(page, baseURL);
    const imports = new ImportFlow(page);
    const demoCells = await gridCells(demo);
    const exported = await exportPlanFile(demo);

    await imports.choose(asUpload(exported, 'application/json'));
    expect(await imports.counts()).toEqual({ kind: 'planFile', adds: 13, updates: 0, unchanged: 0, problems: 0 });
    await imports.planExists.waitFor({ state: 'visible' });
    expect(await imports.planExists.locator('legend').textContent()).toBe(`Máy này đã có kế hoạch này («${DEMO_NAME}»). Chọn cách nhập:`);
    expect(await imports.planExists.locator('input[value="replace"]').isChecked()).toBe(true);
    await imports.choosePlanMode('new');
    await imports.applyAndClose();

    await eventually(() => page.url()).not.toContain(DEMO_PLAN_ID);
    const copy = new PlanPage(page);
    await copy.waitForGrid('21952');
    const copyId = await planIdOf(copy);
    expect(copyId).not.toBe(DEMO_PLAN_ID);
    await eventually(() => gridCells(copy)).toEqual(demoCells);
    // The date as the page sees it (its time zone, Asia/Ho_Chi_Minh), not as this test's process does.
    const importedName = `${DEMO_NAME} (bản nhập ${await page.evaluate(() => new Date().toLocaleDateString('vi-VN'))})`;
    expect(await copy.planName.textContent()).toBe(importedName);
    const list = new PlanListView(page);
    await list.open(baseURL, 2);
    expect(await list.entries()).toEqual([{ id: DEMO_PLAN_ID, name: DEMO_NAME }, { id: copyId, name: importedName }].sort((a, b) => a.id.localeCompare(b.id)));

    // The same plan, changed elsewhere, replaces the one open on screen.
    const changed = JSON.parse(exported.bytes.toString('utf8')) as { plan: { units: { code: string; target: Record<string, number> }[] } };
    expect(changed.plan.units[0]!.code).toBe('21952');
    changed.plan.units[0]!.target.online_dossiers = 77;
    const open = await PlanPage.open(page, baseURL, DEMO_PLAN_ID, '21952');
    await imports.choose(jsonFile(exported.name, changed));
    await imports.planExists.waitFor({ state: 'visible' });
    await imports.choosePlanMode('new');
    await imports.choosePlanMode('replace');
    await imports.applyAndClose();
    await eventually(() => open.cellText('21952', ONLINE_TARGET)).toBe('77');
    expect(page.url()).toContain(`#/plans/${DEMO_PLAN_ID}`);
    expect(changedKeys(demoCells, await gridCells(open)).filter((k) => !k.startsWith('aggregate|'))).toEqual([`21952|${ONLINE_TARGET}`]);

    const date = await page.evaluate(() => new Date().toLocaleDateString('vi-VN'));
    await list.open(baseURL, 3);
    const entries = await list.entries();
    expect(entries).toHaveLength(3);
    const kept = entries.find((e) => e.id !== DEMO_PLAN_ID && e.id !== copyId);
    expect(kept?.name).toBe(`${DEMO_NAME} (bản trước khi nhập ${date})`);
    expect(kept?.name).toContain('bản trước khi nhập');
    expect(entries.filter((e) => e.id !== kept?.id)).toEqual([{ id: DEMO_PLAN_ID, name: DEMO_NAME }, { id: copyId, name: importedName }].sort((a, b) => a.id.localeCompare(b.id)));

    // The kept copy holds what was replaced; the replaced plan keeps its new content after a reload.
    const keptPlan = await PlanPage.open(page, baseURL, kept!.id, '21952');
    expect(await keptPlan.cellText('21952', ONLINE_TARGET)).toBe('64');
    const replaced = await PlanPage.open(page, baseURL, DEMO_PLAN_ID, '21952');
    expect(await replaced.cellText('21952', ONLINE_TARGET)).toBe('77');
  });

  test('a plan file from a newer version is refused, naming both versions, and changes nothing', async () => {
    const { page, baseURL } = app();
    const demo = await PlanPage.firstVisit(page, baseURL);
    const imports = new ImportFlow(page);
    const cells = await gridCells(demo);
    const list = new PlanListView(page);
    await list.open(baseURL);
    const entries = await list.entries();

    await imports.choose(jsonFile('ke-hoach-2030.dvctt.json', {
      format: 'dvctt-plan', formatVersion: 9, app: '3.0.0', exportedAt: '2030-01-15T08:00:00.000Z', exportedBy: 'UBND huyện Tuy Phước',
      plan: { id: DEMO_PLAN_ID, name: 'Kế hoạch 2030', shape: 'whatever version 9 needs' },
    }));
    await imports.error.waitFor({ state: 'visible' });
    expect(await imports.error.textContent()).toBe('Tệp ke-hoach-2030.dvctt.json được tạo bởi phiên bản mới hơn của ứng dụng (định dạng tệp 9, ứng dụng 3.0.0); '
      + `phiên bản đang dùng (${APP_VERSION}) chỉ đọc được định dạng đến ${PLAN_FILE_VERSION}. Hãy cập nhật ứng dụng rồi nhập lại. Không có gì bị thay đổi.`);
    expect(await imports.preview.count()).toBe(0);
    expect(await imports.apply.count()).toBe(0);
    await imports.dismiss();

    expect(await list.entries()).toEqual(entries);
    await page.reload();
    await list.rows.first().waitFor({ state: 'visible' });
    expect(await list.entries()).toEqual(entries);
    const after = await PlanPage.open(page, baseURL, DEMO_PLAN_ID, '21952');
    expect(await gridCells(after)).toEqual(cells);
  });

  test('Cancel changes nothing; a file dropped on the window opens the same preview as the button', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const imports = new ImportFlow(page);
    const cells = await gridCells(plan);
    const file = utf8BomCsv('chi-tieu.csv', [
      'Mã;Hồ sơ trực tuyến - Chỉ tiêu;Thanh toán trực tuyến - Chỉ tiêu',
      '21952;66;70',
      '21955;57;',
      '21958;x;60',
    ]);
    const expectedCounts = { kind: 'csv', adds: 0, updates: 1, unchanged: 1, problems: 1 };
    const expectedProblems = [{ line: 4, column: 2, code: 'notANumber', text: 'Dòng 4, cột B (Hồ sơ trực tuyến - Chỉ tiêu): «x» không phải là số. Nhập tỷ lệ phần trăm, ví dụ 85,5.' }];

    await imports.choose(file);
    expect(await imports.counts()).toEqual(expectedCounts);
    expect(await imports.problems()).toEqual(expectedProblems);
    const shown = await imports.dialog.innerText();
    // The preview keeps the keyboard and the pointer as a modal dialog does: Tab wraps inside it, a click beside
    // it reaches nothing behind, and Escape cancels.
    const focusInPreview = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid="import-dialog"]'));
    expect(await imports.dialog.getAttribute('aria-modal')).toBe('true');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'Tab' : 'Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await focusInPreview()).toBe(true);
    }
    await page.mouse.click(5, 400);
    await eventually(focusInPreview).toBe(true);
    await page.keyboard.press('Escape');
    await imports.dialog.waitFor({ state: 'detached' });
    expect(await gridCells(plan)).toEqual(cells);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    expect(await page.getByTestId('app-message').count()).toBe(0);
    await plan.reload();
    expect(await gridCells(plan)).toEqual(cells);

    await imports.drop(file);
    expect(await imports.counts()).toEqual(expectedCounts);
    expect(await imports.problems()).toEqual(expectedProblems);
    expect(await imports.dialog.innerText()).toBe(shown);
    await imports.applyAndClose();
    await eventually(() => plan.cellText('21952', ONLINE_TARGET)).toBe('66');
    expect(await plan.cellText('21952', 'target.online_payment')).toBe('70');
    expect(await plan.cellText('21958', 'target.online_payment')).toBe(cells['21958|target.online_payment']);
  });

  // In an open plan a workbook is read as a month's statistics (src/state/resultsFile.ts): one that cannot be read,
  // or an old .xls, is refused naming the file, with the way to save it as .xlsx or CSV UTF-8.
  test('an Excel workbook that cannot be read (.xlsx, or .xls dropped) is refused with the way to save it as CSV UTF-8', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const imports = new ImportFlow(page);
    const cells = await gridCells(plan);

    // A zip container as Excel writes it: the local file header of [Content_Types].xml first.
    const xlsx: FilePayload = {
      name: 'Chi tieu 2023-H2.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), Buffer.from('[Content_Types].xml', 'latin1'), Buffer.alloc(64, 0x9c)]),
    };
    await imports.choose(xlsx);
    await imports.error.waitFor({ state: 'visible' });
    // Damaged (or not a zip, as the workbook reader says): the message names the file and the way out either way.
    expect(await imports.error.textContent()).toMatch(/^Tệp Chi tieu 2023-H2\.xlsx (bị hỏng|không phải là tệp Excel \.xlsx hợp lệ).*«CSV UTF-8» rồi nhập lại\.$/);
    expect(await imports.preview.count()).toBe(0);
    await imports.dismiss();

    // The older binary workbook, dropped on the window.
    const xls: FilePayload = {
      name: 'Chi tieu.xls', mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64, 0)]),
    };
    await imports.drop(xls);
    await imports.error.waitFor({ state: 'visible' });
    expect(await imports.error.textContent()).toBe('Tệp Chi tieu.xls là tệp Excel cũ (.xls): mở bằng Excel và lưu thành «Sổ làm việc Excel (.xlsx)» hoặc «CSV UTF-8» rồi nhập lại.');
    await imports.dismiss();
    expect(await gridCells(plan)).toEqual(cells);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
  });
});
