import { changesOf, INFO_FIELDS, unitChanged, type Change } from './changes';
import type { Effect } from './commandTypes';
import { indicatorsEqual } from './indicators';
import type { Plan } from './plan';
import { unitPositions } from './unitPositions';

/**
 * A command's changes (`changesOf`), worked out when first asked for; whether there are any is known at once.
 * Working out the changes of an import, a fill or a paste over 10,598 units takes some 20 ms and as many objects,
 * which the click or key press applying it need not pay: its undo step and its journal entry ask for them later
 * (the writer, after the frame that shows the change). Whether there are any is answered by the first unit that
 * changed. A command that moved or removed units is worked out at once: those are few, and need the whole list.
 */
export interface PendingChanges {
  readonly any: boolean;
  list(): Change[];
}

export function pendingChanges(before: Plan, after: Plan, effect: Effect): PendingChanges {
  let list = effect.unitsMoved || effect.removed.length > 0 ? changesOf(before, after, effect) : undefined;
  const any = list ? list.length > 0 : anyChangeOf(before, after, effect);
  // The plans are let go once the changes are worked out: an undo step keeps its changes, not two whole plans.
  let plans: [Plan, Plan, Effect] | undefined = list ? undefined : [before, after, effect];
  return {
    any,
    list() {
      if (!list) {
        list = changesOf(...plans!);
        plans = undefined;
      }
      return list;
    },
  };
}

/** Whether `changesOf` finds any change, stopping at the first; for a command that moved and removed no unit. */
function anyChangeOf(before: Plan, after: Plan, effect: Effect): boolean {
  if (before.indicators !== after.indicators && !indicatorsEqual(before.indicators, after.indicators)) return true;
  if (before.status !== after.status || INFO_FIELDS.some((field) => before[field] !== after[field])) return true;
  const was = unitPositions(before.units);
  const is = unitPositions(after.units);
  return effect.changed.some((code) => {
    const a = was.get(code);
    const b = is.get(code);
    return unitChanged(a === undefined ? null : before.units[a]!, b === undefined ? null : after.units[b]!);
  });
}
