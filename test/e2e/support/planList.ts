import type { Locator, Page } from 'playwright-core';

/** The plan list (`#/`): its rows and the new-plan dialog. */
export class PlanList {
  readonly root: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('plan-list');
    this.rows = page.getByTestId('plan-row');
  }

  async open(baseURL: string): Promise<void> {
    await this.page.goto(`${baseURL}#/`);
    await this.root.waitFor({ state: 'visible' });
    await this.rows.first().waitFor({ state: 'visible' });
  }

  row(planId: string) {
    return this.page.locator(`[data-testid="plan-row"][data-plan-id="${planId}"]`);
  }

  /** Plan ids and names as listed (most recently updated first). */
  entries(): Promise<{ id: string; name: string }[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => ({
      id: r.getAttribute('data-plan-id') ?? '', name: r.querySelector('td a')?.textContent?.trim() ?? '',
    })));
  }

  /** "Tạo kế hoạch" with a name, a period and, if given, pasted units; returns the dialog (Create not clicked yet). */
  async fillNewPlan(name: string, period: string, units?: string): Promise<Locator> {
    await this.page.getByTestId('new-plan').click();
    const dialog = this.page.getByTestId('new-plan-dialog');
    await dialog.locator('input[name="name"]').fill(name);
    await dialog.locator('input[name="period"]').fill(period);
    if (units !== undefined) await dialog.locator('textarea[name="units"]').fill(units);
    return dialog;
  }

  async nameOf(planId: string): Promise<string> {
    return ((await this.row(planId).locator('td a').textContent()) ?? '').trim();
  }
}
