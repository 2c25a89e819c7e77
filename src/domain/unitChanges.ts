import type { IndicatorId } from './ids';
import type { Unit } from './plan';
import type { Rate } from './rate';

/** One field of a unit that differs: what a preview shows as "old → new" before anything is written. */
export type UnitChange =
  | { field: 'name' | 'type'; before: string; after: string }
  | { field: 'volume'; before: number | null; after: number | null }
  | { field: 'baseline' | 'target'; indicatorId: IndicatorId; before: Rate | null; after: Rate | null };

/** Every field that differs between two states of a unit, in the order of the grid's columns. */
export function unitChanges(before: Unit, after: Unit, indicatorOrder: readonly IndicatorId[]): UnitChange[] {
  const changes: UnitChange[] = [];
  if (before.name !== after.name) changes.push({ field: 'name', before: before.name, after: after.name });
  if (before.type !== after.type) changes.push({ field: 'type', before: before.type, after: after.type });
  if (before.volume !== after.volume) changes.push({ field: 'volume', before: before.volume, after: after.volume });
  const ids = [...new Set([...indicatorOrder, ...(Object.keys(before.target) as IndicatorId[]), ...(Object.keys(after.target) as IndicatorId[]),
    ...(Object.keys(before.baseline) as IndicatorId[]), ...(Object.keys(after.baseline) as IndicatorId[])])];
  for (const id of ids) {
    for (const field of ['baseline', 'target'] as const) {
      const a = before[field][id] ?? null;
      const b = after[field][id] ?? null;
      if (a !== b) changes.push({ field, indicatorId: id, before: a, after: b });
    }
  }
  return changes;
}
