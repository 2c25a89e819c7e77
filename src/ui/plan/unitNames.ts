import { createSignal, onCleanup } from 'solid-js';
import type { UnitCode } from '../../domain/ids';
import type { Unit } from '../../domain/plan';
import type { PlanSession } from '../../state/planSession';

/**
 * Units' names by code, kept up to date from the units each change touched: an edit costs the same with 159 or
 * 100,000 units, and what shows a name is refreshed only when a name changed. Must be called inside a Solid owner.
 */
export function createUnitNames(session: PlanSession): (code: UnitCode) => string {
  const names = new Map<UnitCode, string>();
  const [version, setVersion] = createSignal(0);
  const remember = (units: readonly Unit[]) => {
    let renamed = false;
    for (const u of units) {
      if (names.get(u.code) === u.name) continue;
      names.set(u.code, u.name);
      renamed = true;
    }
    return renamed;
  };
  remember(session.plan()?.units ?? []);
  onCleanup(session.subscribe((change) => {
    let renamed = true;
    if (change.kind === 'reset') {
      names.clear();
      remember(session.plan()?.units ?? []);
    } else {
      renamed = remember(change.changed);
      for (const code of change.removed) renamed = names.delete(code) || renamed;
    }
    if (renamed) setVersion((v) => v + 1);
  }));
  const unitName = (code: UnitCode) => {
    version();
    return names.get(code) ?? code;
  };
  return unitName;
}
