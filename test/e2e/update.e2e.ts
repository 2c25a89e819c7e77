import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useApp } from './support/browser';
import { eventually, PlanPage, waitForServiceWorker } from './support/planPage';

/** The service worker the suite's preview server serves: in this run's copy of dist/, never dist/ itself. */
const SW_FILE = join(inject('servedDir'), 'sw.js');

describe('a new version of the app', () => {
  const app = useApp();

  test('is announced, waits for the user, and when chosen stores what is typed before the page reloads', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await waitForServiceWorker(page);
    const banner = page.getByTestId('update-available');
    expect(await banner.count()).toBe(0);

    // The host now serves a new version: its service worker differs by a byte (restored after the test).
    const original = readFileSync(SW_FILE, 'utf8');
    writeFileSync(SW_FILE, `${original}\n// the next version\n`);
    try {
      await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); });
      await banner.waitFor({ state: 'visible', timeout: 20_000 });
    } finally {
      writeFileSync(SW_FILE, original);
    }
    expect(await banner.textContent()).toContain('Có phiên bản mới —');

    // The user is typing: nothing reloads under their hands.
    await plan.focus('21952', 'target.online_dossiers');
    await page.keyboard.type('73,5');
    expect(await plan.editing()).toBe(true);

    const reloaded = page.waitForEvent('load');
    await page.getByTestId('update-apply').click();
    await reloaded;
    const after = new PlanPage(page);
    await after.waitForGrid('21952');
    await eventually(() => after.cellText('21952', 'target.online_dossiers')).toBe('73,5');
    expect(await page.getByTestId('update-available').count()).toBe(0);
  });
});
