/** File exchange with plan files: export and import (a deleted plan back, a plan that exists), and a file from a newer version. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { changedKeys, exportPlanFile, gridCells, ImportFlow, jsonFile, PlanListView } from './support/files';
import { PLAN_FILE_VERSION } from '../../src/io/planFileFormat';
import { asUpload, DEMO_FILE_STEM, DEMO_NAME, ONLINE_TARGET, planIdOf } from './support/exchange';
import { DEMO_PLAN_ID, eventually, PlanPage } from './support/planPage';

const APP_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('file exchange: plan files (export, import, a newer version)', () => {
  const app = useApp();

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
});
