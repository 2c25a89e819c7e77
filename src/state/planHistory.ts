import { cellHistory, planHistory, type HistoryItem, type ValueField } from '../domain/cellHistory';
import type { PlanId, UnitCode } from '../domain/ids';
import { JOURNAL_LIMIT, TAB_ID, type PlanStore } from '../storage/store';

export { JOURNAL_LIMIT };

/** Which history is shown: one cell's (a unit's field) or the whole plan's. */
export type HistoryTarget = { code: UnitCode; field: ValueField } | 'all';

/**
 * The history of a cell or of a whole plan, read from the plan's change journal (its latest `JOURNAL_LIMIT`
 * entries), newest first; `otherTab` marks what another tab or window wrote.
 */
export async function readHistory(repo: PlanStore, id: PlanId, target: HistoryTarget): Promise<(HistoryItem & { otherTab: boolean })[]> {
  const entries = await repo.journal(id);
  const items = target === 'all' ? planHistory(entries) : cellHistory(entries, target.code, target.field);
  return items.map((i) => ({ ...i, otherTab: i.tab !== TAB_ID }));
}
