import type { Effect } from '../../domain/commands';
import { isQuotaError, PlanNotFound, RevisionConflict, type PlanBeingSaved } from '../../storage/store';
import { isLargeChange, LARGE_CHANGE } from '../planView';
import { afterPaint, yieldToBrowser } from '../slices';
import { combineWrites, rebaseWrites, type PendingWrite } from './pendingWrite';
import { createSaveStatus, type SaveStatus } from './saveStatus';
import type { SessionCore } from './sessionCore';

const MAX_MERGES = 5;
const NOTHING: Effect = { changed: [], removed: [], rulesChanged: false, unitsMoved: false };

/** What the writer of one open plan works on: the writes still to store, in order, and the writer's run. */
interface QueueState {
  core: SessionCore;
  status: SaveStatus;
  afterWrite: () => Promise<void>;
  pending: PendingWrite[];
  writer: Promise<void> | undefined;
}

/**
 * The writes of one open plan, in order, one transaction each, each checked against the revision it was built
 * on. When another tab wrote first, the write is refused by storage; the queue then reads the stored plan and
 * applies this tab's unsaved commands on top of it (commands are pure, so this is exact), and writes that. An
 * edit is lost only when it no longer applies (its unit was removed elsewhere) or storage itself fails
 * (quota): the user is told either way, and the screen shows what storage holds. `afterWrite` runs once the
 * queue is empty (to take what other tabs wrote meanwhile).
 */
export function createWriteQueue(core: SessionCore, afterWrite: () => Promise<void>) {
  const queue: QueueState = { core, status: createSaveStatus(), afterWrite, pending: [], writer: undefined };
  const { saveState, saveProblem, setSaveProblem, progress } = queue.status;
  return {
    enqueue(write: PendingWrite) {
      queue.pending.push(write);
      start(queue);
    },
    takeOver: (saving: PlanBeingSaved) => takeOver(queue, saving),
    storeNow: () => storeNow(queue),
    saveState, saveProblem, setSaveProblem, progress,
    /** Writes are queued (not yet stored). */
    pending: () => queue.pending.length > 0,
    /** Writes are queued or the writer is still at work. */
    busy: () => queue.pending.length > 0 || !!queue.writer,
    /** The writer's run, while there is one. */
    writing: () => queue.writer,
  };
}

export type WriteQueue = ReturnType<typeof createWriteQueue>;

function start(queue: QueueState) {
  // Saving as soon as anything is queued, even while the writer is finishing its last check: the badge
  // never says saved, and closing the tab never goes unasked, while an edit waits.
  queue.status.setSaveState('saving');
  if (queue.writer) return;
  queue.writer = writeAll(queue).finally(() => {
    queue.writer = undefined;
  });
}

/**
 * Writes the pending commands in order until none is left. The first write waits for the frame showing the
 * edit: storing clones a whole chunk of units, which the key press's own task need not pay. Meanwhile the
 * write is queued (saving, `flush` and `storeNow` see it), and nothing can overtake it.
 */
async function writeAll(queue: QueueState): Promise<void> {
  await afterPaint();
  for (;;) {
    if (!(await writePending(queue))) return;
    queue.status.setSaveState('saved');
    await queue.afterWrite();
    // A command typed while catching up is written by this same writer, never left waiting.
    if (queue.pending.length === 0) return;
    queue.status.setSaveState('saving');
  }
}

/** True when everything pending is written; false when storage refused (and the user was told). */
async function writePending(queue: QueueState): Promise<boolean> {
  const { core, status } = queue;
  let merges = 0;
  const workedOut = new WeakSet<PendingWrite>();
  while (queue.pending.length > 0) {
    const write = queue.pending[0]!;
    const large = write.effect.unitsMoved ? write.next.units.length > LARGE_CHANGE : isLargeChange(write.effect);
    if (large && !write.started && !workedOut.has(write)) {
      // A large command's changes (`PendingChanges`) are worked out in a task of their own, not in the one that
      // starts storing it; then the queue is looked at again (`storeNow` may have taken its writes meanwhile).
      workedOut.add(write);
      try {
        for (const entry of write.journal) void entry.changes;
      } catch (error) {
        await giveUp(queue, error);
        return false;
      }
      await yieldToBrowser();
      continue;
    }
    try {
      if (write.generation !== core.view.generation()) throw new RevisionConflict(-1, write.base);
      if (large) status.setProgress(0);
      write.started ??= core.repo.commit(write.next, write.effect, write.base, large ? status.setProgress : undefined, write.journal, write.undo);
      await write.started;
      queue.pending.shift();
    } catch (error) {
      if (error instanceof RevisionConflict && ++merges <= MAX_MERGES) {
        if (await mergeOntoStored(queue)) continue;
        return false;
      }
      await giveUp(queue, error);
      return false;
    } finally {
      if (large) status.setProgress(undefined);
    }
  }
  return true;
}

/** Storage refused (quota, a deleted plan, a failure): nothing of it was written (one transaction). */
async function giveUp(queue: QueueState, error: unknown) {
  const dropped = queue.pending.length;
  queue.pending = [];
  console.error('Saving the plan failed', error);
  queue.status.setSaveProblem({ problem: error instanceof PlanNotFound ? 'deleted' : isQuotaError(error) ? 'quota' : 'failed', dropped });
  queue.status.setSaveState('error');
  await queue.core.reload().catch((e) => console.error('Reloading the plan failed', e));
}

/**
 * Another tab wrote first: read what is stored and apply this tab's unsaved commands on top of it, then
 * write that as one command. Commands that no longer apply (their unit is gone) are dropped, and said so.
 */
async function mergeOntoStored(queue: QueueState): Promise<boolean> {
  const { core, status } = queue;
  const stored = await core.repo.loadPlan(core.id);
  if (!stored) {
    queue.pending = [];
    status.setSaveProblem({ problem: 'deleted', dropped: 0 });
    status.setSaveState('error');
    core.showMissing();
    return false;
  }
  // Read `pending` only now: it includes what was typed while the stored plan was being read.
  const { next, dropped, write } = rebaseWrites(stored, queue.pending);
  core.showStored(next);
  status.setSaveProblem({ problem: 'merged', dropped });
  // Built on the plan just shown, so of the generation it starts.
  queue.pending = write ? [{ ...write, generation: core.view.generation() }] : [];
  return true;
}

/**
 * The plan is being stored whole right now (a new plan from an import): its write is taken as the first
 * pending write, so the badge says saving, with the write's progress, until storage says it is stored;
 * edits typed meanwhile are written after it. If storage refuses it, the writer says so.
 */
function takeOver(queue: QueueState, saving: PlanBeingSaved) {
  const { setProgress } = queue.status;
  const stop = saving.watch(setProgress);
  const started = saving.done.finally(() => {
    stop();
    setProgress(undefined);
  });
  started.catch(() => undefined); // the writer reports a failure when it reaches this write
  queue.pending.unshift({ command: { type: 'batch', commands: [] }, next: saving.plan, effect: NOTHING, base: saving.plan.revision,
    generation: queue.core.view.generation(), started, journal: [], undo: [] });
  start(queue);
}

/**
 * Hands everything still queued to IndexedDB at once, as one transaction behind the one in flight. The first
 * write may be in flight (or still waiting for a frame); every write not yet started becomes one, started
 * now. IndexedDB runs read-write transactions over the same stores in the order they were created, so its
 * revision check still holds.
 */
function storeNow(queue: QueueState) {
  const { core, pending } = queue;
  const queued = pending.filter((w) => !w.started);
  if (queued.length === 0 || pending.some((w) => w.generation !== core.view.generation())) return;
  const write = combineWrites(queued);
  const started = core.repo.commit(write.next, write.effect, write.base, undefined, write.journal, write.undo);
  started.catch(() => undefined); // the writer reports a failure when it reaches this write
  queue.pending = [...pending.slice(0, pending.length - queued.length), { ...write, started }];
}
