import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { downloadOf, gridCells, ImportFlow, PlanListView } from './support/files';
import { DEMO_PLAN_ID, eventually, PlanPage } from './support/planPage';
import { PLAN_FILE_VERSION } from '../../src/io/planFileFormat';

describe('backup of every plan, and restore', () => {
  const app = useApp();

  test('backup → site data cleared → restore gives every plan back identical; a plan already there is replaced or copied as chosen', async () => {
    const { page, baseURL } = app();
    const demo = await PlanPage.firstVisit(page, baseURL);
    await demo.typeInto('21952', 'target.online_dossiers', '71,5');
    await demo.waitSaved();
    const before = await gridCells(demo);

    const list = new PlanListView(page);
    await list.open(baseURL);
    const backup = await downloadOf(page, () => page.getByTestId('backup-all').click());
    expect(backup.name).toMatch(/^dvctt-sao-luu-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(backup.bytes.toString('utf8')) as { format: string; formatVersion: number; plans: { id: string }[] };
    expect([doc.format, doc.formatVersion, doc.plans.map((p) => p.id)]).toEqual(['dvctt-backup', PLAN_FILE_VERSION, [DEMO_PLAN_ID]]);

    // The browser's site data is cleared (as an eviction or a new computer would): the database goes. The open
    // page is told (versionchange), stores what is typed, lets go and reloads itself: that reload is awaited, or
    // it would abort the next navigation.
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('dvctt-planner');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => resolve();
    }));
    await reloaded;
    // The app starts over with a fresh demo plan, without the edit. The page reloaded on the plan's address may
    // have made it already (then the plan list is where a visit of the start address stays): it is opened by address.
    const fresh = await PlanPage.open(page, baseURL, DEMO_PLAN_ID, '21952');
    expect(await fresh.cellText('21952', 'target.online_dossiers')).toBe('64');

    await list.open(baseURL);
    const imports = new ImportFlow(page);
    await imports.choose({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes });
    expect(await imports.preview.getAttribute('data-kind')).toBe('backup');
    expect(await imports.preview.getAttribute('data-updates')).toBe('1');
    // The demo plan is here again: never overwritten silently, the user chooses to replace it.
    await page.getByTestId('import-backup-existing').waitFor();
    expect(await page.locator('input[name="backup-mode"][value="keep"]').isChecked()).toBe(true);
    await page.locator('input[name="backup-mode"][value="replace"]').check();
    await imports.apply.click();
    await eventually(() => page.getByTestId('app-message').textContent()).toContain('thay 1');

    const restored = await PlanPage.open(page, baseURL, DEMO_PLAN_ID, '21952');
    await eventually(() => gridCells(restored)).toEqual(before);

    // The same backup again: the plan is here, so the user chooses; "copy" adds it beside.
    await list.open(baseURL);
    await imports.choose({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes });
    await page.getByTestId('import-backup-existing').waitFor();
    await page.locator('input[name="backup-mode"][value="copy"]').check();
    await imports.apply.click();
    await eventually(() => list.rows.count()).toBe(2);
    const names = (await list.entries()).map((e) => e.name);
    expect(names.some((n) => n.includes('(bản sao lưu'))).toBe(true);
  });
});
