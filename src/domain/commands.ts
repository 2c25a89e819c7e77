import { onlyLocksChanged } from './changes';
import { runStep } from './commandHandlers';
import type { ApplyResult, Command, Effect } from './commandTypes';
import type { UnitCode } from './ids';
import type { Plan } from './plan';
import { unitPositions } from './unitPositions';

export type { ApplyResult, Command, CommandRefusal, Effect } from './commandTypes';

/**
 * Applies a command to a plan, purely. Any change to the data of a plan marked ready returns it to draft:
 * what was checked is no longer what is there. Locks are the exception: a lock changes no number and no
 * rule (it only keeps proposals and fills off a cell), so what was checked is still what is there, and a
 * plan locked or unlocked (or a lock undone) while ready stays ready.
 */
export function applyCommand(plan: Plan, command: Command, now: string): ApplyResult {
  const raw: Effect = { changed: [], removed: [], rulesChanged: false, unitsMoved: false };
  const result = runStep(plan, command, raw);
  if (!result.ok) return result;
  let next = result.plan;
  if (next === plan) return { ok: true, plan, effect: raw };
  const effect = settle(plan, next, raw);
  // A command that changes the status itself (marking ready, or an undo restoring a ready plan) decides it; a
  // status set to what it already was decides nothing, so the data it comes with returns the plan to draft.
  const setsStatus = next.status !== plan.status
    && (command.type === 'setStatus' || (command.type === 'batch' && command.commands.some((c) => c.type === 'setStatus')));
  if (!setsStatus && next.status === 'ready' && !onlyLocks(plan, next, effect)) {
    next = { ...next, status: 'draft' };
    effect.rulesChanged = true;
  }
  return { ok: true, plan: { ...next, revision: plan.revision + 1, updatedAt: now }, effect };
}

/**
 * What a command touched, stated once and for all from the plans before and after: a batch may add, change
 * and remove the same unit, and every consumer (validation, grid, storage) needs the net result.
 * `unitsMoved` says whether any unit's position changed: a unit came or went, or one was taken out and put
 * back elsewhere (which shifts every unit in between). When it is false, every unit is where it was, which
 * storage (chunks by position) and other tabs (units fetched by position) rely on.
 */
function settle(before: Plan, after: Plan, raw: Effect): Effect {
  const touched = raw.removed.length === 0 && !hasDuplicates(raw.changed) ? raw.changed : [...new Set([...raw.changed, ...raw.removed])];
  const was = unitPositions(before.units);
  const is = unitPositions(after.units);
  const changed: UnitCode[] = [];
  const removed: UnitCode[] = [];
  let unitsMoved = false;
  for (const code of touched) {
    const a = was.get(code);
    const b = is.get(code);
    if (b !== undefined && (a === undefined || after.units[b] !== before.units[a])) changed.push(code);
    if (a !== undefined && b === undefined) removed.push(code);
    if (a !== b) unitsMoved = true;
  }
  return { changed, removed, rulesChanged: raw.rulesChanged, unitsMoved };
}

/** Whether the command changed nothing but locks: no unit came, went or moved, and no other field changed. O(units changed). */
function onlyLocks(before: Plan, after: Plan, effect: Effect): boolean {
  if (effect.rulesChanged || effect.unitsMoved || effect.removed.length > 0 || before.indicators !== after.indicators) return false;
  if ((['name', 'period', 'allocatingUnit', 'notes'] as const).some((k) => before[k] !== after[k])) return false;
  const was = unitPositions(before.units);
  const is = unitPositions(after.units);
  return effect.changed.every((code) => {
    const a = before.units[was.get(code)!];
    const b = after.units[is.get(code)!];
    return !!a && !!b && onlyLocksChanged(a, b);
  });
}

function hasDuplicates(codes: readonly UnitCode[]): boolean {
  if (codes.length < 2) return false;
  if (codes.length === 2) return codes[0] === codes[1];
  return new Set(codes).size !== codes.length;
}

