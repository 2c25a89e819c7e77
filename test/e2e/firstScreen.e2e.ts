import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { PlanPage } from './support/planPage';

/**
 * The first screen's code arrives in one round: the page's entry (and the bundler's runtime), not a file per
 * module shared with code loaded on demand, each asked for separately (over HTTP/1.1 they queue six at a time).
 */
describe('the first visit', () => {
  const app = useApp();

  test('fetches the code that paints the demo grid as the page names it: at most two files, nothing on demand', async () => {
    const { page, baseURL } = app();
    // When the first unit row appears, as the page sees it.
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('[role="row"][row-id="21952"]')) return;
        (window as unknown as { firstRowAt: number }).firstRowAt = performance.now();
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await PlanPage.firstVisit(page, baseURL);

    const html = await (await page.request.get(baseURL)).text();
    const named = [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => `/${m[1]}`);
    expect(named.length).toBeGreaterThanOrEqual(1);
    expect(named.length).toBeLessThanOrEqual(2);

    const before = await page.evaluate(() => {
      const at = (window as unknown as { firstRowAt: number }).firstRowAt;
      return performance.getEntriesByType('resource').filter((e) => e.startTime < at && new URL(e.name).pathname.endsWith('.js'))
        .map((e) => new URL(e.name).pathname.replace(/^.*(\/assets\/)/, '$1'));
    });
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((path) => named.includes(path)), before.join(', ')).toBe(true);
  });
});
