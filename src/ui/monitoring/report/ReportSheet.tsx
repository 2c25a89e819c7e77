import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js';
import { formatCount, type Locale } from '../../../domain/rate';
import { afterPaint } from '../../../state/slices';
import { tm } from '../text';
import type { ReportMarkupInParts } from './reportMarkup';

/** Ranking pages the report shows at once; a longer ranking gets its other pages a few at a time. */
export const RANKING_PAGES_AT_ONCE = 10;
/** Milliseconds of adding pages per turn: a frame's worth, far from a long task. */
const ADD_MS = 12;

/**
 * The report on the page. A national report's ranking runs to hundreds of printed pages: parsing and laying them
 * out at once froze the page for seconds before anything showed. The first pages show at once; the others are
 * added at the end of the ranking, a few per frame, the page responsive meanwhile, with a line saying how far it
 * is. Printing (the button or the browser's own command) first adds whatever is left, so paper always has it all.
 * A report made again under the reader (another tab's figures stored, the language changed) comes back with the
 * pages down to where they were reading at once, so that their place stays.
 */
export function ReportSheet(props: { built: ReportMarkupInParts; locale: Locale }) {
  let sheet!: HTMLDivElement;
  const [added, setAdded] = createSignal(0);
  createEffect(on(() => props.built, (built, previous) => {
    const keep = previous ? laterPagesInView(sheet) : 0;
    // The report's markup is built as text (reportMarkup.ts), every value escaped there, so that the page, the print
    // and the published file are one text; a test holds that text to no script, handler or outside reference.
    sheet.innerHTML = built.markup;
    setAdded(0);
    const ranking = sheet.querySelector('[data-testid="report-ranking"]');
    if (!ranking || built.later === 0) return;
    let next = 0;
    const add = (until: number) => {
      let text = '';
      for (const end = Math.min(until, built.later); next < end; next++) text += built.laterPage(next);
      if (text) ranking.insertAdjacentHTML('beforeend', text);
      setAdded(next);
    };
    const addAll = () => add(built.later);
    add(keep);
    window.addEventListener('beforeprint', addAll);
    let stopped = false;
    onCleanup(() => {
      stopped = true;
      window.removeEventListener('beforeprint', addAll);
    });
    void (async () => {
      for (;;) {
        // A frame between turns, not only a turn: what was added is laid out and painted before more comes.
        await afterPaint();
        // Printing may have added the rest meanwhile.
        if (stopped || next >= built.later) break;
        const deadline = performance.now() + ADD_MS;
        do add(next + 1); while (next < built.later && performance.now() < deadline);
      }
      window.removeEventListener('beforeprint', addAll);
    })();
  }));
  return (
    <>
      <Show when={added() < props.built.later}>
        <p class="notice notice-info report-tools" role="status" data-testid="report-building">
          {tm('report_buildingPages', { done: formatCount(RANKING_PAGES_AT_ONCE + added(), props.locale), total: formatCount(RANKING_PAGES_AT_ONCE + props.built.later, props.locale) })}
        </p>
      </Show>
      <div class="report-sheet" ref={sheet} />
    </>
  );
}

/** How many of the ranking's added pages (past the first RANKING_PAGES_AT_ONCE) start above the window's bottom edge. */
function laterPagesInView(sheet: HTMLElement): number {
  const parts = sheet.querySelectorAll('.ranking-part');
  let inView = 0;
  for (const part of parts) {
    if (part.getBoundingClientRect().top >= window.innerHeight) break;
    inView++;
  }
  return Math.max(0, inView - RANKING_PAGES_AT_ONCE);
}
