import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { exportPlanFile, importPlanFile, PlanListView } from './support/files';
import { DEMO_PLAN_ID, eventually, PlanPage } from './support/planPage';
import { PLAN_FILE_VERSION } from '../../src/io/planFileFormat';

const ONLINE = 'target.online_dossiers';
const PAYMENT = 'target.online_payment';

async function saveVersion(page: Page, name: string): Promise<void> {
  await page.getByTestId('save-version').click();
  const input = page.getByTestId('version-name');
  await input.fill(name);
  await page.getByTestId('version-confirm').click();
  await input.waitFor({ state: 'detached' });
}

async function openVersions(page: Page) {
  await page.getByTestId('versions').click();
  const rows = page.getByTestId('version-row');
  const names = () => page.getByTestId('version-row-name').allTextContents();
  return { rows, names, row: (name: string) => rows.filter({ has: page.getByTestId('version-row-name').getByText(name, { exact: true }) }) };
}

/** A cell of the comparison's grid: its text and whether it is marked changed. */
async function comparedCell(page: Page, rowId: string, colId: string) {
  const cell = page.locator(`[data-testid="version-compare-grid"] [row-id="${rowId}"] [col-id="${colId}"]`).first();
  return { text: (await cell.textContent())?.trim(), changed: ((await cell.getAttribute('class')) ?? '').split(/\s+/).includes('cell-changed') };
}

describe('named versions', () => {
  const app = useApp();

  test('two versions saved, compared (changed cells highlighted and counted), restored into the plan and undone, restored as a new plan', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    const [online, payment] = [await plan.cellText('21952', ONLINE), await plan.cellText('21955', PAYMENT)];
    await saveVersion(page, 'Phương án 1');
    await plan.typeInto('21952', ONLINE, '71');
    await plan.typeInto('21955', PAYMENT, '66');
    await eventually(() => plan.cellText('21955', PAYMENT)).toBe('66');
    await saveVersion(page, 'Phương án 2');

    const versions = await openVersions(page);
    await eventually(() => versions.names()).toEqual(['Phương án 1', 'Phương án 2']);
    expect(await versions.rows.first().getAttribute('data-version-id')).toBeTruthy();
    // Compared with the plan now, then with the other version: the same two cells differ.
    await versions.row('Phương án 1').getByTestId('version-compare').click();
    const view = page.getByTestId('version-compare-view');
    await eventually(() => view.getAttribute('data-changed')).toBe('2');
    await eventually(() => comparedCell(page, '21952', ONLINE)).toEqual({ text: `${online} → 71`, changed: true });
    expect(await comparedCell(page, '21955', PAYMENT)).toEqual({ text: `${payment} → 66`, changed: true });
    expect(await comparedCell(page, '21958', ONLINE)).toMatchObject({ changed: false });
    const secondId = await page.getByTestId('version-compare-after').locator('option', { hasText: 'Phương án 2' }).getAttribute('value');
    await page.getByTestId('version-compare-after').selectOption(secondId!);
    await eventually(() => view.getAttribute('data-after')).toBe(secondId);
    expect(await view.getAttribute('data-changed')).toBe('2');
    expect(await page.locator('[data-testid="version-compare-grid"] .ag-cell.cell-changed').count()).toBe(2);
    // The same version on both sides: nothing differs.
    const firstId = await view.getAttribute('data-before');
    await page.getByTestId('version-compare-after').selectOption(firstId!);
    await eventually(() => view.getAttribute('data-changed')).toBe('0');
    await page.getByTestId('version-compare-close').click();

    // Restored into the plan: one command, one undo.
    await versions.row('Phương án 1').getByTestId('version-restore').click();
    await page.getByTestId('version-restore-current').click();
    await eventually(() => plan.cellText('21952', ONLINE)).toBe(online);
    expect(await plan.cellText('21955', PAYMENT)).toBe(payment);
    await page.getByTestId('undo').click();
    await eventually(() => plan.cellText('21952', ONLINE)).toBe('71');
    expect(await plan.cellText('21955', PAYMENT)).toBe('66');
    await plan.waitSaved();

    // Restored as a new plan: another plan, with the version's targets; this one unchanged.
    const again = await openVersions(page);
    await again.row('Phương án 1').getByTestId('version-restore').click();
    await page.getByTestId('version-restore-new').click();
    await eventually(() => page.url()).not.toContain(DEMO_PLAN_ID);
    const copy = new PlanPage(page);
    await copy.waitForGrid('21952');
    await eventually(() => copy.cellText('21952', ONLINE)).toBe(online);
    expect(await copy.cellText('21955', PAYMENT)).toBe(payment);
  });

  test('versions survive a reload and travel in the plan file', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await saveVersion(page, 'Phương án A');
    await plan.typeInto('21952', ONLINE, '72');
    await saveVersion(page, 'Phương án B');
    await plan.waitSaved();
    await plan.reload();
    const listed = await openVersions(page);
    await eventually(() => listed.names()).toEqual(['Phương án A', 'Phương án B']);
    await page.keyboard.press('Escape');

    const exported = await exportPlanFile(plan);
    const doc = JSON.parse(exported.bytes.toString('utf8')) as { formatVersion: number; plan: { versions?: { name: string }[] } };
    expect([doc.formatVersion, doc.plan.versions?.map((v) => v.name)]).toEqual([PLAN_FILE_VERSION, ['Phương án A', 'Phương án B']]);

    await new PlanListView(page).removeTheOnlyPlan(baseURL, DEMO_PLAN_ID);
    await importPlanFile(page, exported);
    const restored = new PlanPage(page);
    await restored.waitForGrid('21952');
    await restored.waitSaved();
    await restored.reload();
    const back = await openVersions(page);
    await eventually(() => back.names()).toEqual(['Phương án A', 'Phương án B']);
    await back.row('Phương án A').getByTestId('version-compare').click();
    await eventually(() => page.getByTestId('version-compare-view').getAttribute('data-changed')).toBe('1');
  });
});
