import { batch, createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Issue } from '../../domain/rules';
import type { PlanSession } from '../../state/planSession';
import { afterPaint } from '../../state/slices';

/** Issues beyond which (or units beyond `LARGE_PLAN`) the list waits for a burst of edits to settle. */
const MANY_ISSUES = 2000;
const LARGE_PLAN = 20_000;
const SETTLE_MS = 150;

export interface IssueFeed {
  /** The full, sorted list, as last rebuilt. */
  issues: Accessor<Issue[]>;
  /** Whether there is anything to list: what opens the panel beside the grid, or closes it. */
  any: Accessor<boolean>;
}

/**
 * The full, sorted issue list, for reading rather than for the edit path: rebuilt (O(units)) after the
 * frame that shows an edit, never before it; for large plans once a burst of edits settles. Not rebuilt
 * while the list is closed. Must be called inside a Solid owner.
 * Whether there is anything to list follows the same rhythm once the plan is on screen: the panel opening
 * (the first issue typed) or closing (the last one mended) narrows or widens the grid, which lays out and
 * paints every cell in view again (some 20–40 ms), so that is done in a frame of its own after the one that
 * shows the edit, together with the list it shows. Until then it follows the counts as they are, so that a
 * plan opens with its panel in place (never a grid drawn wide and narrowed a frame later).
 */
export function createIssueFeed(session: PlanSession, shown: Accessor<boolean>,
  counts: Accessor<{ error: number; warning: number }>): IssueFeed {
  const [issues, setIssues] = createSignal<Issue[]>([]);
  // Undefined until the first frame with the plan has been drawn.
  const [settled, setSettled] = createSignal<boolean>();
  const total = () => counts().error + counts().warning;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Only the latest request rebuilds: an edit typed meanwhile makes the earlier one moot.
  let round = 0;
  createEffect(() => {
    session.validationVersion();
    const listed = shown();
    const plan = session.plan();
    if (!plan) return;
    clearTimeout(timer);
    const mine = ++round;
    const rebuild = () => {
      if (mine !== round) return;
      batch(() => {
        if (listed) setIssues(session.validation.allIssues(session.plan()?.units ?? []));
        setSettled(total() > 0);
      });
    };
    const large = total() > MANY_ISSUES || plan.units.length > LARGE_PLAN;
    if (large) timer = setTimeout(rebuild, SETTLE_MS);
    else void afterPaint().then(rebuild);
  });
  onCleanup(() => {
    clearTimeout(timer);
    round++;
  });
  return { issues, any: () => settled() ?? total() > 0 };
}
