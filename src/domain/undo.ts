import type { Command, Effect } from './commands';
import type { Plan } from './plan';
import { unitPositions } from './unitPositions';

/**
 * The command that takes `after` back to `before`, built from what the command touched:
 * the touched units as they were (at their positions), units it added removed again,
 * and the assignment, status and details as they were when those changed.
 * Applying it yields a plan equal to `before` in content (its revision moves on).
 */
export function makeInverse(before: Plan, after: Plan, effect: Effect): Command {
  const commands: Command[] = [];
  const oldIndex = unitPositions(before.units);
  // `changed` and `removed` are disjoint and free of duplicates (see Effect).
  const touched = effect.removed.length === 0 ? effect.changed : [...effect.changed, ...effect.removed];
  // Re-inserting in ascending old position puts every unit back where it was.
  const restored = touched.filter((c) => oldIndex.has(c));
  if (!ascending(restored, oldIndex)) restored.sort((a, b) => (oldIndex.get(a) ?? 0) - (oldIndex.get(b) ?? 0));
  const added = touched.filter((code) => !oldIndex.has(code));
  if (added.length > 0) commands.push({ type: 'removeUnits', unitCodes: added });
  if (restored.length > 0) {
    commands.push({ type: 'putUnits', entries: restored.map((code) => {
      const index = oldIndex.get(code) ?? 0;
      return { unit: before.units[index]!, index };
    }) });
  }
  if (before.indicators !== after.indicators) commands.push({ type: 'setIndicators', indicators: before.indicators });
  if (before.name !== after.name || before.period !== after.period || before.allocatingUnit !== after.allocatingUnit || before.notes !== after.notes) {
    commands.push({ type: 'setPlanInfo', info: { name: before.name, period: before.period, allocatingUnit: before.allocatingUnit, notes: before.notes } });
  }
  if (before.status !== after.status) commands.push({ type: 'setStatus', status: before.status });
  return commands.length === 1 ? commands[0]! : { type: 'batch', commands };
}

function ascending(codes: readonly string[], index: ReadonlyMap<string, number>): boolean {
  for (let i = 1; i < codes.length; i++) if ((index.get(codes[i - 1]!) ?? 0) > (index.get(codes[i]!) ?? 0)) return false;
  return true;
}
