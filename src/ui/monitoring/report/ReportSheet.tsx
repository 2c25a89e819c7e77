import { createSignal, onCleanup, onMount, Show } from 'solid-js';
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
 * added at the end of the ranking, a few per turn, the page responsive meanwhile, with a line saying how far it
 * is. Printing (the button or the browser's own command) first adds whatever is left, so paper always has it all.
 */
export function ReportSheet(props: { built: ReportMarkupInParts; locale: Locale }) {
  let sheet!: HTMLDivElement;
  const [added, setAdded] = createSignal(0);
  onMount(() => {
    const built = props.built;
    const ranking = sheet.querySelector('[data-testid="report-ranking"]');
    if (!ranking || built.later === 0) return;
    let next = 0;
    const add = (until: number) => {
      let text = '';
      for (; next < until; next++) text += built.laterPage(next);
      ranking.insertAdjacentHTML('beforeend', text);
      setAdded(next);
    };
    const addAll = () => add(built.later);
    window.addEventListener('beforeprint', addAll);
    let stopped = false;
    onCleanup(() => {
      stopped = true;
      window.removeEventListener('beforeprint', addAll);
    });
    void (async () => {
      while (next < built.later) {
        // A frame between turns, not only a turn: what was added is laid out and painted before more comes.
        await afterPaint();
        if (stopped) return;
        const deadline = performance.now() + ADD_MS;
        do add(next + 1); while (next < built.later && performance.now() < deadline);
      }
      window.removeEventListener('beforeprint', addAll);
    })();
  });
  return (
    <>
      <Show when={added() < props.built.later}>
        <p class="notice notice-info report-tools" role="status" data-testid="report-building">
          {tm('report_buildingPages', { done: formatCount(RANKING_PAGES_AT_ONCE + added(), props.locale), total: formatCount(RANKING_PAGES_AT_ONCE + props.built.later, props.locale) })}
        </p>
      </Show>
      {/* The report's markup is built as text (reportMarkup.ts), every value escaped there, so that the page, the
          print and the published file are one text; a test holds that text to no script, handler or outside reference. */}
      {/* eslint-disable-next-line solid/no-innerhtml -- escaped markup of our own, see above */}
      <div class="report-sheet" ref={sheet} innerHTML={props.built.markup} />
    </>
  );
}
