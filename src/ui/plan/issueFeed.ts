import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Issue } from '../../domain/rules';
import type { PlanSession } from '../../state/planSession';
import { afterPaint } from '../../state/slices';

/** Issues beyond which (or units beyond `LARGE_PLAN`) the list waits for a burst of edits to settle. */
const MANY_ISSUES = 2000;
const LARGE_PLAN = 20_000;
const SETTLE_MS = 150;

/**
 * The full, sorted issue list, for reading rather than for the edit path: rebuilt (O(units)) after the
 * frame that shows an edit, never before it; for large plans once a burst of edits settles. Not rebuilt
 * while the list is closed. Must be called inside a Solid owner.
 */
export function createIssueFeed(session: PlanSession, shown: Accessor<boolean>,
  counts: Accessor<{ error: number; warning: number }>): Accessor<Issue[]> {
  const [issues, setIssues] = createSignal<Issue[]>([]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Only the latest request rebuilds: an edit typed meanwhile makes the earlier one moot.
  let round = 0;
  createEffect(() => {
    session.validationVersion();
    if (!shown()) return;
    clearTimeout(timer);
    const mine = ++round;
    const rebuild = () => {
      if (mine === round) setIssues(session.validation.allIssues(session.plan()?.units ?? []));
    };
    const large = counts().error + counts().warning > MANY_ISSUES || (session.plan()?.units.length ?? 0) > LARGE_PLAN;
    if (large) timer = setTimeout(rebuild, SETTLE_MS);
    else void afterPaint().then(rebuild);
  });
  onCleanup(() => {
    clearTimeout(timer);
    round++;
  });
  return issues;
}
