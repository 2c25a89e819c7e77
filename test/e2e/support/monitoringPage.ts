import type { Locator, Page } from 'playwright-core';
import { eventually, type PlanPage } from './planPage';

/** The results grid of the monitoring view, through its automation hooks. */
export class Monitoring {
  readonly grid: Locator;
  constructor(readonly page: Page, readonly plan: PlanPage) {
    this.grid = page.getByTestId('monitoring-grid');
  }
  cell(rowId: string, colId: string): Locator {
    return this.grid.locator(`[role="row"][row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
  }
  async text(rowId: string, colId: string): Promise<string> {
    return ((await this.cell(rowId, colId).textContent()) ?? '').trim();
  }
  attr(rowId: string, colId: string, name: string): Promise<string | null> {
    return this.cell(rowId, colId).getAttribute(name);
  }
  /** A count as the grid shows it in Vietnamese (`1.234`), as a number; null when empty. */
  async count(rowId: string, colId: string): Promise<number | null> {
    const t = await this.text(rowId, colId);
    return t === '' ? null : Number(t.replace(/\./g, ''));
  }
  async type(rowId: string, colId: string, text: string): Promise<void> {
    await this.cell(rowId, colId).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await eventually(() => this.grid.locator('.ag-cell-inline-editing').count()).toBe(0);
  }
  displayedUnits(): Promise<string[]> {
    return this.grid.evaluate((g) => [...new Set([...g.querySelectorAll('[role="row"][row-id]')].map((r) => r.getAttribute('row-id') ?? ''))]
      .filter((id) => id !== 'aggregate'));
  }
  /** The cells of the block selection, as `row|col`, sorted. */
  selected(): Promise<string[]> {
    return this.grid.evaluate((g) => [...g.querySelectorAll('[role="gridcell"].cell-selected')]
      .map((c) => `${c.closest('[row-id]')?.getAttribute('row-id') ?? ''}|${c.getAttribute('col-id') ?? ''}`).sort());
  }
}
