import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { planId, unitCode } from '../../src/domain/ids';
import { formatRate } from '../../src/domain/rate';
import { useApp } from './support/browser';
import { DATABASE_NAME, overrideQuota, readStoredUnit, tryScratchWrite } from './support/durability';
import { eventually, PlanPage } from './support/planPage';

/** A plan as the previous version of the app left it, with its units in an order their codes are not in. */
const earlier = (() => {
  const demo = makeDemoPlan('2023-07-01T00:00:00.000Z');
  return { ...demo, id: planId('plan-from-version-1'), name: 'Kế hoạch của phiên bản trước', units: [...demo.units].reverse() };
})();
const unit = earlier.units[0]!;
/** Room for the app and its precache before the test takes it away (as in durability.e2e.ts). */
const STARTING_QUOTA = 8 * 1024 * 1024;

/**
 * The database exactly as version 1 of the app wrote it (Dexie's version 1 is IndexedDB version 10), holding
 * `earlier` and the note that the demo was had, written from a same-origin page that is not the app (the
 * browser asks it for /favicon.ico).
 */
async function writeVersionOne(page: Page, baseURL: string): Promise<void> {
  await page.context().route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto(`${baseURL}manifest.webmanifest`);
  await page.evaluate(([name, plan]) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(name, 10);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('plans', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      db.createObjectStore('units', { keyPath: ['planId', 'code'] }).createIndex('planId', 'planId');
      db.createObjectStore('settings', { keyPath: 'key' });
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['plans', 'units', 'settings'], 'readwrite');
      // That computer has had its demo plan already.
      tx.objectStore('settings').put({ key: 'demoSeeded', value: true });
      const { units, ...meta } = plan;
      tx.objectStore('plans').put({ ...meta, unitCount: units.length, lastChange: null });
      units.forEach((u, order) => tx.objectStore('units').put({ planId: plan.id, order, ...u }));
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), [DATABASE_NAME, earlier] as const);
}

describe('a computer that used the version storing one record per unit', () => {
  const app = useApp();

  test('opens the new version with every plan, value and unit order in place, and stores edits in the new layout', async () => {
    const { page, baseURL } = app();
    await writeVersionOne(page, baseURL);

    // The plan list has it (and nothing else: the demo was had); its page shows its units in their order with their values.
    await page.goto(`${baseURL}#/`);
    await page.getByTestId('plan-list').getByText(earlier.name).waitFor();
    expect(await page.getByTestId('plan-row').count()).toBe(1);
    const plan = await PlanPage.open(page, baseURL, earlier.id, unit.code);
    expect(await plan.displayedUnitRows()).toEqual(earlier.units.map((u) => u.code));
    const target = unit.target[earlier.indicators[0]!.id];
    expect(await plan.cellText(unit.code, `target.${earlier.indicators[0]!.id}`)).toBe(formatRate(target ?? null, 'vi'));

    // An edit is stored in the new layout, and is there after a reload.
    await plan.typeInto(unit.code, `target.${earlier.indicators[0]!.id}`, '77,5');
    await plan.waitSaved();
    expect((await readStoredUnit(page, earlier.id, unitCode(unit.code)))?.target[earlier.indicators[0]!.id]).toBe(7750);
    await plan.reload(unit.code);
    await eventually(() => plan.cellText(unit.code, `target.${earlier.indicators[0]!.id}`)).toBe('77,5');
  });

  test('says so when the disk has no room for the upgrade, changes nothing, and upgrades once there is room', async () => {
    const { page, baseURL, allowError } = app();
    // The app logs the refused open; this test provokes it with the quota override.
    allowError(/^console\.error: Opening the database failed/);
    const origin = new URL(baseURL).origin;
    const cdp = await page.context().newCDPSession(page);
    await overrideQuota(cdp, origin, STARTING_QUOTA);
    await writeVersionOne(page, baseURL);
    // No room left: the upgrade's writes cannot fit (and Chromium's cached allowance is dropped first).
    await overrideQuota(cdp, origin, 1);
    expect(await tryScratchWrite(page, STARTING_QUOTA + 1)).toBe('QuotaExceededError');

    await page.goto(`${baseURL}#/`);
    const closed = page.getByTestId('storage-closed');
    await closed.waitFor();
    expect(await closed.getAttribute('data-problem')).toBe('quota');
    expect(await closed.textContent()).toContain('Ổ đĩa không còn đủ chỗ');
    expect(await page.getByTestId('plan-list').count()).toBe(0);

    // Room again: the next start upgrades, and every unit is there, in its order.
    await overrideQuota(cdp, origin, undefined);
    await page.reload();
    await page.getByTestId('plan-list').getByText(earlier.name).waitFor();
    const plan = await PlanPage.open(page, baseURL, earlier.id, unit.code);
    expect(await plan.displayedUnitRows()).toEqual(earlier.units.map((u) => u.code));
  });
});

describe('a browser where the app cannot open its storage at all', () => {
  const app = useApp();

  test('says so in place of an empty list or a plan "not found"', async () => {
    const { page, baseURL, allowError } = app();
    // The app logs the refused open; this test provokes it by taking IndexedDB away (as a locked-down browser may).
    allowError(/^console\.error: Opening the database failed/);
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    for (const address of [`${baseURL}#/`, `${baseURL}#/plans/${earlier.id}`]) {
      await page.goto(address);
      const closed = page.getByTestId('storage-closed');
      await closed.waitFor();
      expect(await closed.getAttribute('data-problem')).toBe('failed');
      expect(await closed.textContent()).toContain('Không mở được dữ liệu kế hoạch');
      expect(await page.getByTestId('plan-list').count() + await page.getByTestId('plan-page').count()).toBe(0);
      expect(await page.locator('main').textContent()).not.toContain('Không tìm thấy kế hoạch');
    }
  });
});

describe('another tab holding the database and not letting go', () => {
  const app = useApp();

  test('the app says it is waiting, and goes on by itself once that tab lets go', async () => {
    const { page, baseURL } = app();
    await writeVersionOne(page, baseURL);
    // A page of the same origin keeps a version 1 connection and ignores the request to close it (a hung tab).
    const holder = await page.context().newPage();
    await holder.goto(`${baseURL}manifest.webmanifest`);
    await holder.evaluate((name) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name, 10);
      open.onsuccess = () => { (window as unknown as { held: IDBDatabase }).held = open.result; resolve(); };
      open.onerror = () => reject(open.error);
    }), DATABASE_NAME);

    await page.goto(`${baseURL}#/`);
    const waiting = page.getByTestId('storage-waiting');
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain('Đang chờ một thẻ khác');

    await holder.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
    await page.getByTestId('plan-list').getByText(earlier.name).waitFor();
    expect(await waiting.count()).toBe(0);
    await holder.close();
  });
});
