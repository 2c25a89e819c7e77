import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { eventually } from './planPage';
import { readPdf, type PdfPage } from './pdf';

/**
 * "In phụ lục" and its dialog, through the documented hooks, and the print itself as Chromium makes it.
 *
 * The browser's own print dialog cannot be driven headless (and a headless `window.print()` leaves the page
 * "being printed", which `page.pdf()` then refuses), so `stubPrint()` replaces `window.print` with a counter
 * before the flow; `pdf()` then prints the page as the browser would: `beforeprint` (the app renders its
 * appendix), print media, the page size and margins of the app's `@page` rules.
 * Set `PRINT_PDF_DIR` to keep each PDF for a look (`pdftoppm -png -r 60 file.pdf page`).
 */
export class PrintFlow {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly number: Locator;
  readonly date: Locator;
  readonly signature: Locator;
  readonly signerAuthority: Locator;
  readonly signerTitle: Locator;
  readonly signerName: Locator;
  readonly confirm: Locator;
  readonly appendix: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('print');
    this.dialog = page.getByTestId('print-dialog');
    this.number = page.getByTestId('print-decision-number');
    this.date = page.getByTestId('print-decision-date');
    this.signature = page.getByTestId('print-signature');
    this.signerAuthority = page.getByTestId('print-signer-authority');
    this.signerTitle = page.getByTestId('print-signer-title');
    this.signerName = page.getByTestId('print-signer-name');
    this.confirm = page.getByTestId('print-confirm');
    this.appendix = page.getByTestId('print-appendix');
  }

  /** From now on `window.print()` only counts its calls (see above). Call again after a reload. */
  async stubPrint(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => { w.printCalls += 1; };
    });
  }

  printCalls(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { printCalls?: number }).printCalls ?? -1);
  }

  async open(): Promise<void> {
    await this.button.click();
    await this.dialog.waitFor({ state: 'visible' });
  }

  /** Confirms the dialog and waits until the app has asked the browser to print. */
  async print(): Promise<void> {
    const before = await this.printCalls();
    await this.confirm.click();
    await this.dialog.waitFor({ state: 'detached' });
    await eventually(() => this.printCalls()).toBe(before + 1);
  }

  /** The page printed to PDF as the browser prints it, and its pages read back. */
  async pdf(name: string): Promise<{ bytes: Buffer; pages: PdfPage[] }> {
    await this.page.emulateMedia({ media: 'print' });
    const bytes = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    const dir = process.env.PRINT_PDF_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}.pdf`), bytes);
    }
    return { bytes, pages: readPdf(bytes) };
  }
}

/** The cells of a text line of a PDF page (the reader marks cell borders with ` | `). */
export const cellsOf = (line: string) => line.split(' | ');
