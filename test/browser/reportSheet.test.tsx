/**
 * The report's sheet in Chromium: a long ranking's first pages at once, the others added after (the page never
 * parses three hundred pages in one task), and all of them before the browser prints.
 */
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportMarkupInParts } from '../../src/ui/monitoring/report/reportMarkup';
import { RANKING_PAGES_AT_ONCE, ReportSheet } from '../../src/ui/monitoring/report/ReportSheet';

const page = (n: number) => `<div class="ranking-part" data-page="${n}"><table><tbody><tr data-unit="${n}"><td>${n}</td></tr></tbody></table></div>`;

/** A report whose ranking has `total` pages, the first RANKING_PAGES_AT_ONCE in its markup. */
function built(total: number): ReportMarkupInParts & { asked: number[] } {
  const now = Math.min(total, RANKING_PAGES_AT_ONCE);
  const asked: number[] = [];
  return {
    markup: `<article data-testid="report"><div data-testid="report-ranking" data-pages="${total}">${Array.from({ length: now }, (_, k) => page(k)).join('')}</div><footer>end</footer></article>`,
    later: total - now,
    laterPage: (k) => { asked.push(k); return page(now + k); },
    asked,
  };
}

let dispose: (() => void) | undefined;
let host: HTMLDivElement | undefined;
afterEach(() => {
  dispose?.();
  host?.remove();
});

function show(report: ReportMarkupInParts) {
  host = document.createElement('div');
  document.body.append(host);
  dispose = render(() => <ReportSheet built={report} locale="vi" />, host);
}

/** The sheet in a window-high scrolling box, its report replaceable (as the page makes it again when the plan changes). */
function showReplaceable(report: ReportMarkupInParts) {
  host = document.createElement('div');
  host.style.cssText = 'height: 100vh; overflow: auto';
  document.body.append(host);
  const [current, setCurrent] = createSignal(report);
  dispose = render(() => <ReportSheet built={current()} locale="vi" />, host);
  return setCurrent;
}

const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

const pagesShown = () => [...document.querySelectorAll<HTMLElement>('.ranking-part')].map((p) => Number(p.dataset.page));
const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('the report sheet', () => {
  it('shows a long ranking\'s first pages at once, then adds the others in order, saying how far it is', async () => {
    const report = built(300);
    show(report);
    expect(pagesShown()).toEqual(Array.from({ length: RANKING_PAGES_AT_ONCE }, (_, k) => k));
    expect(report.asked).toEqual([]);
    expect(document.querySelector('[data-testid="report-building"]')?.textContent).toContain(`${RANKING_PAGES_AT_ONCE}/300`);
    await until(() => pagesShown().length === 300);
    expect(pagesShown()).toEqual(Array.from({ length: 300 }, (_, k) => k));
    // Each page made once, at the ranking's end (before the report's footer, which stays last).
    expect(report.asked).toEqual(Array.from({ length: 290 }, (_, k) => k));
    expect(document.querySelector('[data-testid="report"]')?.lastElementChild?.tagName).toBe('FOOTER');
    await until(() => document.querySelector('[data-testid="report-building"]') === null);
    expect(document.querySelector('[data-testid="report-building"]')).toBeNull();
  });

  it('adds every page left the moment the browser is about to print, and no page more after', async () => {
    const report = built(300);
    show(report);
    window.dispatchEvent(new Event('beforeprint'));
    expect(pagesShown()).toHaveLength(300);
    await frames(4);
    expect(pagesShown()).toEqual(Array.from({ length: 300 }, (_, k) => k));
    expect(report.asked).toEqual(Array.from({ length: 290 }, (_, k) => k));
    expect(document.querySelector('[data-testid="report-building"]')).toBeNull();
  });

  it('made again under the reader, comes back with the pages down to where they were at once', async () => {
    const setReport = showReplaceable(built(300));
    await until(() => pagesShown().length === 300);
    // The reader scrolls to page 120 (each page is a line of about 20 px here).
    document.querySelector<HTMLElement>('.ranking-part[data-page="120"]')!.scrollIntoView();
    const seen = pagesShown().filter((n) => document.querySelector(`.ranking-part[data-page="${n}"]`)!.getBoundingClientRect().top < window.innerHeight).length;
    const again = built(300);
    setReport(again);
    // At once, in the same task: every page from the top to the bottom of the window, the reader's page among them.
    expect(pagesShown().length).toBe(seen);
    expect(pagesShown()).toContain(120);
    expect(document.querySelector<HTMLElement>('.ranking-part[data-page="120"]')!.getBoundingClientRect().top).toBeLessThan(window.innerHeight);
    await until(() => pagesShown().length === 300);
    expect(pagesShown()).toEqual(Array.from({ length: 300 }, (_, k) => k));
  });

  it('has nothing to add to a ranking of ten pages or fewer', async () => {
    const report = built(4);
    show(report);
    expect(pagesShown()).toHaveLength(4);
    expect(document.querySelector('[data-testid="report-building"]')).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    expect(report.asked).toEqual([]);
  });

  it('stops adding when it is taken off the page (another month chosen)', async () => {
    const report = built(300);
    show(report);
    dispose?.();
    dispose = undefined;
    await new Promise((r) => setTimeout(r, 50));
    expect(report.asked).toEqual([]);
    window.dispatchEvent(new Event('beforeprint'));
    expect(report.asked).toEqual([]);
  });
});
