import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { eventually, type PlanPage } from './planPage';

/** A file as a test builds it: what `page.setInputFiles` takes, and what a drop carries. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** UTF-8 with a BOM and CRLF line ends: what Excel writes as "CSV UTF-8". */
export function utf8BomCsv(name: string, lines: readonly string[]): FilePayload {
  return { name, mimeType: 'text/csv', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]) };
}

/** Windows-1258 (no BOM) with CRLF: what Excel on a Vietnamese Windows writes as plain "CSV". */
export function windows1258Csv(name: string, lines: readonly string[]): FilePayload {
  return { name, mimeType: 'text/csv', buffer: encodeWindows1258(`${lines.join('\r\n')}\r\n`) };
}

export function jsonFile(name: string, doc: unknown): FilePayload {
  return { name, mimeType: 'application/json', buffer: Buffer.from(`${JSON.stringify(doc, null, 1)}\n`, 'utf8') };
}

/** The code page's characters, from Node's own decoder, so the table is not typed by hand. */
const WINDOWS_1258 = (() => {
  const decoded = new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
  const table = new Map<string, number>();
  [...decoded].forEach((ch, i) => { if (ch !== '\ufffd' && !table.has(ch)) table.set(ch, 0x80 + i); });
  return table;
})();
/** The five tone marks, which Windows-1258 writes as combining characters after the base letter. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Vietnamese text → Windows-1258 bytes the way Windows does it: a letter the code page has is one byte
 * (`ư`, `ơ`, `đ`, `â`…), a toned letter is its base letter followed by a combining tone mark (`ậ` → `â` + U+0323).
 */
export function encodeWindows1258(text: string): Buffer {
  const out: number[] = [];
  const byte = (ch: string) => {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code < 0x80) return code;
    const b = WINDOWS_1258.get(ch);
    if (b === undefined) throw new Error(`«${ch}» has no Windows-1258 byte`);
    return b;
  };
  for (const ch of text.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80 || WINDOWS_1258.has(ch)) {
      out.push(byte(ch));
      continue;
    }
    const decomposed = ch.normalize('NFD');
    const tone = TONES.exec(decomposed)?.[0];
    if (!tone) throw new Error(`«${ch}» has no Windows-1258 form`);
    out.push(byte(decomposed.replace(tone, '').normalize('NFC')), byte(tone));
  }
  return Buffer.from(out);
}

/** The counts a preview shows, from its automation attributes. */
export interface PreviewCounts {
  kind: string | null;
  adds: number;
  updates: number;
  unchanged: number;
  problems: number;
}

export interface PreviewProblem {
  line: number;
  column: number | null;
  code: string | null;
  text: string;
}

/** The import entry in the header (button and window drop) and the dialog it opens. */
export class ImportFlow {
  readonly input: Locator;
  readonly dialog: Locator;
  readonly preview: Locator;
  readonly error: Locator;
  readonly apply: Locator;
  readonly cancel: Locator;
  readonly planExists: Locator;
  readonly problemItems: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.input = page.locator('input[type=file][data-testid="import-file"]');
    this.dialog = page.getByTestId('import-dialog');
    this.preview = page.getByTestId('import-preview');
    this.error = page.getByTestId('import-error');
    this.apply = page.getByTestId('import-apply');
    this.cancel = page.getByTestId('import-cancel');
    this.planExists = page.getByTestId('import-plan-exists');
    this.problemItems = page.getByTestId('import-problem');
    this.progress = page.getByTestId('import-progress');
  }

  /** Chooses a file with the import button and waits until the preview (or the error) is shown. */
  async choose(file: FilePayload): Promise<void> {
    await this.input.setInputFiles(file);
    await this.waitForOutcome();
  }

  /** Drops a file anywhere on the window, as from the file manager, and waits for the preview or the error. */
  async drop(file: FilePayload): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(({ name, mimeType, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: mimeType }));
      return transfer;
    }, { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') });
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer });
    await dataTransfer.dispose();
    await this.waitForOutcome();
  }

  /**
   * Starts recording whether the reading progress (`import-progress`) is ever shown, however briefly (a small
   * file is read in milliseconds), and returns the reader of that record.
   */
  async watchProgress(): Promise<() => Promise<boolean>> {
    await this.page.evaluate(() => {
      const w = window as unknown as { importProgressSeen?: boolean };
      w.importProgressSeen = false;
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="import-progress"]')) return;
        w.importProgressSeen = true;
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    return () => this.page.evaluate(() => (window as unknown as { importProgressSeen?: boolean }).importProgressSeen === true);
  }

  async waitForOutcome(): Promise<void> {
    await this.preview.or(this.error).waitFor({ state: 'visible' });
  }

  async counts(): Promise<PreviewCounts> {
    const attr = async (name: string) => Number(await this.preview.getAttribute(`data-${name}`));
    return {
      kind: await this.preview.getAttribute('data-kind'),
      adds: await attr('adds'), updates: await attr('updates'), unchanged: await attr('unchanged'), problems: await attr('problems'),
    };
  }

  problems(): Promise<PreviewProblem[]> {
    return this.problemItems.evaluateAll((items) => items.map((i) => ({
      line: Number(i.getAttribute('data-line')),
      column: i.hasAttribute('data-column') ? Number(i.getAttribute('data-column')) : null,
      code: i.getAttribute('data-code'),
      text: (i.textContent ?? '').trim(),
    })));
  }

  /** Ends the dialog without applying (Cancel, or Close on an error) and waits until it is gone. */
  async dismiss(): Promise<void> {
    await this.cancel.click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  async applyAndClose(): Promise<void> {
    await this.apply.click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  async choosePlanMode(mode: 'new' | 'replace'): Promise<void> {
    const radio = this.planExists.locator(`input[type=radio][value="${mode}"]`);
    await radio.check();
    await eventually(() => radio.isChecked()).toBe(true);
  }
}

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** Runs an action that makes the browser download a file, and returns the file's name and bytes. */
export async function downloadOf(page: Page, action: () => Promise<void>): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const failure = await download.failure();
  if (failure) throw new Error(`The download failed: ${failure}`);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Exports the open plan as CSV in a dialect, through the export dialog. */
export async function exportCsv(plan: PlanPage, dialect: 'excel-vn' | 'standard'): Promise<Downloaded> {
  const { page } = plan;
  await page.getByTestId('export-csv').click();
  const dialog = page.getByTestId('export-csv-dialog');
  await dialog.waitFor({ state: 'visible' });
  await page.getByTestId('csv-dialect').selectOption(dialect);
  const file = await downloadOf(page, () => page.getByTestId('export-confirm').click());
  await dialog.waitFor({ state: 'detached' });
  return file;
}

export function exportPlanFile(plan: PlanPage): Promise<Downloaded> {
  return downloadOf(plan.page, () => plan.page.getByTestId('export-plan').click());
}

/**
 * Every cell of the grid as displayed, `row-id|col-id` → text, the pinned rows included: a fingerprint of
 * what the user sees, to compare before and after a flow.
 */
export function gridCells(plan: PlanPage): Promise<Record<string, string>> {
  return plan.grid.evaluate((grid) => {
    const out: Record<string, string> = {};
    for (const cell of grid.querySelectorAll<HTMLElement>('[role="row"][row-id] [role="gridcell"][col-id]')) {
      const row = cell.closest('[row-id]')?.getAttribute('row-id') ?? '';
      out[`${row}|${cell.getAttribute('col-id') ?? ''}`] = (cell.textContent ?? '').trim();
    }
    return out;
  });
}

/** The keys whose values differ between two fingerprints (or that only one of them has). */
export function changedKeys(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k]).sort();
}

/** The plan list at `#/`, through its documented hooks. */
export class PlanListView {
  readonly root: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('plan-list');
    this.rows = page.getByTestId('plan-row');
  }

  /** Opens the list and waits until it has loaded (at least `minRows` rows). */
  async open(baseURL: string, minRows = 1): Promise<void> {
    await this.page.goto(`${baseURL}#/`);
    await this.root.waitFor({ state: 'visible' });
    if (minRows > 0) await this.rows.nth(minRows - 1).waitFor({ state: 'visible' });
  }

  row(planId: string): Locator {
    return this.page.locator(`[data-testid="plan-row"][data-plan-id="${planId}"]`);
  }

  /** Plan ids and names, sorted by id (the list itself is ordered by last change). */
  async entries(): Promise<{ id: string; name: string }[]> {
    const entries = await this.rows.evaluateAll((rows) => rows.map((r) => ({
      id: r.getAttribute('data-plan-id') ?? '', name: r.querySelector('td a')?.textContent?.trim() ?? '',
    })));
    return entries.sort((a, b) => a.id.localeCompare(b.id));
  }

  async remove(planId: string): Promise<void> {
    await this.row(planId).getByRole('button', { name: 'Xóa' }).click();
    await this.page.getByTestId('confirm-ok').click();
    await eventually(() => this.row(planId).count()).toBe(0);
  }

  /** From the plan list, deletes the one plan there is, as when a plan is lost, until the list says it is empty. */
  async removeTheOnlyPlan(baseURL: string, planId: string): Promise<void> {
    await this.open(baseURL);
    await this.remove(planId);
    await eventually(() => this.root.textContent()).toContain('Chưa có kế hoạch nào');
  }
}

/** A plan file exported before, imported again as the user does (choose, apply); resolves once the preview has closed. */
export async function importPlanFile(page: Page, file: Downloaded): Promise<void> {
  const imports = new ImportFlow(page);
  await imports.choose({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
  await imports.applyAndClose();
}
