import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { applyCommand, type Command, type CommandRefusal, type Effect } from '../domain/commands';
import type { PlanId, UnitCode } from '../domain/ids';
import { indicatorsEqual } from '../domain/indicators';
import type { Plan, Unit } from '../domain/plan';
import { readinessErrors } from '../domain/planFactory';
import type { Issue } from '../domain/rules';
import { changesOf, reverseChanges, type Change, type Conflict } from '../domain/changes';
import { unitPositions } from '../domain/unitPositions';
import type { ValidationIndex } from '../domain/validationIndex';
import { isQuotaError, PlanNotFound, planFromRecord, RevisionConflict, TAB_ID, type PlanBeingSaved, type PlanStore, type StoredPlanHead } from '../storage/store';
import { commandSize, JOURNAL_COMMAND_UNITS, journalChanges, type ChangeSource, type JournalEntry } from '../domain/journal';
import { createPlanView, isLargeChange, LARGE_CHANGE, type PlanChange } from './planView';
import { nowIso } from './services';
import { afterPaint } from './slices';
import { createUndoHistory } from './undoHistory';

export { LARGE_CHANGE, type PlanChange };

export type SaveState = 'saved' | 'saving' | 'error';
/** `merged`: another tab wrote first and this tab's edits were applied on top of its version (not an error). */
export type SaveProblem = 'merged' | 'quota' | 'deleted' | 'failed';

export type DispatchResult = { ok: true } | { ok: false; reason: CommandRefusal | 'notLoaded' };
/** An undo or redo: done, nothing to do, or refused because what it would take back was changed since elsewhere. */
export type UndoResult = { ok: true } | { ok: false; reason: 'changedSince'; conflicts: Conflict[] } | { ok: false; reason: 'nothing' | CommandRefusal | 'notLoaded' };

export interface PlanSession {
  /** The plan on screen. After a large command it may be a moment behind the commands accepted (see `dispatch`). */
  plan: Accessor<Plan | undefined>;
  loadState: Accessor<'loading' | 'ready' | 'missing'>;
  /** The validation of the current plan; read it inside a tracking scope through `validationVersion`. */
  validation: ValidationIndex;
  validationVersion: Accessor<number>;
  saveState: Accessor<SaveState>;
  saveProblem: Accessor<{ problem: SaveProblem; dropped: number } | undefined>;
  /** Set when an edit returned a ready plan to draft, so the view can say so. */
  returnedToDraft: Accessor<boolean>;
  /**
   * Applies a command (purely, at once), queues its write, and shows it. A command touching more than
   * `LARGE_CHANGE` units (an import, its undo) is shown in slices: the validation of its units is brought
   * up to date on the side, then the plan, validation and views change together; commands dispatched
   * meanwhile apply on top of it and are shown after it.
   */
  dispatch(command: Command, source?: ChangeSource): DispatchResult;
  /**
   * Takes back this tab's last command, field by field (itself a command, saved like any other). Refused,
   * and forgotten, when a field it would set back was changed since elsewhere: never applied silently.
   */
  undo(): UndoResult;
  redo(): UndoResult;
  canUndo: Accessor<boolean>;
  canRedo: Accessor<boolean>;
  /** Marks the plan ready to send, or returns the errors that forbid it. */
  markReady(): Issue[];
  subscribe(listener: (change: PlanChange) => void): () => void;
  /** Resolves when every accepted command is in IndexedDB (or was refused by storage) and on screen. */
  flush(): Promise<void>;
  /**
   * Hands everything still queued to IndexedDB at once, as one transaction behind the one in flight — for
   * when the page is being hidden or closed and may not get another turn.
   */
  storeNow(): void;
  /** 0…1 while a large change (an import, its undo) is being stored; undefined otherwise. */
  progress: Accessor<number | undefined>;
}

const PROGRESS_INTERVAL_MS = 200;

/** A command accepted on screen, waiting to be written: the plan it produced and the revision it was built on. */
interface PendingWrite {
  command: Command;
  next: Plan;
  effect: Effect;
  base: number;
  /** The line of plans shown it was built on (see `createPlanView`); a line replaced from storage makes its writes stale. */
  line: number;
  /** Already handed to IndexedDB (by the writer or `storeNow`), to be awaited rather than written again. */
  started?: Promise<void>;
  /** The journal entries the write appends, in the same transaction. */
  journal: JournalEntry[];
}

const MAX_MERGES = 5;

/**
 * One open plan. `dispatch` is the only way to change it: the command is applied purely, the validation
 * moves by what changed, views are told, and the write (one transaction, checked against the stored
 * revision) is queued behind the previous one, so every edit is stored before the next.
 *
 * When another tab wrote first, the write is refused by storage; this tab then reads the stored plan and
 * applies its own unsaved commands on top of it (commands are pure, so this is exact), and writes that.
 * An edit is lost only when it no longer applies (its unit was removed elsewhere) or storage itself fails
 * (quota): the user is told either way, and the screen shows what storage holds.
 * Writes from other tabs arrive through a live query on the plan record and are merged by unit.
 * Must be created inside a Solid owner (it cleans up its subscriptions with it).
 */
export function createPlanSession(repo: PlanStore, id: PlanId): PlanSession {
  const [loadState, setLoadState] = createSignal<'loading' | 'ready' | 'missing'>('loading');
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [saveProblem, setSaveProblem] = createSignal<{ problem: SaveProblem; dropped: number }>();
  const [returnedToDraft, setReturnedToDraft] = createSignal(false);
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
  // The plan commands apply to: what the view shows, or ahead of it while a large change is being shown.
  let model: Plan | undefined;
  const view = createPlanView(() => void catchUp().catch((e) => console.error('Following the plan failed', e)));
  // Kept when another tab writes: each step is taken back field by field, and refused where a field was
  // changed since, so an undo here never silently discards someone else's newer edit.
  const history = createUndoHistory();

  let pending: PendingWrite[] = [];
  let writer: Promise<void> | undefined;

  /** The plan as storage holds it replaces what is on screen; writes built on the old line become stale. */
  function showStored(stored: Plan) {
    model = stored;
    view.replace(stored);
    setLoadState('ready');
  }

  function showMissing() {
    model = undefined;
    setLoadState('missing');
    view.replace(undefined);
  }

  async function reload(): Promise<void> {
    const stored = await repo.loadPlan(id);
    if (stored) showStored(stored);
    else showMissing();
  }

  /**
   * The plan is being stored whole right now (a new plan from an import): shown at once, its write taken as
   * this session's first pending write, so the badge says saving, with the write's progress, until storage
   * says it is stored; edits typed meanwhile are written after it. If storage refuses it, nothing of it was
   * written, and the session says so and shows that there is no such plan.
   */
  function showBeingSaved(saving: PlanBeingSaved) {
    showStored(saving.plan);
    const stop = saving.watch(setProgress);
    const started = saving.done.finally(() => {
      stop();
      setProgress(undefined);
    });
    started.catch(() => undefined); // the writer reports a failure when it reaches this write
    const nothing: Effect = { changed: [], removed: [], rulesChanged: false, unitsMoved: false };
    pending.unshift({ command: { type: 'batch', commands: [] }, next: saving.plan, effect: nothing, base: saving.plan.revision, line: view.line(), started, journal: [] });
    startWriter();
  }

  function dispatch(command: Command, origin: 'edit' | 'undo' | 'redo' = 'edit', source: ChangeSource = { kind: origin === 'edit' ? 'typed' : origin }): DispatchResult {
    const before = model;
    if (!before || loadState() !== 'ready') return { ok: false, reason: 'notLoaded' };
    const result = applyCommand(before, command, nowIso());
    if (!result.ok) return result;
    const { plan: next, effect } = result;
    if (next === before) return { ok: true };
    setReturnedToDraft(before.status === 'ready' && next.status === 'draft' && command.type !== 'setStatus');
    model = next;
    view.show(before, next, effect);
    const changes = changesOf(before, next, effect);
    history.record(changes, origin);
    const entry: JournalEntry = { planId: id, revision: next.revision, at: next.updatedAt, tab: TAB_ID, source,
      command: commandSize(command) <= JOURNAL_COMMAND_UNITS ? command : null, changes: journalChanges(changes) };
    pending.push({ command, next, effect, base: before.revision, line: view.line(), journal: [entry] });
    startWriter();
    return { ok: true };
  }

  /** Takes a step of the history back on the plan as it is now (see `UndoResult`). */
  function takeBack(step: Change[] | undefined, origin: 'undo' | 'redo'): UndoResult {
    const current = model;
    if (!step) return { ok: false, reason: 'nothing' };
    if (!current || loadState() !== 'ready') return { ok: false, reason: 'notLoaded' };
    const reversal = reverseChanges(step, current);
    if (!reversal.ok) return { ok: false, reason: 'changedSince', conflicts: reversal.conflicts };
    const result = dispatch(reversal.command, origin);
    if (result.ok) setSaveProblem(undefined);
    return result;
  }

  function startWriter() {
    // Saving as soon as anything is queued, even while the writer is finishing its last check: the badge
    // never says saved, and closing the tab never goes unasked, while an edit waits.
    setSaveState('saving');
    if (writer) return;
    writer = writeAll().finally(() => {
      writer = undefined;
    });
  }

  /**
   * Writes the pending commands in order, one transaction each, until none is left. The first write waits
   * for the frame showing the edit: storing clones a whole chunk of units, which the key press's own task
   * need not pay. Meanwhile the write is queued (saving, `flush` and `storeNow` see it), and nothing can
   * overtake it.
   */
  async function writeAll(): Promise<void> {
    await afterPaint();
    for (;;) {
      if (!(await writePending())) return;
      setSaveState('saved');
      await catchUp();
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
        if (write.line !== view.line()) throw new RevisionConflict(-1, write.base);
        if (large) setProgress(0);
        write.started ??= repo.commit(write.next, write.effect, write.base, large ? setProgress : undefined, write.journal);
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
        await reload().catch((e) => console.error('Reloading the plan failed', e));
        return false;
      } finally {
        if (large) setProgress(undefined);
      }
    }
    return true;
  }

  /**
   * Another tab wrote first: read what is stored and apply this tab's unsaved commands on top of it,
   * then write that as one command. Commands that no longer apply (their unit is gone) are dropped, and said so.
   */
  async function mergeOntoStored(): Promise<boolean> {
    const stored = await repo.loadPlan(id);
    if (!stored) {
      pending = [];
      setSaveProblem({ problem: 'deleted', dropped: 0 });
      setSaveState('error');
      showMissing();
      return false;
    }
    // Read `pending` only now: it includes what was typed while the stored plan was being read.
    const commands = pending.map((w) => w.command);
    const kept: Command[] = [];
    // The journal keeps each kept command's entry as it was made here (its changes against this tab's plan).
    const journal: JournalEntry[] = [];
    let probe = stored;
    for (const [k, command] of commands.entries()) {
      const r = applyCommand(probe, command, nowIso());
      if (r.ok) {
        probe = r.plan;
        kept.push(command);
        journal.push(...pending[k]!.journal);
      }
    }
    const batch: Command = { type: 'batch', commands: kept };
    const combined = applyCommand(stored, batch, nowIso());
    const next = combined.ok ? combined.plan : stored;
    showStored(next);
    setSaveProblem({ problem: 'merged', dropped: commands.length - kept.length });
    pending = combined.ok && next !== stored ? [{ command: batch, next, effect: combined.effect, base: stored.revision, line: view.line(), journal }] : [];
    return true;
  }

  /** A change written elsewhere while this tab was busy: take it now. */
  async function catchUp() {
    const record = await repo.getPlanRecord(id);
    const current = model;
    if (record && current && record.revision > current.revision && pending.length === 0 && !view.busy()) await onStoredChange(record);
  }

  /** Another tab (or this one) wrote the plan record: merge what is newer than what this tab holds. */
  async function onStoredChange(record: StoredPlanHead | undefined) {
    if (loadState() === 'loading') return;
    const current = model;
    if (!record) {
      if (current && pending.length === 0) showMissing();
      return;
    }
    if (!current) {
      await reload(); // the plan came back (restored demo, an import under the same id)
      return;
    }
    // While this tab has writes queued, they will meet the newer revision and merge onto it. A record at or
    // below what this tab holds is one of its own writes, arriving late: nothing to take. While a large
    // change is being shown, it is looked at again once that is done (`catchUp`).
    if (pending.length > 0 || writer || view.busy() || record.revision <= current.revision) return;
    const change = record.lastChange;
    const simple = change && change.revision === record.revision && record.revision === current.revision + 1
      && record.status === current.status && indicatorsEqual(record.indicators, current.indicators);
    if (!simple) {
      await reload();
      return;
    }
    // Units did not come or go (the change says which changed), so each sits where this tab has it.
    const positions = unitPositions(current.units);
    const at = change.units.map((code) => positions.get(code));
    const units = at.every((p) => p !== undefined) ? await repo.loadUnitsAt(id, at as number[]) : [];
    if (model !== current || pending.length > 0 || view.busy()) return; // typed meanwhile: the write will merge
    const byCode = new Map<UnitCode, Unit>();
    units.forEach((u, k) => { if (u && u.code === change.units[k]) byCode.set(u.code, u); });
    if (byCode.size !== change.units.length) {
      await reload();
      return;
    }
    const next = planFromRecord(record, current.units.map((u) => byCode.get(u.code) ?? u));
    model = next;
    view.show(current, next, { changed: change.units, removed: [], rulesChanged: false, unitsMoved: false });
  }

  const stopWatching = repo.watchPlan(id, (record) => {
    void onStoredChange(record).catch((e) => console.error('Following the plan failed', e));
  }, (e) => console.error('Watching the plan failed', e));
  onCleanup(stopWatching);

  const beingSaved = repo.beingSaved(id);
  (beingSaved ? Promise.resolve(showBeingSaved(beingSaved)) : reload().then(catchUp))
    .catch((e) => {
      console.error('Loading the plan failed', e);
      setLoadState('missing');
    });

  return {
    plan: view.plan, loadState, validation: view.validation, validationVersion: view.validationVersion, saveState, saveProblem, returnedToDraft, progress,
    dispatch: (command, source) => {
      const result = dispatch(command, 'edit', source);
      if (result.ok) setSaveProblem(undefined);
      return result;
    },
    undo: () => takeBack(history.takeUndo(), 'undo'),
    redo: () => takeBack(history.takeRedo(), 'redo'),
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    markReady() {
      const current = model;
      if (!current) return [];
      const errors = readinessErrors(current);
      if (errors.length === 0) dispatch({ type: 'setStatus', status: 'ready' });
      return errors;
    },
    subscribe: view.subscribe,
    async flush() {
      for (let busy = writer ?? view.busy(); busy; busy = writer ?? view.busy()) await busy;
    },
    storeNow() {
      // The first write may be in flight (or still waiting for a frame); every write not yet started becomes
      // one, started now. IndexedDB runs read-write transactions over the same stores in the order they were
      // created, so its revision check still holds.
      const queued = pending.filter((w) => !w.started);
      if (queued.length === 0 || pending.some((w) => w.line !== view.line())) return;
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
      const started = repo.commit(last.next, effect, first.base, undefined, journal);
      started.catch(() => undefined); // the writer reports a failure when it reaches this write
      pending = [...pending.slice(0, pending.length - queued.length),
        { command: { type: 'batch', commands: queued.map((w) => w.command) }, next: last.next, effect, base: first.base, line: first.line, started, journal }];
    },
  };
}
