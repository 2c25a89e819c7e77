import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { downloadOf, exportPlanFile, jsonFile, PlanListView, type FilePayload } from './support/files';
import { DEMO_UNIT_CODES, eventually, INDICATOR_IDS, PlanPage } from './support/planPage';
import {
  ConsolidationView, createPlanFromList, DISTRICTS, expectedAggregate, parse, PERIOD, planIdOf, PROVINCE, type PlanFileDoc,
} from './support/province';
import { districtFiles, mergedDoc, UNDECIDED, verdictOf, warningsOf, withTarget } from './support/districtFiles';

describe('the province consolidates the districts\' plan files', () => {
  const app = useApp();

  test('three districts\' plan files and an older one: the consolidated view, a district\'s detail, and its CSV', async () => {
    const { page, baseURL } = app();
    const demo = await PlanPage.firstVisit(page, baseURL);
    const demoAggregate = await demo.cellText('aggregate', 'target.online_dossiers');
    const base = parse<PlanFileDoc>(await exportPlanFile(demo));
    // The arithmetic these expectations use is the app's: same aggregate and warnings as the demo plan shows.
    // (The demo's undecided commune makes its aggregate incomplete: shown with the count.)
    expect(`${expectedAggregate(base, 'online_dossiers')} — 12/13`).toBe(demoAggregate);
    expect(warningsOf(base)).toBe(await demo.warningCount());
    expect(base.plan.units.find((u) => u.code === UNDECIDED)!.target).toEqual({});

    const files = districtFiles(base);
    const list = new PlanListView(page);
    await list.open(baseURL);
    // The older Tuy Phước file first: the newer one, given later, wins; the file names do not decide.
    await page.locator('input[type=file][data-testid="import-file"]').setInputFiles([files.tuyPhuocOlder, files.phuCat, files.tuyPhuoc, files.anLao].map((f) => f.payload));

    const view = new ConsolidationView(page);
    await view.root.waitFor({ state: 'visible' });
    expect(page.url()).toBe(`${baseURL}#/consolidation`);
    await eventually(() => view.rows.count()).toBe(3);
    expect(await view.problems.count()).toBe(0);
    expect(await view.superseded.allTextContents()).toEqual([
      `UBND huyện Tuy Phước (${PERIOD}) có hai tệp: dùng tệp mới hơn «${files.tuyPhuoc.payload.name}», bỏ qua «${files.tuyPhuocOlder.payload.name}».`,
    ]);

    // One row per district, by name; the newer Tuy Phước file (ready, no error) is the one shown.
    const shown = [files.anLao, files.phuCat, files.tuyPhuoc];
    const table = await view.table();
    expect(table.map((r) => ({ unit: r.unit, errors: r.errors }))).toEqual(shown.map((f) => ({ unit: f.doc.plan.allocatingUnit, errors: f.errors })));
    expect(table.map((r) => [...r.cells.slice(0, 5), ...r.cells.slice(-2)])).toEqual(shown.map((f) => [
      f.doc.plan.allocatingUnit, PERIOD, f.doc.plan.status === 'ready' ? 'Sẵn sàng gửi' : 'Nháp', String(f.errors), String(warningsOf(f.doc)), f.payload.name, 'Xóa',
    ]));
    // Exported at 02:30 UTC on 25 July 2023: 09:30 in Bình Định, in Chromium's short Vietnamese form.
    expect(table[2]!.cells.at(-3)).toBe('09:30 25/07/2023');
    expect(await view.row('UBND huyện Phù Cát').locator('td').nth(3).getAttribute('class')).toContain('cell-error');
    expect(await view.row('UBND huyện An Lão').locator('td').nth(3).getAttribute('class')).not.toContain('cell-error');

    // Per indicator: the aggregate and ✓ with cell-pass, ✗ with cell-error where the district has an error, or,
    // where a unit still has no target (Phước Hiệp in the drafts), the count and cell-incomplete: never a false ✓.
    for (const f of shown) {
      expect(await view.indicatorStates(f.doc.plan.allocatingUnit)).toEqual(Object.fromEntries(INDICATOR_IDS.map((id) => {
        const verdict = verdictOf(f, id);
        const text = verdict === 'incomplete' ? `${expectedAggregate(f.doc, id)} — ${withTarget(f.doc, id)}/${f.doc.plan.units.length}`
          : `${expectedAggregate(f.doc, id)} ${verdict === 'pass' ? '✓' : '✗'}`;
        return [id, { text, state: [`cell-${verdict === 'fail' ? 'error' : verdict}`] }];
      })));
    }
    expect(shown.map((f) => INDICATOR_IDS.map((id) => verdictOf(f, id)).join(','))).toEqual([
      Array(5).fill('incomplete').join(','), ['fail', ...Array(4).fill('incomplete')].join(','), Array(5).fill('pass').join(','),
    ]);
    expect(expectedAggregate(files.anLao.doc, 'online_payment')).not.toBe(expectedAggregate(base, 'online_payment'));

    // A district's units, read-only: Phù Cát's below-minimum target is there.
    await view.toggleDetail('UBND huyện Phù Cát');
    await view.detail.waitFor({ state: 'visible' });
    expect(await view.detail.locator('h2').textContent()).toBe(`UBND huyện Phù Cát · ${PERIOD} · ${files.phuCat.doc.plan.name}`);
    expect(await view.detail.locator('input, select, textarea, button, [contenteditable]').count()).toBe(0);
    let rows = await view.detailUnitRows();
    expect(rows.map((r) => r[1])).toEqual(DEMO_UNIT_CODES);
    // Columns: STT, code, name, type, volume, then the previous result and the target per indicator.
    expect(rows[0]!.slice(0, 3)).toEqual(['1', '21952', 'Thị trấn Tuy Phước']);
    expect(rows[0]![6]).toBe('45');

    // Another district's name switches the detail to it: the newer Tuy Phước file, with Phước Hiệp decided.
    await view.toggleDetail('UBND huyện Tuy Phước');
    await eventually(() => view.detail.locator('h2').textContent()).toBe(`UBND huyện Tuy Phước · ${PERIOD} · ${files.tuyPhuoc.doc.plan.name}`);
    rows = await view.detailUnitRows();
    const phuocHiep = rows[DEMO_UNIT_CODES.indexOf(UNDECIDED)]!;
    expect(INDICATOR_IDS.map((_, n) => phuocHiep[6 + 2 * n])).toEqual(INDICATOR_IDS.map((id) => String(files.tuyPhuoc.doc.plan.units.find((u) => u.code === UNDECIDED)!.target[id])));
    expect(rows[0]![6]).toBe(String(base.plan.units[0]!.target.online_dossiers));
    // Its name again closes it.
    await view.toggleDetail('UBND huyện Tuy Phước');
    await view.detail.waitFor({ state: 'detached' });

    // The table as CSV, in both dialects: a BOM, the header and one line per district.
    for (const dialect of ['excel-vn', 'standard'] as const) {
      await page.getByTestId('export-consolidation').click();
      const dialog = page.getByTestId('export-csv-dialog');
      await dialog.waitFor({ state: 'visible' });
      await page.getByTestId('csv-dialect').selectOption(dialect);
      const csv = await downloadOf(page, () => page.getByTestId('export-confirm').click());
      await dialog.waitFor({ state: 'detached' });
      expect(csv.name).toBe('Tong-hop-ke-hoach-cac-don-vi_2023-H2.csv');
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = csv.bytes.subarray(3).toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      // The header, a line per district, the province total, and the final line break.
      expect(text.split('\r\n')).toHaveLength(1 + 3 + 1 + 1);
      const separator = dialect === 'excel-vn' ? ';' : ',';
      const decimal = (s: string) => (dialect === 'excel-vn' ? s : s.replace(',', '.'));
      const parsed = Papa.parse<string[]>(text.trimEnd(), { delimiter: separator });
      expect(parsed.errors).toEqual([]);
      const [header, ...lines] = parsed.data;
      const names = base.plan.indicators.map((i) => i.name.vi);
      expect(header).toEqual(['Đơn vị giao', 'Kỳ', 'Trạng thái', 'Lỗi', 'Cảnh báo',
        ...names.flatMap((n) => [`${n} - bình quân`, `${n} - đánh giá`]), 'Xuất lúc', 'Tệp']);
      const total = lines.pop();
      // No province plan on this computer has these districts as members: the total is shown, not judged.
      const merged = mergedDoc(shown.map((f) => f.doc));
      expect(total).toEqual(['Toàn tỉnh', PERIOD, '', '', '', ...INDICATOR_IDS.flatMap((id) => [decimal(expectedAggregate(merged, id)),
        `Chưa đủ chỉ tiêu: ${withTarget(merged, id)}/${merged.plan.units.length} đơn vị`]), '', '']);
      expect(lines).toEqual(shown.map((f) => [
        f.doc.plan.allocatingUnit, PERIOD, f.doc.plan.status === 'ready' ? 'Sẵn sàng gửi' : 'Nháp', String(f.errors), String(warningsOf(f.doc)),
        ...INDICATOR_IDS.flatMap((id) => [decimal(expectedAggregate(f.doc, id)),
          { pass: 'Đạt', fail: 'Chưa đạt', incomplete: `Chưa đủ chỉ tiêu: ${withTarget(f.doc, id)}/${f.doc.plan.units.length} đơn vị` }[verdictOf(f, id)]]),
        f.doc.exportedAt, f.payload.name,
      ]));
    }
  });

  test('the received files survive a reload until cleared; the province plan lists who sent nothing and judges the province total', async () => {
    const { page, baseURL } = app();
    const demo = await PlanPage.firstVisit(page, baseURL);
    const files = districtFiles(parse<PlanFileDoc>(await exportPlanFile(demo)));
    const list = new PlanListView(page);
    await list.open(baseURL);
    // The province's own plan: its member units are three districts; Quy Nhơn sends nothing, Phù Cát is none of them.
    const province = await createPlanFromList(page, { name: `Giao chỉ tiêu DVCTT ${PERIOD}`, period: PERIOD, allocatingUnit: PROVINCE, units: DISTRICTS });
    const provinceId = await planIdOf(province);
    await list.open(baseURL, 2);
    await page.locator('input[type=file][data-testid="import-file"]').setInputFiles([files.tuyPhuoc, files.phuCat, files.anLao].map((f) => f.payload));
    const view = new ConsolidationView(page);
    await eventually(() => view.rows.count()).toBe(3);

    const expectView = async (shown: typeof files.anLao[], phuCatMember: string | null) => {
      // Preselected: the plan whose member units the files' districts are.
      await eventually(() => view.provincePlan.inputValue()).toBe(provinceId);
      await eventually(async () => (await view.table()).map((r) => r.unit)).toEqual(shown.map((f) => f.doc.plan.allocatingUnit));
      expect(await view.row('UBND huyện An Lão').getAttribute('data-member')).toBe('true');
      if (phuCatMember) expect(await view.row('UBND huyện Phù Cát').getAttribute('data-member')).toBe(phuCatMember);
      expect(await view.missing.evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-unit'), ...[...r.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)])))
        .toEqual([['540', 'Thành phố Quy Nhơn', PERIOD, 'chưa gửi']]);
      expect(await page.getByTestId('consolidation-missing-summary').textContent()).toBe('1 đơn vị chưa gửi tệp: Thành phố Quy Nhơn.');
      // The total is the aggregate of every commune received; never a pass while Quy Nhơn is missing.
      const merged = mergedDoc(shown.map((f) => f.doc));
      expect(await view.totalStates()).toEqual(Object.fromEntries(INDICATOR_IDS.map((id) => {
        const value = expectedAggregate(merged, id);
        const failing = shown.some((f) => f.failing.includes(id));
        const text = failing ? `${value} ✗` : `${value} — ${withTarget(merged, id)}/${merged.plan.units.length}`;
        return [id, { verdict: failing ? 'fail' : 'incomplete', value, text }];
      })));
    };
    // Phù Cát's 45 is below the province's general target of 50: the total fails on online dossiers.
    await expectView([files.anLao, files.phuCat, files.tuyPhuoc], 'false');
    expect(files.phuCat.failing).toEqual(['online_dossiers']);

    // The CSV has the missing district and the total, judged against the rule it names, after the districts.
    const RULES: Record<string, string> = { online_payment: '≥ 45 từng xã', digitisation: '≥ 70 từng xã', e_results: '100 bắt buộc', population_db: '100 bắt buộc' };
    // (The province plan keeps the default general targets.) and the judged total after the districts.
    await page.getByTestId('export-consolidation').click();
    const csv = await downloadOf(page, () => page.getByTestId('export-confirm').click());
    const csvLines = Papa.parse<string[]>(csv.bytes.subarray(3).toString('utf8').trimEnd(), { delimiter: ';' }).data;
    const merged = mergedDoc([files.anLao, files.phuCat, files.tuyPhuoc].map((f) => f.doc));
    expect(csvLines.slice(-2)).toEqual([
      ['Thành phố Quy Nhơn', PERIOD, 'Chưa gửi', '', '', ...Array(2 * INDICATOR_IDS.length).fill(''), '', ''],
      ['Toàn tỉnh', PERIOD, '', '', '', ...INDICATOR_IDS.flatMap((id) => [expectedAggregate(merged, id), id === 'online_dossiers'
        ? 'Chưa đạt (≥ 50 từng xã)' : `Chưa đủ chỉ tiêu: ${withTarget(merged, id)}/${merged.plan.units.length} đơn vị (${RULES[id]})`]), '', ''],
    ]);

    await page.reload();
    await view.root.waitFor({ state: 'visible' });
    await expectView([files.anLao, files.phuCat, files.tuyPhuoc], 'false');

    // One file removed, and still removed after a reload.
    await view.row('UBND huyện Phù Cát').getByTestId('consolidation-remove').click();
    await expectView([files.anLao, files.tuyPhuoc], null);
    await page.reload();
    await expectView([files.anLao, files.tuyPhuoc], null);

    // A stored file that no longer reads as a plan file (damaged on disk) is reported with why, never shown half-read.
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('dvctt-planner');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('receivedFiles', 'readwrite');
        tx.objectStore('receivedFiles').add({ fileName: 'hong.dvctt.json', text: '{"format": "dvctt-plan", "plan": {', receivedAt: '2023-07-26T00:00:00.000Z' });
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.reload();
    const broken = page.getByTestId('consolidation-broken');
    await eventually(() => broken.count()).toBe(1);
    expect(await broken.textContent()).toMatch(/^Tệp đã lưu «hong\.dvctt\.json» không còn đọc được nên không được hiển thị: Tệp hong\.dvctt\.json bị hỏng/);
    await expectView([files.anLao, files.tuyPhuoc], null);

    // Clearing asks first; cancelled, nothing changes.
    await view.clear.click();
    const confirm = page.getByTestId('confirm-dialog');
    await confirm.waitFor({ state: 'visible' });
    expect(await confirm.locator('p').textContent()).toContain('Xóa 3 tệp kế hoạch đã nhận khỏi máy này?');
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await view.rows.count()).toBe(2);
    await view.clear.click();
    await page.getByTestId('confirm-ok').click();
    await eventually(() => view.rows.count()).toBe(0);
    expect([await view.missing.count(), await view.total.count(), await broken.count()]).toEqual([0, 0, 0]);
    await page.reload();
    await view.root.waitFor({ state: 'visible' });
    await eventually(() => view.root.locator('.empty').textContent()).toBe('Chưa có tệp kế hoạch nào.');
    expect([await view.rows.count(), await view.provincePlan.inputValue(), await view.clear.isDisabled()]).toEqual([0, '', true]);
    // The province's own plan is untouched.
    await list.open(baseURL, 2);
    expect((await list.entries()).map((e) => e.id)).toContain(provinceId);
  });

  test('a damaged file and a file that is no plan among the districts\' files are reported; the others still consolidate', async () => {
    const { page, baseURL } = app();
    const demo = await PlanPage.firstVisit(page, baseURL);
    const files = districtFiles(parse<PlanFileDoc>(await exportPlanFile(demo)));
    // Cut off after a whole line, as an interrupted download or e-mail attachment leaves it.
    const whole = files.phuCat.payload.buffer.toString('utf8');
    const cut = whole.slice(0, whole.indexOf('\n', Math.floor(whole.length / 2)) + 1);
    const damaged: FilePayload = { ...files.phuCat.payload, buffer: Buffer.from(cut, 'utf8') };
    const lines = cut.split('\n').length;
    // The province's own assignment file, chosen by mistake with the districts' plans.
    const notAPlan = jsonFile('giao-chi-tieu-UBND-tinh-Binh-Dinh_2023-H2.json', {
      format: 'dvctt-assignment', formatVersion: 1, app: '0.1.0', exportedAt: '2023-07-15T01:00:00.000Z', exportedBy: PROVINCE,
      assignment: { period: PERIOD, issuedBy: PROVINCE, indicators: [], districts: [] },
    });

    const list = new PlanListView(page);
    await list.open(baseURL);
    await page.locator('input[type=file][data-testid="import-file"]').setInputFiles([files.anLao.payload, damaged, notAPlan, files.tuyPhuoc.payload]);
    const view = new ConsolidationView(page);
    await view.root.waitFor({ state: 'visible' });
    await eventually(() => view.problems.count()).toBe(2);
    expect(await view.problems.allTextContents()).toEqual([
      `Tệp ${damaged.name} bị hỏng hoặc không phải JSON: lỗi ở dòng ${lines}, cột 1.`,
      `Tệp ${notAPlan.name} không phải là tệp kế hoạch DVCTT.`,
    ]);
    expect((await view.table()).map((r) => ({ unit: r.unit, errors: r.errors }))).toEqual([
      { unit: 'UBND huyện An Lão', errors: 0 }, { unit: 'UBND huyện Tuy Phước', errors: 0 },
    ]);
    expect(await view.superseded.count()).toBe(0);
    expect(await page.getByTestId('export-consolidation').isEnabled()).toBe(true);
  });

  test('two districts whose files have the same name: each district\'s name opens its own detail', async () => {
    const { page, baseURL } = app();
    const demo = await PlanPage.firstVisit(page, baseURL);
    const files = districtFiles(parse<PlanFileDoc>(await exportPlanFile(demo)));
    // Both districts named their plan the same way, so their exports got the same file name (from two folders, or two e-mails).
    const sameName = 'Ke-hoach-DVCTT-6-thang-cuoi-nam_2023-H2.dvctt.json';
    const list = new PlanListView(page);
    await list.open(baseURL);
    await page.locator('input[type=file][data-testid="import-file"]').setInputFiles([files.anLao, files.phuCat].map((f) => ({ ...f.payload, name: sameName })));
    const view = new ConsolidationView(page);
    await eventually(() => view.rows.count()).toBe(2);
    expect((await view.table()).map((r) => ({ unit: r.unit, errors: r.errors }))).toEqual([
      { unit: 'UBND huyện An Lão', errors: 0 }, { unit: 'UBND huyện Phù Cát', errors: 1 },
    ]);

    await view.toggleDetail('UBND huyện Phù Cát');
    await view.detail.waitFor({ state: 'visible' });
    expect(await view.detail.locator('h2').textContent()).toBe(`UBND huyện Phù Cát · ${PERIOD} · ${files.phuCat.doc.plan.name}`);
    expect((await view.detailUnitRows())[0]![6]).toBe('45');
    await view.toggleDetail('UBND huyện An Lão');
    await eventually(() => view.detail.locator('h2').textContent()).toBe(`UBND huyện An Lão · ${PERIOD} · ${files.anLao.doc.plan.name}`);
    expect(await view.detail.count()).toBe(1);
  });
});
