import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { exportPlanFile, ImportFlow, jsonFile, PlanListView, utf8BomCsv } from './support/files';
import { eventually, INDICATOR_IDS, PlanPage } from './support/planPage';
import { ConsolidationView, type PlanFileDoc } from './support/province';
import { useEveryScreen } from './support/everyScreen';
import { appFilePaths, recordCspViolations, recordRequests, violationsInPage } from './support/security';

/** The policy's directives, name → sources, from a `Content-Security-Policy` value. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    return [name!.toLowerCase(), sources];
  }));
}

const HOSTILE_UNIT = '<img src=x onerror=alert(1)>';
const HOSTILE_TYPE = '<b>bold</b>';
const HOSTILE_PLAN = '<script>alert(2)</script>';
/** An attribute break-out, as a province's file could carry it in its allocating unit (shown in the consolidated view). */
const HOSTILE_ALLOCATING = '"><svg onload=alert(3)>';

/** Elements the hostile strings would have made, had any of them been parsed as HTML anywhere in the document. */
function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...document.querySelectorAll('img[src="x"], [onerror], [onload], script:not([src])'),
    ...[...document.querySelectorAll('b')].filter((b) => b.textContent === 'bold'),
  ].map((e) => e.outerHTML));
}

describe('safety: the Content-Security-Policy holds, nothing leaves the machine, imported text stays text', () => {
  const app = useApp();

  test('the served page carries a strict policy, and no screen of the app violates it', async () => {
    const { page, context, baseURL } = app();
    const violations = await recordCspViolations(context);

    // As served, before any script: the policy is in the HTML itself, ahead of every script and style sheet.
    const html = await (await fetch(baseURL)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!;
    expect(html.indexOf(meta![0])).toBeLessThan(html.search(/<script|<link rel="stylesheet"/));
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    const csp = directives(policy);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('style-src-elem')?.some((s) => s === "'unsafe-inline'")).toBe(false);

    await useEveryScreen(page, baseURL);

    // The same policy is the one in force in the page.
    expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toBe(policy);
    // Both records: the page's own (`window.__cspViolations`) and what reached the test (events of any load, console).
    expect({ inPage: await violationsInPage(page), reported: violations }).toEqual({ inPage: [], reported: [] });

    // The recorder itself works: an inline script put into another tab of the app is refused, and reported
    // (by the event and by Chromium's console line, which this control provokes on purpose).
    app().allowError(/^console.error: (Refused to execute inline script because it violates|Executing inline script violates) the following Content Security Policy directive/);
    const probe = await app().newTab();
    await probe.goto(`${baseURL}#/`);
    await probe.getByTestId('plan-list').waitFor({ state: 'visible' });
    expect(await probe.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    })).toBe(false);
    await eventually(() => violations.map((v) => [v.source, v.source === 'event' ? v.directive : '', v.source === 'event' ? v.blocked : ''])
      .sort()).toEqual([['console', '', ''], ['event', 'script-src-elem', 'inline']]);
    expect(await violationsInPage(probe)).toEqual([expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' })]);
  });

  test('no request leaves the app\'s own origin, and every request is one of the app\'s own files', async () => {
    const { page, context, baseURL } = app();
    const { requests, markFirstPaint } = recordRequests(context);
    const origin = new URL(baseURL).origin;
    const ownFiles = appFilePaths();
    expect(ownFiles.has('/index.html')).toBe(true);
    expect(ownFiles.has('/sw.js')).toBe(true);

    await useEveryScreen(page, baseURL, markFirstPaint);
    // The service worker has fetched its precache by now (it controls the page): its requests are in the record.
    await eventually(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);

    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((r) => new URL(r.url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(requests.filter((r) => r.afterFirstPaint && new URL(r.url).origin !== origin)).toEqual([]);
    const notOwnFile = requests.filter((r) => !ownFiles.has(new URL(r.url).pathname));
    expect(notOwnFile).toEqual([]);
    // The CSV import ran in the import worker (importFile.worker.ts), loaded from the app's assets.
    expect(requests.some((r) => /^\/assets\/importFile\.worker-[\w-]+\.js$/.test(new URL(r.url).pathname))).toBe(true);
  });

  test('names from imported files are only ever rendered as text: grid, issues, plan list, print, consolidated view', async () => {
    const { page, context, baseURL } = app();
    const dialogs: string[] = [];
    context.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    const { requests } = recordRequests(context);
    await PlanPage.firstVisit(page, baseURL);
    const list = new PlanListView(page);
    const imports = new ImportFlow(page);

    // A unit list from the plan list starts a new plan.
    await list.open(baseURL);
    await imports.choose(utf8BomCsv('Don vi An Nhon 2024-H1.csv', ['Mã;Tên đơn vị;Loại', `22015;${HOSTILE_UNIT};${HOSTILE_TYPE}`, '22018;Phường Nhơn Hưng;Phường']));
    expect(await imports.counts()).toEqual({ kind: 'csv', adds: 2, updates: 0, unchanged: 0, problems: 0 });
    expect(await injectedElements(page)).toEqual([]);
    await imports.applyAndClose();

    const plan = new PlanPage(page);
    await plan.waitForGrid('22015');
    expect(await plan.cell('22015', 'name').textContent()).toBe(HOSTILE_UNIT);
    expect(await plan.cell('22015', 'type').textContent()).toBe(HOSTILE_TYPE);
    expect(await page.evaluate(() => document.querySelectorAll('.ag-root img, .ag-root b').length)).toBe(0);

    // The issue list names the unit (no targets: a warning per indicator).
    const unitIssues = plan.issuePanel.locator('[data-testid="issue-item"][data-unit="22015"] .issue-unit');
    await eventually(() => unitIssues.count()).toBe(INDICATOR_IDS.length);
    expect(await unitIssues.allTextContents()).toEqual(INDICATOR_IDS.map(() => HOSTILE_UNIT));
    expect(await plan.issuePanel.locator('img, b').count()).toBe(0);

    // The printed appendix.
    const appendix = page.getByTestId('print-appendix');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await appendix.waitFor({ state: 'attached' });
    const firstUnit = await appendix.locator('tbody tr').nth(1).locator('td').allTextContents();
    expect(firstUnit.slice(0, 4)).toEqual(['1', '22015', HOSTILE_UNIT, HOSTILE_TYPE]);
    expect(await appendix.locator('img, b, script').count()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await appendix.waitFor({ state: 'detached' });
    await plan.waitSaved();

    // A plan file whose plan name is a script, as a new plan.
    const exported = JSON.parse((await exportPlanFile(plan)).bytes.toString('utf8')) as PlanFileDoc;
    expect(exported.plan.units[0]).toMatchObject({ code: '22015', name: HOSTILE_UNIT, type: HOSTILE_TYPE });
    const hostile = structuredClone(exported);
    Object.assign(hostile.plan, { id: 'an-nhon-2023-h2', name: HOSTILE_PLAN, period: '2023-H2', allocatingUnit: HOSTILE_ALLOCATING });
    hostile.exportedBy = HOSTILE_ALLOCATING;
    hostile.exportedAt = '2023-07-25T02:30:00.000Z';
    await imports.choose(jsonFile('an-nhon.dvctt.json', hostile));
    expect(await imports.counts()).toEqual({ kind: 'planFile', adds: 2, updates: 0, unchanged: 0, problems: 0 });
    expect(await imports.preview.textContent()).toContain(`Kế hoạch «${HOSTILE_PLAN}» (2023-H2), 2 đơn vị`);
    expect(await injectedElements(page)).toEqual([]);
    await imports.applyAndClose();
    const imported = new PlanPage(page);
    await eventually(() => imported.root.getAttribute('data-plan-id')).toBe('an-nhon-2023-h2');
    await imported.waitForGrid('22015');
    expect(await imported.planName.textContent()).toBe(HOSTILE_PLAN);
    expect(await imported.cell('22015', 'name').textContent()).toBe(HOSTILE_UNIT);
    expect(await page.evaluate(() => document.querySelectorAll('.ag-root img, .ag-root b').length)).toBe(0);

    // The plan list.
    await list.open(baseURL, 3);
    expect(await list.row('an-nhon-2023-h2').locator('td').first().textContent()).toBe(HOSTILE_PLAN);
    expect(await list.row('an-nhon-2023-h2').locator('td').nth(2).textContent()).toBe(HOSTILE_ALLOCATING);
    expect(await list.root.locator('img, b, script, [onload], [onerror]').count()).toBe(0);

    // The consolidated view of that file and another district's, with the hostile district's detail.
    const other = structuredClone(exported);
    Object.assign(other.plan, { id: 'tuy-phuoc-2023-h2', name: 'Kế hoạch DVCTT Huyện Tuy Phước', period: '2023-H2', allocatingUnit: 'UBND huyện Tuy Phước' });
    await imports.input.setInputFiles([jsonFile('an-nhon.dvctt.json', hostile), jsonFile('tuy-phuoc.dvctt.json', other)]);
    const view = new ConsolidationView(page);
    await view.root.waitFor({ state: 'visible' });
    await eventually(() => view.rows.count()).toBe(2);
    const rowUnits = await view.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')));
    expect([...rowUnits].sort()).toEqual([HOSTILE_ALLOCATING, 'UBND huyện Tuy Phước'].sort());
    const hostileRow = view.rows.nth(rowUnits.indexOf(HOSTILE_ALLOCATING));
    expect(await hostileRow.locator('td').first().textContent()).toBe(HOSTILE_ALLOCATING);
    await hostileRow.locator('td').first().getByRole('button').click();
    await view.detail.waitFor({ state: 'visible' });
    expect(await view.detail.locator('h2').textContent()).toBe(`${HOSTILE_ALLOCATING} · 2023-H2 · ${HOSTILE_PLAN}`);
    expect((await view.detailUnitRows())[0]!.slice(0, 4)).toEqual(['1', '22015', HOSTILE_UNIT, HOSTILE_TYPE]);
    expect(await view.root.locator('img, b, script, [onload], [onerror]').count()).toBe(0);

    expect(await injectedElements(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    // Nothing fetched the would-be image.
    expect(requests.filter((r) => new URL(r.url).pathname === '/x')).toEqual([]);
  });
});
