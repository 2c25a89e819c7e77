import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { eventually, PlanPage } from './support/planPage';

describe('a newer version upgrading the database in another tab', () => {
  const app = useApp();

  test('the older tab stores what was being typed, lets go of the database and reloads, losing nothing', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    // Typing in a cell, not committed yet.
    await plan.focus('21952', 'target.online_dossiers');
    await page.keyboard.type('66,5');
    expect(await plan.editing()).toBe(true);

    // Another tab of a newer version opens the database with a higher version (its upgrade).
    // (A same-origin page that is not the app: the browser asks it for /favicon.ico, which the app does not have.)
    await page.context().route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    const newer = await page.context().newPage();
    await newer.goto(`${baseURL}manifest.webmanifest`);
    const upgraded = newer.evaluate(() => new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('dvctt-planner', 1000);
      request.onsuccess = () => { const v = request.result.version; request.result.close(); resolve(v); };
      request.onerror = () => reject(request.error);
    }));
    const navigated = page.waitForEvent('load');
    expect(await upgraded).toBe(1000);
    await navigated;

    // The older tab came back on its own, with the typed value stored.
    const after = new PlanPage(page);
    await after.waitForGrid('21952');
    await eventually(() => after.cellText('21952', 'target.online_dossiers')).toBe('66,5');
    await newer.close();
  });
});
