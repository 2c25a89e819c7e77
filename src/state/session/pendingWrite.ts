import { applyCommand, type Command, type Effect } from '../../domain/commands';
import type { JournalEntry } from '../../domain/journal';
import type { Plan } from '../../domain/plan';
import type { UndoOp } from '../../storage/store';
import { nowIso } from '../services';

/** A command accepted on screen, waiting to be written: the plan it produced and the revision it was built on. */
export interface PendingWrite {
  command: Command;
  next: Plan;
  effect: Effect;
  base: number;
  /** The generation of plans shown it was built on (see `createPlanView`); a plan replaced from storage makes its writes stale. */
  generation: number;
  /** Already handed to IndexedDB (by the writer or `storeNow`), to be awaited rather than written again. */
  started?: Promise<void>;
  /** The journal entries the write appends, in the same transaction. */
  journal: JournalEntry[];
  /** What the write does to the plan's stored undo history, in the same transaction. */
  undo: UndoOp[];
}

/** What is left of the pending writes once applied on top of a plan another tab stored first. */
export interface Rebased {
  /** The stored plan with the commands that still apply. */
  next: Plan;
  /** How many commands no longer apply (their unit is gone). */
  dropped: number;
  /** The one write of the kept commands, if they change anything; its generation is the one shown with `next`. */
  write?: Omit<PendingWrite, 'generation'>;
}

/**
 * Applies the pending commands on top of the stored plan, as one batch (commands are pure, so this is exact).
 * Commands that no longer apply are dropped.
 */
export function rebaseWrites(stored: Plan, pending: readonly PendingWrite[]): Rebased {
  const kept: Command[] = [];
  // The journal keeps each kept command's entry as it was made here (its changes against this tab's plan).
  const journal: JournalEntry[] = [];
  const undo: UndoOp[] = [];
  let probe = stored;
  for (const write of pending) {
    const r = applyCommand(probe, write.command, nowIso());
    if (r.ok) {
      probe = r.plan;
      kept.push(write.command);
      journal.push(...write.journal);
      undo.push(...write.undo);
    }
  }
  const batch: Command = { type: 'batch', commands: kept };
  const combined = applyCommand(stored, batch, nowIso());
  const next = combined.ok ? combined.plan : stored;
  const dropped = pending.length - kept.length;
  const write = combined.ok && next !== stored
    ? { command: batch, next, effect: combined.effect, base: stored.revision, journal, undo } : undefined;
  return { next, dropped, write };
}

/**
 * Writes not yet started, as one (not started either): the last one's plan, built on the first one's revision,
 * with every unit any of them changed that is still there.
 */
export function combineWrites(queued: readonly PendingWrite[]): PendingWrite {
  const first = queued[0]!;
  const last = queued[queued.length - 1]!;
  const present = new Set(last.next.units.map((u) => u.code));
  const effect: Effect = {
    changed: [...new Set(queued.flatMap((w) => w.effect.changed))].filter((c) => present.has(c)),
    removed: [...new Set(queued.flatMap((w) => w.effect.removed))],
    rulesChanged: queued.some((w) => w.effect.rulesChanged),
    unitsMoved: queued.some((w) => w.effect.unitsMoved || w.effect.removed.length > 0),
  };
  return {
    command: { type: 'batch', commands: queued.map((w) => w.command) }, next: last.next, effect, base: first.base,
    generation: first.generation, journal: queued.flatMap((w) => w.journal), undo: queued.flatMap((w) => w.undo),
  };
}
