import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { applyCommand, type Command, type CommandRefusal } from '../domain/commands';
import { changesOf, reverseChanges, type Conflict } from '../domain/changes';
import { changesFromJournal } from '../domain/journalSteps';
import type { PlanId } from '../domain/ids';
import { commandSize, JOURNAL_COMMAND_UNITS, journalChanges, type ChangeSource, type JournalEntry } from '../domain/journal';
import type { Plan } from '../domain/plan';
import { readinessErrors } from '../domain/planFactory';
import type { Issue } from '../domain/rules';
import type { ValidationIndex } from '../domain/validationIndex';
import { TAB_ID, type DamagedPlanSummary, type PlanStore, type UndoOp } from '../storage/store';
import { LARGE_CHANGE, type PlanChange } from './planView';
import { nowIso } from './services';
import { createFollower } from './session/followStored';
import { createSessionCore, type LoadState } from './session/sessionCore';
import type { SaveProblem, SaveState } from './session/saveStatus';
import { createWriteQueue } from './session/writeQueue';
import { createUndoHistory, type UndoStep } from './undoHistory';

export { LARGE_CHANGE, type PlanChange, type SaveProblem, type SaveState };

export type DispatchResult = { ok: true } | { ok: false; reason: CommandRefusal | 'notLoaded' };
/** An undo or redo: done, nothing to do, or refused because what it would take back was changed since elsewhere. */
export type UndoResult = { ok: true } | { ok: false; reason: 'changedSince'; conflicts: Conflict[] } | { ok: false; reason: 'nothing' | CommandRefusal | 'notLoaded' };

export interface PlanSession {
  /** The plan on screen. After a large command it may be a moment behind the commands accepted (see `dispatch`). */
  plan: Accessor<Plan | undefined>;
  loadState: Accessor<LoadState>;
  /** Why the stored plan cannot be shown, when `loadState` is `damaged`. */
  damage: Accessor<DamagedPlanSummary | undefined>;
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
  /** Settles once the plan and its stored undo history are read (the history may still be empty). */
  loaded: Promise<void>;
}

/**
 * One open plan, as a small facade over its parts: the plan and its view (`session/sessionCore.ts`), the
 * queue of writes (`session/writeQueue.ts`: in order, revision-checked, merged onto another tab's newer plan),
 * following other tabs (`session/followStored.ts`), and this tab's undo history. `dispatch` is the only way
 * to change the plan: the command is applied purely, the validation moves by what changed, views are told,
 * and the write (one transaction, with its journal entry) is queued behind the previous one, so every edit is
 * stored before the next. Must be created inside a Solid owner (it cleans up its subscriptions with it).
 */
export function createPlanSession(repo: PlanStore, id: PlanId): PlanSession {
  const core = createSessionCore(repo, id, () => void follower.catchUp().catch((e) => console.error('Following the plan failed', e)));
  const writes = createWriteQueue(core, () => follower.catchUp());
  const follower = createFollower(core, writes);
  const [returnedToDraft, setReturnedToDraft] = createSignal(false);
  // Kept when another tab writes: each step is taken back field by field, and refused where a field was
  // changed since, so an undo here never silently discards someone else's newer edit. Stored with the plan
  // (each write's steps in its own transaction) and read back when the plan is opened: it survives a reload.
  const history = createUndoHistory();
  // Steps taken off the history without a write of their own (refused, or changing nothing) before they were
  // stored: the next write drops them.
  let forgotten: UndoStep[] = [];
  const forget = (step: UndoStep) => {
    if (step.row === undefined) forgotten.push(step);
    else void repo.dropUndoSteps([step.row]).catch((e) => console.error('Forgetting an undo step failed', e));
  };

  function dispatch(command: Command, origin: 'edit' | 'undo' | 'redo' = 'edit', source: ChangeSource = { kind: origin === 'edit' ? 'typed' : origin }, taken?: UndoStep): DispatchResult {
    const before = core.model();
    if (!before || core.loadState() !== 'ready') return { ok: false, reason: 'notLoaded' };
    const result = applyCommand(before, command, nowIso());
    const { plan: next, effect } = result.ok ? result : { plan: before, effect: undefined };
    if (next === before || !effect) {
      if (taken) forget(taken);
      return result.ok ? { ok: true } : result;
    }
    setReturnedToDraft(before.status === 'ready' && next.status === 'draft' && command.type !== 'setStatus');
    core.setModel(next);
    core.view.show(before, next, effect);
    const changes = changesOf(before, next, effect);
    const step = history.record(changes, origin);
    // The journal's field-level changes are worked out when first read — by the writer, after the frame that shows
    // the edit (`writeQueue.ts`): for an import or a fill of every unit that is most of the command's cost, which the
    // key press need not pay. Nothing reads them before (undo takes `changes` itself).
    let fieldChanges: JournalEntry['changes'] | undefined;
    const entry: JournalEntry = { planId: id, revision: next.revision, at: next.updatedAt, tab: TAB_ID, source,
      command: commandSize(command) <= JOURNAL_COMMAND_UNITS ? command : null,
      get changes() { return (fieldChanges ??= journalChanges(changes)); } };
    const undo: UndoOp[] = [...forgotten, ...(taken ? [taken] : [])].map((s) => ({ kind: 'drop', step: s }));
    forgotten = [];
    if (origin === 'edit') undo.push({ kind: 'clearRedo' });
    if (step) undo.push({ kind: 'push', stack: origin === 'undo' ? 'redo' : 'undo', entry, step });
    writes.enqueue({ command, next, effect, base: before.revision, generation: core.view.generation(), journal: [entry], undo });
    return { ok: true };
  }

  /** Takes a step of the history back on the plan as it is now (see `UndoResult`). */
  function takeBack(step: UndoStep | undefined, origin: 'undo' | 'redo'): UndoResult {
    const current = core.model();
    if (!step) return { ok: false, reason: 'nothing' };
    if (!current || core.loadState() !== 'ready') return { ok: false, reason: 'notLoaded' };
    const reversal = reverseChanges(step.live ?? changesFromJournal(step.stored ?? [], current), current);
    if (!reversal.ok) {
      forget(step);
      return { ok: false, reason: 'changedSince', conflicts: reversal.conflicts };
    }
    const result = dispatch(reversal.command, origin, undefined, step);
    if (result.ok) writes.setSaveProblem(undefined);
    return result;
  }

  onCleanup(follower.watch());
  const beingSaved = repo.beingSaved(id);
  // A plan being stored whole right now (a new plan from an import) is shown at once, its write taken over.
  const showBeingSaved = (saving: NonNullable<typeof beingSaved>) => {
    core.showStored(saving.plan);
    writes.takeOver(saving);
  };
  const opened = beingSaved ? Promise.resolve(showBeingSaved(beingSaved)) : core.reload().then(follower.catchUp);
  // The plan's stored history, under whatever was done here meanwhile.
  const loaded = opened.then(() => repo.undoHistory(id)).then(history.restore, (e: unknown) => console.error('Reading the undo history failed', e));
  opened.catch((e: unknown) => {
    console.error('Loading the plan failed', e);
    core.setLoadState('missing');
  });

  return {
    plan: core.view.plan, loadState: core.loadState, damage: core.damage, validation: core.view.validation, validationVersion: core.view.validationVersion,
    saveState: writes.saveState, saveProblem: writes.saveProblem, returnedToDraft, progress: writes.progress,
    dispatch: (command, source) => {
      const result = dispatch(command, 'edit', source);
      if (result.ok) writes.setSaveProblem(undefined);
      return result;
    },
    undo: () => takeBack(history.takeUndo(), 'undo'),
    redo: () => takeBack(history.takeRedo(), 'redo'),
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    markReady() {
      const current = core.model();
      if (!current) return [];
      const errors = readinessErrors(current);
      if (errors.length === 0) dispatch({ type: 'setStatus', status: 'ready' });
      return errors;
    },
    subscribe: core.view.subscribe,
    async flush() {
      for (let busy = writes.writing() ?? core.view.busy(); busy; busy = writes.writing() ?? core.view.busy()) await busy;
    },
    storeNow: writes.storeNow,
    loaded,
  };
}
