import { createEffect, onCleanup } from 'solid-js';
import { REPORT_CSS, REPORT_PAGE_CSS } from './reportCss';

/** Runs `work` under a performance measure of that name (read by the benchmark and the developer tools). */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  const out = work();
  performance.measure(name, { start, end: performance.now() });
  return out;
}

/**
 * The report's style sheet on the page while it is shown, the very text the published file carries. Adopted
 * rather than put in a <style>: the app's Content-Security-Policy refuses inline style elements, not style
 * sheets built through the CSSOM.
 */
export function adoptReportSheet(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(REPORT_CSS + REPORT_PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  onCleanup(() => { document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet); });
}

/** The document's title follows `title` while it has one ("Save as PDF" and the browser's history use it); the app's comes back after. */
export function createDocumentTitle(title: () => string | undefined): void {
  const appTitle = document.title;
  createEffect(() => {
    const now = title();
    if (now !== undefined) document.title = now;
  });
  onCleanup(() => { document.title = appTitle; });
}
