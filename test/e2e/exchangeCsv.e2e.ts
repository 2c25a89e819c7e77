/** File exchange with CSV and Excel files: the import preview (into a new plan or the open one), Cancel and drop, the CSV export. */
import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import {
  changedKeys, exportCsv, gridCells, ImportFlow, PlanListView, utf8BomCsv, windows1258Csv, type FilePayload,
} from './support/files';
import { asUpload, DEMO_FILE_STEM, DEMO_NAME, ONLINE_TARGET, planIdOf } from './support/exchange';
import { DEMO_PLAN_ID, DEMO_UNIT_CODES, eventually, INDICATOR_IDS, PlanPage } from './support/planPage';

const BOM = [0xef, 0xbb, 0xbf];

describe('file exchange: CSV and Excel files (import preview, CSV export)', () => {
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
  test('the plan\'s own CSV with its columns renamed to the next half-year is refused: the column and both periods named, nothing changed', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const imports = new ImportFlow(page);
    const cells = await gridCells(plan);
    const exported = (await exportCsv(plan, 'excel-vn')).bytes.toString('utf8');
    // Next half-year's file: targets for 2024-H1 over results of 2023-H2, every online-dossier target changed.
    const lines = exported.replace(/^\ufeff/, '').split('\r\n').filter((l) => l !== '');
    const header = lines.findIndex((l) => l.includes('Chỉ tiêu 2023-H2'));
    lines[header] = lines[header]!.replaceAll('2023-H2', '2024-H1').replaceAll('2023-H1', '2023-H2');
    await imports.choose(utf8BomCsv('Phan-bo_2024-H1.csv', lines));
    await imports.error.waitFor({ state: 'visible' });
    const message = (await imports.error.textContent()) ?? '';
    expect(message).toContain('Phan-bo_2024-H1.csv');
    expect(message).toContain(`Dòng ${header + 1}`);
    expect(message).toMatch(/cột ghi kỳ 2023-H2, nhưng kế hoạch này là kỳ 2023-H2 \(cột này phải ghi kỳ 2023-H1\)|cột ghi kỳ 2024-H1, nhưng kế hoạch này là kỳ 2023-H2 \(cột này phải ghi kỳ 2023-H2\)/);
    expect(await imports.preview.count()).toBe(0);
    await imports.dismiss();
    expect(await gridCells(plan)).toEqual(cells);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
  });

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
