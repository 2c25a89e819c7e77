import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { ImportFlow, utf8BomCsv } from './support/files';
import { DEMO_PLAN_ID, eventually, PlanPage, waitForServiceWorker } from './support/planPage';

const ONLINE_TARGET = 'target.online_dossiers';
const APP_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const VERSION_LINE = `Phiên bản ứng dụng ${APP_VERSION}. Mọi số liệu chỉ nằm trên máy này; ứng dụng không gửi dữ liệu đi đâu.`;
const NOT_PERSISTED = 'Trình duyệt chưa cam kết giữ dữ liệu: khi ổ đĩa gần đầy, trình duyệt có thể tự xóa dữ liệu của các trang ít dùng, kể cả các kế hoạch này.';
const ADVICE = 'Để an toàn: cài ứng dụng (biểu tượng cài đặt trên thanh địa chỉ) hoặc đánh dấu trang, dùng thường xuyên, và định kỳ xuất tệp kế hoạch để lưu trữ hoặc gửi đi.';

describe('offline: the app and its data without a network', () => {
  const app = useApp();

  test('once loaded, the app reloads from its precache offline, edits and imports there, and keeps it all online again', async () => {
    const { page, context, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const offline = page.getByTestId('offline-indicator');
    const imports = new ImportFlow(page);
    await waitForServiceWorker(page);
    expect(await offline.count()).toBe(0);

    await plan.typeInto('21952', ONLINE_TARGET, '71');
    await eventually(() => plan.cellText('21952', ONLINE_TARGET)).toBe('71');
    await plan.waitSaved();

    // Where each load of the import worker's script was answered from.
    const workerLoads: { offline: boolean; fromServiceWorker: boolean; status: number }[] = [];
    let isOffline = false;
    context.on('response', (r) => {
      if (/\/assets\/importFile\.worker-[\w-]+\.js$/.test(new URL(r.url()).pathname)) workerLoads.push({ offline: isOffline, fromServiceWorker: r.fromServiceWorker(), status: r.status() });
    });

    await context.setOffline(true);
    isOffline = true;
    await offline.waitFor({ state: 'visible' });
    expect(await offline.textContent()).toBe('Ngoại tuyến');

    // A reload with no network at all: the service worker answers, from its precache.
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await plan.waitForGrid('21952');
    expect(page.url()).toBe(`${baseURL}#/plans/${DEMO_PLAN_ID}`);
    await offline.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await plan.cellText('21952', ONLINE_TARGET)).toBe('71');

    // Editing offline is saved like online.
    await plan.typeInto('21955', ONLINE_TARGET, '72,5');
    await eventually(() => plan.cellText('21955', ONLINE_TARGET)).toBe('72,5');
    await plan.waitSaved();

    // A large CSV is read in its worker, whose script also comes from the precache (a small one is read on
    // the page: a long note in an ignored column makes this one large).
    const before = await plan.cellText('21958', ONLINE_TARGET);
    expect(before).not.toBe('73');
    await imports.choose(utf8BomCsv('chi-tieu.csv', ['Mã đơn vị;Hồ sơ trực tuyến - Chỉ tiêu;Ghi chú', `21958;73;${'x'.repeat(200_000)}`]));
    expect(await imports.counts()).toEqual({ kind: 'csv', adds: 0, updates: 1, unchanged: 0, problems: 0 });
    await imports.applyAndClose();
    await eventually(() => plan.cellText('21958', ONLINE_TARGET)).toBe('73');
    await plan.waitSaved();
    expect(workerLoads).toEqual([{ offline: true, fromServiceWorker: true, status: 200 }]);

    await context.setOffline(false);
    isOffline = false;
    await offline.waitFor({ state: 'detached' });

    await plan.reload();
    expect(await offline.count()).toBe(0);
    expect([await plan.cellText('21952', ONLINE_TARGET), await plan.cellText('21955', ONLINE_TARGET), await plan.cellText('21958', ONLINE_TARGET)])
      .toEqual(['71', '72,5', '73']);
  });

  test('the storage badge says the browser has not promised to keep the data, and its dialog explains what to do', async () => {
    const { page, baseURL } = app();
    await PlanPage.firstVisit(page, baseURL);
    const badge = page.getByTestId('storage-status');
    const dialog = page.getByTestId('storage-dialog');
    await badge.click();
    await dialog.waitFor({ state: 'visible' });
    // The status is settled once the usage is known (the app asks for it after its persist() request).
    const usage = dialog.locator('p.muted').first();
    await eventually(() => usage.textContent()).toMatch(/^Đang dùng khoảng [\d.]+ MB trên [\d.]+ MB được phép\.$/);

    // Chromium promises to keep a site's data only once the site has earned it (installed, bookmarked, often
    // visited): a fresh profile's first visit is refused, and the app shows the browser's answer.
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false);
    expect(await badge.getAttribute('data-persisted')).toBe('false');
    expect(await badge.textContent()).toBe('Lưu tạm');
    expect(await badge.getAttribute('title')).toBe(NOT_PERSISTED);
    expect(await dialog.locator('h2').textContent()).toBe('Dữ liệu trên máy này');
    expect(await dialog.locator('p').allTextContents()).toEqual([NOT_PERSISTED, await usage.textContent(), ADVICE, VERSION_LINE]);
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Đề nghị trình duyệt giữ dữ liệu', 'Đóng']);

    await dialog.getByRole('button', { name: 'Đóng', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // Escape closes it too.
    await badge.click();
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  test('asked again from the dialog, a browser that now promises to keep the data turns the badge to "Lưu bền vững"', async () => {
    const { page, context, baseURL } = app();
    // The browser's answers, played: it refuses the app's request at start and grants the user's, as Chromium
    // does once the site has been installed or bookmarked in between.
    await context.addInitScript(() => {
      let answers = 0;
      let granted = false;
      navigator.storage.persisted = () => Promise.resolve(granted);
      navigator.storage.persist = () => Promise.resolve((granted = ++answers > 1));
    });
    await PlanPage.firstVisit(page, baseURL);
    const badge = page.getByTestId('storage-status');
    const dialog = page.getByTestId('storage-dialog');
    await badge.click();
    // The app's own request at start has been answered once the usage is known.
    const usage = dialog.locator('p.muted').first();
    await eventually(() => usage.textContent()).toMatch(/^Đang dùng khoảng [\d.]+ MB/);
    expect(await badge.textContent()).toBe('Lưu tạm');
    await dialog.getByRole('button', { name: 'Đề nghị trình duyệt giữ dữ liệu', exact: true }).click();

    await eventually(() => badge.getAttribute('data-persisted')).toBe('true');
    expect(await badge.textContent()).toBe('Lưu bền vững');
    expect(await dialog.locator('p').allTextContents()).toEqual([
      'Trình duyệt đã cam kết giữ dữ liệu của ứng dụng: dữ liệu chỉ mất khi chính người dùng xóa.', await usage.textContent(), VERSION_LINE,
    ]);
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Đóng']);
  });
});
