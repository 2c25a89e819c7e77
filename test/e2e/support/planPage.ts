import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The demo plan a first visit creates (src/domain/demoPlan.ts). */
export const DEMO_PLAN_ID = 'demo-tuy-phuoc-2023-h2';
export const DEMO_UNIT_CODES = ['21952', '21955', '21958', '21961', '21964', '21967', '21970', '21973', '21976', '21979', '21982', '21985', '21988'];
/** Xã Phước Hiệp: no targets on purpose, so a fresh demo shows five "missing" warnings. */
export const UNDECIDED_UNIT = '21973';
export const INDICATOR_IDS = ['online_dossiers', 'online_payment', 'digitisation', 'e_results', 'population_db'] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** How long a visible state may take to appear: generous for a loaded 2-core machine, yet fails fast. */
export const UI_TIMEOUT = 5_000;

/** Polls `read` until it satisfies `check` (a vitest assertion), so tests wait on state, never on time. */
export function eventually<T>(read: () => Promise<T> | T, options: { timeout?: number; message?: string } = {}) {
  return expect.poll(read, { timeout: options.timeout ?? UI_TIMEOUT, interval: 50, message: options.message });
}

export interface FocusedCell {
  rowId: string | null;
  colId: string | null;
  /** True when the DOM focus is in that cell (keyboard input goes there). */
  active: boolean;
}

/** The plan page (`#/plans/<id>`) and its allocation grid, through the automation hooks only. */
export class PlanPage {
  readonly grid: Locator;
  readonly root: Locator;
  readonly issueSummary: Locator;
  readonly saveStatus: Locator;
  readonly planStatus: Locator;
  readonly markReadyButton: Locator;
  readonly readyRefused: Locator;
  readonly returnedToDraft: Locator;
  readonly editRefused: Locator;
  readonly issuePanel: Locator;
  readonly issueItems: Locator;
  readonly quickFilter: Locator;
  readonly language: Locator;
  readonly planName: Locator;
  /** The question a paste over different kinds of columns asks (`data-columns`: what "as laid out" covers). */
  readonly pasteConfirm: Locator;
  /** The toolbar's lock toggle (as Ctrl+L): locks or unlocks the focused target cell. */
  readonly lockToggle: Locator;
  /** A cell's menu (right-click or Shift+F10 on a cell): `cell-menu-<action>` items. */
  readonly cellMenu: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('plan-page');
    this.grid = page.getByTestId('plan-grid');
    this.issueSummary = page.getByTestId('issue-summary');
    this.saveStatus = page.getByTestId('save-status');
    this.planStatus = page.getByTestId('plan-status');
    this.markReadyButton = page.getByTestId('mark-ready');
    this.readyRefused = page.getByTestId('ready-refused');
    this.returnedToDraft = page.getByTestId('returned-to-draft');
    this.editRefused = page.getByTestId('edit-refused');
    this.issuePanel = page.getByTestId('issue-panel');
    this.issueItems = this.issuePanel.getByTestId('issue-item');
    this.quickFilter = page.getByTestId('quick-filter');
    this.language = page.getByTestId('language');
    this.planName = page.getByTestId('plan-name');
    this.pasteConfirm = page.getByTestId('paste-confirm');
    this.lockToggle = page.getByTestId('lock-toggle');
    this.cellMenu = page.getByTestId('cell-menu');
  }

  /** A first visit: the app creates the demo plan and navigates to it. */
  static async firstVisit(page: Page, baseURL: string): Promise<PlanPage> {
    await page.goto(baseURL);
    const plan = new PlanPage(page);
    await plan.waitForGrid('21952');
    expect(page.url()).toContain(`#/plans/${DEMO_PLAN_ID}`);
    return plan;
  }

  static async open(page: Page, baseURL: string, planId: string, firstRow?: string): Promise<PlanPage> {
    await page.goto(`${baseURL}#/plans/${encodeURIComponent(planId)}`);
    const plan = new PlanPage(page);
    await plan.waitForGrid(firstRow);
    return plan;
  }

  /** Waits until the page shows a plan and its grid has rendered (a given unit row, or the aggregate row). */
  async waitForGrid(rowId = 'aggregate'): Promise<void> {
    await this.root.waitFor({ state: 'visible' });
    await this.grid.locator(`[row-id="${rowId}"]`).first().waitFor({ state: 'visible' });
  }

  async reload(firstRow = '21952'): Promise<void> {
    await this.page.reload();
    await this.waitForGrid(firstRow);
  }

  /**
   * A grid cell. AG Grid may split a row between the pinned-left and centre containers (each part
   * carrying the same row-id), but a column lives in exactly one of them, so this matches one cell.
   */
  cell(rowId: string, colId: string): Locator {
    return this.grid.locator(`[role="row"][row-id="${rowId}"] [role="gridcell"][col-id="${colId}"]`);
  }

  async cellText(rowId: string, colId: string): Promise<string> {
    return ((await this.cell(rowId, colId).textContent()) ?? '').trim();
  }

  async cellClasses(rowId: string, colId: string): Promise<string[]> {
    return ((await this.cell(rowId, colId).getAttribute('class')) ?? '').split(/\s+/).filter(Boolean);
  }

  async cellTitle(rowId: string, colId: string): Promise<string> {
    return (await this.cell(rowId, colId).getAttribute('title')) ?? '';
  }

  /**
   * The validation classes of a cell: `cell-error`, `cell-warning` (or none) on a unit's cell; on the aggregate
   * row, its verdict: `cell-pass`, `cell-error`, `cell-incomplete` or `cell-empty`.
   */
  async cellState(rowId: string, colId: string): Promise<string[]> {
    const states = ['cell-error', 'cell-warning', 'cell-pass', 'cell-incomplete', 'cell-empty'];
    return (await this.cellClasses(rowId, colId)).filter((c) => states.includes(c));
  }

  /** Whether a cell carries the lock's class `cell-locked`. */
  async isLocked(rowId: string, colId: string): Promise<boolean> {
    return (await this.cellClasses(rowId, colId)).includes('cell-locked');
  }

  /** Every locked cell the grid shows, as `row|col`, in row then column order of the DOM. */
  lockedCells(): Promise<string[]> {
    return this.grid.evaluate((grid) => [...grid.querySelectorAll('[role="gridcell"].cell-locked')]
      .map((c) => `${c.closest('[row-id]')?.getAttribute('row-id') ?? ''}|${c.getAttribute('col-id') ?? ''}`).sort());
  }

  /** Opens a cell's menu with a right-click, and waits for it. */
  async openCellMenu(rowId: string, colId: string): Promise<void> {
    await this.cell(rowId, colId).click({ button: 'right' });
    await this.cellMenu.waitFor({ state: 'visible' });
  }

  /** Gives a cell the keyboard focus the way a user does: a click. */
  async focus(rowId: string, colId: string): Promise<void> {
    await this.cell(rowId, colId).click();
    await eventually(() => this.focusedCell()).toEqual({ rowId, colId, active: true });
  }

  /**
   * Types over a cell like in a spreadsheet: focus it, type (the first key starts the editor), and commit
   * with a key (Enter by default). Waits until the editor has closed.
   */
  async typeInto(rowId: string, colId: string, text: string, commit: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
    await this.focus(rowId, colId);
    await this.page.keyboard.type(text);
    await this.page.keyboard.press(commit);
    await this.waitForNoEditor();
  }

  /** Pastes text at the focused cell as a user does: onto the clipboard, then Ctrl+V (the test grants clipboard access). */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('Control+V');
  }

  /** The texts of one row's cells in the given columns. */
  cellTexts(rowId: string, colIds: readonly string[]): Promise<string[]> {
    return Promise.all(colIds.map((colId) => this.cellText(rowId, colId)));
  }

  async editing(): Promise<boolean> {
    return (await this.grid.locator('.ag-cell-inline-editing').count()) > 0;
  }

  async waitForNoEditor(): Promise<void> {
    await eventually(() => this.editing()).toBe(false);
  }

  /** The grid's focused cell (AG Grid marks it `ag-cell-focus`), and whether the DOM focus is in it. */
  focusedCell(): Promise<FocusedCell | null> {
    return this.grid.evaluate((grid) => {
      const cells = grid.querySelectorAll('.ag-cell-focus');
      if (cells.length !== 1) return null;
      const cell = cells[0] as HTMLElement;
      return {
        rowId: cell.closest('[row-id]')?.getAttribute('row-id') ?? null,
        colId: cell.getAttribute('col-id'),
        active: cell.contains(document.activeElement),
      };
    });
  }

  async errorCount(): Promise<number> {
    return Number(await this.issueSummary.getAttribute('data-errors'));
  }

  async warningCount(): Promise<number> {
    return Number(await this.issueSummary.getAttribute('data-warnings'));
  }

  async counts(): Promise<{ errors: number; warnings: number }> {
    return { errors: await this.errorCount(), warnings: await this.warningCount() };
  }

  async status(): Promise<string | null> {
    return this.planStatus.getAttribute('data-status');
  }

  async waitSaved(): Promise<void> {
    await eventually(() => this.saveStatus.getAttribute('data-state')).toBe('saved');
  }

  /**
   * The unit rows the grid displays, in order (the pinned `min` and `aggregate` rows left out). A row
   * split between containers (pinned and centre parts) counts once.
   */
  displayedUnitRows(): Promise<string[]> {
    return this.grid.evaluate((grid) => {
      const byId = new Map<string, number>();
      for (const r of grid.querySelectorAll<HTMLElement>('[role="row"][row-id]')) {
        const id = r.getAttribute('row-id') ?? '';
        if (id === 'min' || id === 'aggregate' || r.closest('.ag-floating-top, .ag-floating-bottom')) continue;
        byId.set(id, Number(r.getAttribute('row-index')));
      }
      return [...byId].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    });
  }

  /** The issue-panel items, as their automation attributes. */
  issueList(): Promise<{ rule: string; unit: string; indicator: string }[]> {
    return this.issueItems.evaluateAll((items) => items.map((i) => ({
      rule: i.getAttribute('data-rule') ?? '', unit: i.getAttribute('data-unit') ?? '', indicator: i.getAttribute('data-indicator') ?? '',
    })));
  }

  issueItem(rule: string, unit: string, indicator: string): Locator {
    return this.issueItems.and(this.page.locator(`[data-rule="${rule}"][data-unit="${unit}"][data-indicator="${indicator}"]`));
  }

  async setLanguage(locale: 'vi' | 'en'): Promise<void> {
    await this.language.selectOption(locale);
    await eventually(() => this.page.evaluate(() => document.documentElement.lang)).toBe(locale);
  }

  assignmentInput(indicator: IndicatorId, key: 'min' | 'floor' | 'ownTarget' | 'mode' | 'mandatory'): Locator {
    return this.page.getByTestId(`assignment-${indicator}-${key}`);
  }

  /** Types a value into an assignment field and leaves it, which commits it (change event). */
  async setAssignment(indicator: IndicatorId, key: 'min' | 'floor' | 'ownTarget', text: string): Promise<void> {
    const input = this.assignmentInput(indicator, key);
    await input.fill(text);
    await input.press('Tab');
  }
}

/**
 * Waits until the service worker controls the page: it has installed (precached every file of the app) and,
 * with `clientsClaim`, taken over the page that registered it. The precache is ~1.2 MB, hence the longer wait.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await eventually(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 20_000, message: 'the service worker never took control' })
    .toBe('activated');
}
