/**
 * The province side with its three districts: each district's own target typed and one file per district sent,
 * then one file for all; a district receives its file into a new plan, picks itself in the file for all, and
 * updates its open plan.
 */
import { describe, expect, test } from 'vitest';
import { useApp, type AppSession } from './support/browser';
import { changedKeys, gridCells, ImportFlow, PlanListView } from './support/files';
import { DEMO_PLAN_ID, DEMO_UNIT_CODES, eventually, INDICATOR_IDS, PlanPage } from './support/planPage';
import { asUpload, DISTRICTS, otherComputer, parse, PERIOD, planIdOf, PROVINCE } from './support/province';
import {
  ALL_FILE, OWN_TARGETS, provinceSends, SENT_INDICATORS, ZIP_FILE, type AssignmentDoc, type Sent,
} from './support/provinceAssignment';

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

describe('the province side: assignment files down to the districts — three districts, sent and received', () => {
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
