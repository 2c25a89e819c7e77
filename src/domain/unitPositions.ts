import type { UnitCode } from './ids';
import type { Unit } from './plan';

/**
 * Where each unit is in a plan's unit list, by code: built once per list and shared by every later list
 * that has the same codes at the same positions (an edit replaces one unit in a copy of the list), so
 * finding a unit costs O(1) on the edit path, whatever the plan's size. A memo of derived data keyed by
 * the (immutable) list itself: it never changes what a function returns, only how fast.
 */
const memo = new WeakMap<readonly Unit[], ReadonlyMap<UnitCode, number>>();

export function unitPositions(units: readonly Unit[]): ReadonlyMap<UnitCode, number> {
  let positions = memo.get(units);
  if (!positions) {
    const built = new Map<UnitCode, number>();
    for (let i = 0; i < units.length; i++) built.set(units[i]!.code, i);
    positions = built;
    memo.set(units, positions);
  }
  return positions;
}

/** The position of a unit in the list, or -1. */
export function unitIndex(units: readonly Unit[], code: UnitCode): number {
  return unitPositions(units).get(code) ?? -1;
}

/** The unit of that code in the list, if any. */
export function unitAt(units: readonly Unit[], code: UnitCode): Unit | undefined {
  const i = unitPositions(units).get(code);
  return i === undefined ? undefined : units[i];
}

/**
 * Declares that `next` has exactly the codes of `units` at the same positions (units were replaced in
 * place, none added, removed or moved), so it shares the lookup instead of building its own.
 */
export function keepPositions(units: readonly Unit[], next: readonly Unit[]): void {
  const positions = memo.get(units);
  if (positions && next.length === units.length) memo.set(next, positions);
}
