import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { changedKeys, exportCsv, exportPlanFile, gridCells, ImportFlow, jsonFile, utf8BomCsv, type FilePayload } from './support/files';
import { DEMO_UNIT_CODES, eventually, INDICATOR_IDS, PlanPage, UNDECIDED_UNIT } from './support/planPage';
import { PLAN_FILE_VERSION } from '../../src/io/planFileFormat';

/** A file with exactly these bytes (no BOM added, no line break added at the end). */
const rawCsv = (name: string, text: string): FilePayload => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

describe('no wrong number, no false pass', () => {
  const app = useApp();

  test('a CSV cut in the middle of a row shows the problem on its line and changes nothing', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const exported = (await exportCsv(plan, 'excel-vn')).bytes.toString('utf8');
    // Cut inside Xã Phước Sơn's row, right after the first digit of a target (54 → "5"), with no line end.
    const lines = exported.split('\r\n');
    const at = lines.findIndex((l) => l.includes(';21970;'));
    expect(at).toBeGreaterThan(0);
    const row = lines[at]!;
    const cutAt = row.indexOf(';54;') + 2;
    expect(cutAt).toBeGreaterThan(1);
    const cut = [...lines.slice(0, at), row.slice(0, cutAt)].join('\r\n');
    expect(cut.endsWith(';5')).toBe(true);
    const before = await gridCells(plan);

    const flow = new ImportFlow(page);
    await flow.choose(rawCsv('cut.csv', cut));
    const problems = await flow.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: at + 1, code: 'shortRow' });
    expect(problems[0]!.text).toContain(`Dòng ${at + 1}`);
    expect(problems[0]!.text).toContain('thiếu ô so với dòng tiêu đề');
    // Every other row holds what the plan holds: there is nothing to apply.
    expect(await flow.counts()).toMatchObject({ adds: 0, updates: 0, problems: 1 });
    expect(await flow.apply.isDisabled()).toBe(true);
    await flow.dismiss();
    expect(changedKeys(before, await gridCells(plan))).toEqual([]);
    await plan.reload();
    expect(await plan.cellText('21970', 'target.online_dossiers')).toBe('54');
  });

  test('an unknown code is a problem on its line by default, and becomes a unit only by the explicit choice', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const file = utf8BomCsv('typo.csv', [
      'Mã;Tên đơn vị;Hồ sơ trực tuyến - Chỉ tiêu 2023-H2',
      '21952;Thị trấn Tuy Phước;70',
      '21953;Xã Gõ Nhầm;61',
    ]);
    const flow = new ImportFlow(page);
    await flow.choose(file);
    expect(await flow.counts()).toMatchObject({ adds: 0, updates: 1, problems: 1 });
    expect(await flow.problems()).toEqual([expect.objectContaining({ line: 3, code: 'unknownUnit', text: expect.stringContaining('mã «21953» không có trong kế hoạch') })]);
    await expect(page.getByTestId('import-new-unit').getAttribute('data-unit')).resolves.toBe('21953');
    // The preview names the change of every cell, old → new.
    expect(await page.getByTestId('import-cell-change').allTextContents()).toEqual(['Hồ sơ trực tuyến · Chỉ tiêu: 64 → 70']);
    expect(await page.getByTestId('import-add-new').isChecked()).toBe(false);
    await flow.applyAndClose();
    await plan.waitSaved();
    await eventually(() => plan.cellText('21952', 'target.online_dossiers')).toBe('70');
    expect(await plan.cell('21953', 'name').count()).toBe(0);

    await flow.choose(file);
    await page.getByTestId('import-add-new').check();
    await eventually(() => flow.counts()).toMatchObject({ adds: 1, problems: 0 });
    await flow.applyAndClose();
    await plan.waitSaved();
    await eventually(() => plan.cellText('21953', 'name')).toBe('Xã Gõ Nhầm');
    expect(await plan.cellText('21953', 'target.online_dossiers')).toBe('61');
  });

  test('a header and no rows is one clear message', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const flow = new ImportFlow(page);
    await flow.choose(utf8BomCsv('mau.csv', ['Mã;Tên đơn vị;Hồ sơ trực tuyến - Chỉ tiêu 2023-H2', ';;', ';;']));
    expect(await flow.error.textContent()).toContain('Tệp có dòng tiêu đề (dòng 1) nhưng không có dòng số liệu nào.');
  });

  test('typing 101 is refused like typing abc: a message naming the cell, and the old value kept', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    for (const text of ['abc', '101', '-1']) {
      await plan.typeInto('21952', 'target.online_dossiers', text);
      await eventually(() => plan.editRefused.textContent()).toContain('Thị trấn Tuy Phước');
      expect(await plan.cellText('21952', 'target.online_dossiers')).toBe('64');
      expect(await plan.cellState('21952', 'target.online_dossiers')).toEqual([]);
    }
    expect(await plan.editRefused.textContent()).toContain('nằm ngoài khoảng 0–100%');
    await plan.typeInto('21952', 'baseline.online_dossiers', '100,5');
    await eventually(() => plan.editRefused.textContent()).toContain('«100,5» nằm ngoài khoảng 0–100%');
    expect(await plan.cellText('21952', 'baseline.online_dossiers')).toBe('55');
    await plan.reload();
    expect(await plan.cellText('21952', 'target.online_dossiers')).toBe('64');
  });

  test('a plan file holding a target of 1000 % is refused with its field, and storage keeps what it had', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const doc = JSON.parse((await exportPlanFile(plan)).bytes.toString('utf8')) as { plan: { units: { target: Record<string, number> }[] } };
    doc.plan.units[2]!.target.online_dossiers = 1000;
    const before = await gridCells(plan);
    const flow = new ImportFlow(page);
    await flow.choose(jsonFile('hong.dvctt.json', doc));
    expect(await flow.error.textContent()).toContain('plan.units[2].target.online_dossiers: 1000 nằm ngoài khoảng 0–100%');
    await flow.dismiss();
    await plan.reload();
    expect(changedKeys(before, await gridCells(plan))).toEqual([]);
  });

  test('the aggregate over one target in 13 is not green; with none it is "—"; it passes only when every unit has one', async () => {
    const { page, baseURL, context } = app();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const plan = await PlanPage.firstVisit(page, baseURL);
    const column = 'target.online_dossiers';
    // One value and twelve blanks down the column: one unit keeps a target.
    await plan.focus(DEMO_UNIT_CODES[0]!, column);
    await plan.paste(`72,5\n${'\n'.repeat(DEMO_UNIT_CODES.length - 1)}`);
    await plan.waitSaved();
    await eventually(() => plan.cellText('aggregate', column)).toBe('72,5 — 1/13');
    const classes = await plan.cellClasses('aggregate', column);
    expect(classes).toContain('cell-incomplete');
    expect(classes).not.toContain('cell-pass');
    expect(await plan.cellTitle('aggregate', column)).toContain('mới có 1/13 đơn vị có chỉ tiêu');

    await plan.focus(DEMO_UNIT_CODES[0]!, column);
    await page.keyboard.press('Delete');
    await eventually(() => plan.cellText('aggregate', column)).toBe('—');
    expect(await plan.cellState('aggregate', column)).toEqual(['cell-empty']);

    // Every unit with a target that meets the rules: a pass, in words and colour.
    await plan.focus(DEMO_UNIT_CODES[0]!, column);
    await plan.paste(DEMO_UNIT_CODES.map(() => '60').join('\n'));
    await eventually(() => plan.cellState('aggregate', column)).toEqual(['cell-pass']);
    expect(await plan.cellText('aggregate', column)).toBe('60,0 ✓');
    // The demo's undecided commune keeps the other indicators incomplete.
    for (const other of INDICATOR_IDS.slice(1)) expect(await plan.cellState('aggregate', `target.${other}`)).toEqual(['cell-incomplete']);
    expect(await plan.cellText('aggregate', 'target.online_payment')).toMatch(/ — 12\/13$/);
  });

  test("the allocating unit's own target is said to be unchecked; checked on request, it fails the aggregate and forbids ready", async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const note = page.getByTestId('own-target-note');
    await expect(note.getAttribute('data-unchecked')).resolves.toBe(INDICATOR_IDS.join(','));
    expect(await note.textContent()).toContain('không so với bình quân');

    // Fill the undecided commune: every aggregate complete, the online-dossier one below the own 60 %.
    for (const id of INDICATOR_IDS) await plan.typeInto(UNDECIDED_UNIT, `target.${id}`, id === 'online_dossiers' ? '50' : '100');
    await plan.waitSaved();
    for (const id of INDICATOR_IDS) await eventually(() => plan.cellState('aggregate', `target.${id}`)).toEqual(['cell-pass']);

    await page.getByTestId('toggle-assignment').click();
    await page.getByTestId('assignment-online_dossiers-checkOwnTarget').check();
    await plan.waitSaved();
    await eventually(() => note.getAttribute('data-checked')).toBe('online_dossiers');
    await eventually(() => plan.cellState('aggregate', 'target.online_dossiers')).toEqual(['cell-error']);
    expect(await plan.cellTitle('aggregate', 'target.online_dossiers')).toContain('thấp hơn chỉ tiêu riêng của đơn vị giao 60%');
    await eventually(() => plan.issueList()).toContainEqual({ rule: 'aggregateBelowOwnTarget', unit: 'aggregate', indicator: 'online_dossiers' });

    await plan.markReadyButton.click();
    await eventually(() => plan.readyRefused.getAttribute('data-errors')).toBe('1');
    expect(await plan.status()).toBe('draft');

    // The choice is the plan's: it survives a reload and travels in the plan file.
    await plan.reload();
    await eventually(() => plan.cellState('aggregate', 'target.online_dossiers')).toEqual(['cell-error']);
    const file = JSON.parse((await exportPlanFile(plan)).bytes.toString('utf8')) as { formatVersion: number; plan: { indicators: { id: string; checkOwnTarget: boolean }[] } };
    expect(file.formatVersion).toBe(PLAN_FILE_VERSION);
    expect(file.plan.indicators.map((i) => [i.id, i.checkOwnTarget])).toEqual(INDICATOR_IDS.map((id) => [id, id === 'online_dossiers']));

    // Turned off again, nothing else stands in the way of marking the plan ready.
    await page.getByTestId('toggle-assignment').click();
    await page.getByTestId('assignment-online_dossiers-checkOwnTarget').uncheck();
    await eventually(() => plan.cellState('aggregate', 'target.online_dossiers')).toEqual(['cell-pass']);
    await plan.markReadyButton.click();
    await eventually(() => plan.status()).toBe('ready');
  });
});
