import type { IndicatorId } from './ids';
import type { Unit } from './plan';

/** A unit's locks as a patch gives them: `true` locks a target cell, `null` unlocks it, a key left out stays. */
export type LockPatch = Partial<Record<IndicatorId, true | null>>;

/**
 * The unit with its locks set to `locks`. The key is left out when no cell is locked (never `locked: {}`),
 * so that a unit locked and unlocked again is the unit it was, field for field, in storage and in files.
 */
function withLocks(unit: Unit, locks: Partial<Record<IndicatorId, true>>): Unit {
  const { locked: _old, ...rest } = unit;
  return Object.keys(locks).length > 0 ? { ...rest, locked: locks } : rest;
}

/** The unit with the locks of `patch` applied; the same object when they change nothing. */
export function patchLocks(unit: Unit, patch: LockPatch): Unit {
  const locks: Partial<Record<IndicatorId, true>> = { ...unit.locked };
  let changed = false;
  for (const [id, value] of Object.entries(patch) as [IndicatorId, true | null | undefined][]) {
    if (value === undefined || (value === true) === (locks[id] === true)) continue;
    if (value === true) locks[id] = true;
    else delete locks[id];
    changed = true;
  }
  return changed ? withLocks(unit, locks) : unit;
}

/** The unit with these target cells locked (or unlocked); the same object when that changes nothing. */
export function setUnitLocks(unit: Unit, ids: readonly IndicatorId[], locked: boolean): Unit {
  const patch: LockPatch = {};
  for (const id of ids) patch[id] = locked ? true : null;
  return patchLocks(unit, patch);
}

/** The unit without a lock on this indicator (it is being removed from the plan). */
export const dropLock = (unit: Unit, id: IndicatorId): Unit => patchLocks(unit, { [id]: null });

/** The indicators whose target cell is locked in this unit. */
export const lockedIds = (unit: Unit): IndicatorId[] => (unit.locked ? (Object.keys(unit.locked) as IndicatorId[]) : []);
