import { createSignal } from 'solid-js';
import { applyCommand, type Command, type Effect } from '../../domain/commands';
import type { JournalEntry } from '../../domain/journal';
import type { Plan } from '../../domain/plan';
import { isQuotaError, PlanNotFound, RevisionConflict, type PlanBeingSaved, type UndoOp } from '../../storage/store';
import { isLargeChange, LARGE_CHANGE } from '../planView';
import { nowIso } from '../services';
import { afterPaint } from '../slices';
import type { SessionCore } from './sessionCore';

export type SaveState = 'saved' | 'saving' | 'error';
/** `merged`: another tab wrote first and this tab's edits were applied on top of its version (not an error). */
export type SaveProblem = 'merged' | 'quota' | 'deleted' | 'failed';

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

const PROGRESS_INTERVAL_MS = 200;
const MAX_MERGES = 5;
const NOTHING: Effect = { changed: [], removed: [], rulesChanged: false, unitsMoved: false };

/**
 * The writes of one open plan, in order, one transaction each, each checked against the revision it was built
 * on. When another tab wrote first, the write is refused by storage; the queue then reads the stored plan and
 * applies this tab's unsaved commands on top of it (commands are pure, so this is exact), and writes that. An
 * edit is lost only when it no longer applies (its unit was removed elsewhere) or storage itself fails
 * (quota): the user is told either way, and the screen shows what storage holds. `afterWrite` runs once the
 * queue is empty (to take what other tabs wrote meanwhile).
 */
export function createWriteQueue(core: SessionCore, afterWrite: () => Promise<void>) {
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [saveProblem, setSaveProblem] = createSignal<{ problem: SaveProblem; dropped: number }>();
  const [progress, setShownProgress] = createSignal<number>();
  // A write reports after every batch; the bar moves a few times a second, so that repainting it does not
  // slow the write down (each change is a frame to paint between batches).
  let progressShownAt = 0;
  const setProgress = (done: number | undefined) => {
    const now = performance.now();
    if (done !== undefined && done > 0 && done < 1 && now - progressShownAt < PROGRESS_INTERVAL_MS) return;
    progressShownAt = now;
    setShownProgress(done);
  };
  let pending: PendingWrite[] = [];
  let writer: Promise<void> | undefined;

  function enqueue(write: PendingWrite) {
    pending.push(write);
    start();
  }

  function start() {
    // Saving as soon as anything is queued, even while the writer is finishing its last check: the badge
    // never says saved, and closing the tab never goes unasked, while an edit waits.
    setSaveState('saving');
    if (writer) return;
    writer = writeAll().finally(() => {
      writer = undefined;
    });
  }

  /**
   * Writes the pending commands in order until none is left. The first write waits for the frame showing the
   * edit: storing clones a whole chunk of units, which the key press's own task need not pay. Meanwhile the
   * write is queued (saving, `flush` and `storeNow` see it), and nothing can overtake it.
   */
  async function writeAll(): Promise<void> {
    await afterPaint();
    for (;;) {
      if (!(await writePending())) return;
      setSaveState('saved');
      await afterWrite();
      // A command typed while catching up is written by this same writer, never left waiting.
      if (pending.length === 0) return;
      setSaveState('saving');
    }
  }

  /** True when everything pending is written; false when storage refused (and the user was told). */
  async function writePending(): Promise<boolean> {
    let merges = 0;
    while (pending.length > 0) {
      const write = pending[0]!;
      const large = write.effect.unitsMoved ? write.next.units.length > LARGE_CHANGE : isLargeChange(write.effect);
      try {
        if (write.generation !== core.view.generation()) throw new RevisionConflict(-1, write.base);
        if (large) setProgress(0);
        write.started ??= core.repo.commit(write.next, write.effect, write.base, large ? setProgress : undefined, write.journal, write.undo);
        await write.started;
        pending.shift();
      } catch (error) {
        if (error instanceof RevisionConflict && ++merges <= MAX_MERGES) {
          if (await mergeOntoStored()) continue;
          return false;
        }
        // Storage refused (quota, a deleted plan, a failure): nothing of it was written (one transaction).
        const dropped = pending.length;
        pending = [];
        console.error('Saving the plan failed', error);
        setSaveProblem({ problem: error instanceof PlanNotFound ? 'deleted' : isQuotaError(error) ? 'quota' : 'failed', dropped });
        setSaveState('error');
        await core.reload().catch((e) => console.error('Reloading the plan failed', e));
        return false;
      } finally {
        if (large) setProgress(undefined);
      }
    }
    return true;
  }

  /**
   * Another tab wrote first: read what is stored and apply this tab's unsaved commands on top of it, then
   * write that as one command. Commands that no longer apply (their unit is gone) are dropped, and said so.
   */
  async function mergeOntoStored(): Promise<boolean> {
    const stored = await core.repo.loadPlan(core.id);
    if (!stored) {
      pending = [];
      setSaveProblem({ problem: 'deleted', dropped: 0 });
      setSaveState('error');
      core.showMissing();
      return false;
    }
    // Read `pending` only now: it includes what was typed while the stored plan was being read.
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
    core.showStored(next);
    setSaveProblem({ problem: 'merged', dropped });
    pending = combined.ok && next !== stored
      ? [{ command: batch, next, effect: combined.effect, base: stored.revision, generation: core.view.generation(), journal, undo }] : [];
    return true;
  }

  /**
   * The plan is being stored whole right now (a new plan from an import): its write is taken as the first
   * pending write, so the badge says saving, with the write's progress, until storage says it is stored;
   * edits typed meanwhile are written after it. If storage refuses it, the writer says so.
   */
  function takeOver(saving: PlanBeingSaved) {
    const stop = saving.watch(setProgress);
    const started = saving.done.finally(() => {
      stop();
      setProgress(undefined);
    });
    started.catch(() => undefined); // the writer reports a failure when it reaches this write
    pending.unshift({ command: { type: 'batch', commands: [] }, next: saving.plan, effect: NOTHING, base: saving.plan.revision,
      generation: core.view.generation(), started, journal: [], undo: [] });
    start();
  }

  /**
   * Hands everything still queued to IndexedDB at once, as one transaction behind the one in flight. The first
   * write may be in flight (or still waiting for a frame); every write not yet started becomes one, started
   * now. IndexedDB runs read-write transactions over the same stores in the order they were created, so its
   * revision check still holds.
   */
  function storeNow() {
    const queued = pending.filter((w) => !w.started);
    if (queued.length === 0 || pending.some((w) => w.generation !== core.view.generation())) return;
    const first = queued[0]!;
    const last = queued[queued.length - 1]!;
    const present = new Set(last.next.units.map((u) => u.code));
    const effect: Effect = {
      changed: [...new Set(queued.flatMap((w) => w.effect.changed))].filter((c) => present.has(c)),
      removed: [...new Set(queued.flatMap((w) => w.effect.removed))],
      rulesChanged: queued.some((w) => w.effect.rulesChanged),
      unitsMoved: queued.some((w) => w.effect.unitsMoved || w.effect.removed.length > 0),
    };
    const journal = queued.flatMap((w) => w.journal);
    const undo = queued.flatMap((w) => w.undo);
    const started = core.repo.commit(last.next, effect, first.base, undefined, journal, undo);
    started.catch(() => undefined); // the writer reports a failure when it reaches this write
    pending = [...pending.slice(0, pending.length - queued.length),
      { command: { type: 'batch', commands: queued.map((w) => w.command) }, next: last.next, effect, base: first.base, generation: first.generation, started, journal, undo }];
  }

  return {
    enqueue, takeOver, storeNow, saveState, saveProblem, setSaveProblem, progress,
    /** Writes are queued (not yet stored). */
    pending: () => pending.length > 0,
    /** Writes are queued or the writer is still at work. */
    busy: () => pending.length > 0 || !!writer,
    /** The writer's run, while there is one. */
    writing: () => writer,
  };
}
