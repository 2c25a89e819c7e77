import type { IndicatorId, UnitCode } from './ids';
import type { Unit } from './plan';
import { patchLocks, type LockPatch } from './locks';
import { patchResults, type ResultPatch } from './monitoring/results';
import type { Rate } from './rate';

/**
 * Some fields of one unit, named by its code: what a file row says, or what an undo sets back. A field left
 * out stays as it is; a rate of `null` is cleared. Applied to the unit as it is when the patch is applied, so
 * that a change made meanwhile to another field (in another tab) is kept.
 */
export interface UnitPatch {
  code: UnitCode;
  name?: string;
  type?: string;
  volume?: number | null;
  baseline: Partial<Record<IndicatorId, Rate | null>>;
  target: Partial<Record<IndicatorId, Rate | null>>;
  /** Target cells locked (`true`) or unlocked (`null`); absent: the locks stay as they are. */
  locked?: LockPatch;
  /** Monthly results set (a number) or cleared (`null`) by key; absent: they stay as they are. */
  results?: ResultPatch;
}

const patchRates = (rates: Unit['target'], patch: UnitPatch['target']): Unit['target'] => {
  // The same object when the patch names none of these rates: comparing units then skips them at once.
  let named = false;
  for (const _ in patch) { named = true; break; }
  if (!named) return rates;
  const out: Partial<Record<IndicatorId, Rate>> = { ...rates };
  for (const [id, value] of Object.entries(patch) as [IndicatorId, Rate | null | undefined][]) {
    if (value === null) delete out[id];
    else if (value !== undefined) out[id] = value;
  }
  return out;
};

export function applyPatch(unit: Unit, patch: UnitPatch): Unit {
  const locked = patch.locked ? patchLocks(unit, patch.locked) : unit;
  const base = patch.results ? patchResults(locked, patch.results) : locked;
  return {
    ...base,
    name: patch.name ?? unit.name,
    type: patch.type ?? unit.type,
    volume: patch.volume === undefined ? unit.volume : patch.volume,
    baseline: patchRates(unit.baseline, patch.baseline),
    target: patchRates(unit.target, patch.target),
  };
}
