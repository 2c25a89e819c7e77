import { onCleanup, type Accessor } from 'solid-js';
import type { Command } from '../domain/commands';
import type { PlanId } from '../domain/ids';
import type { ChangeSource } from '../domain/journal';
import type { Plan } from '../domain/plan';
import { readinessErrors } from '../domain/planFactory';
import type { Issue } from '../domain/rules';
import type { ValidationIndex } from '../domain/validationIndex';
import type { DamagedPlanSummary, PlanStore } from '../storage/store';
import { LARGE_CHANGE, type PlanChange } from './planView';
import { createDispatcher, type DispatchResult, type UndoResult } from './session/dispatch';
import { createFollower } from './session/followStored';
import type { SaveProblem, SaveState } from './session/saveStatus';
import { createSessionCore, type LoadState, type SessionCore } from './session/sessionCore';
import { createWriteQueue, type WriteQueue } from './session/writeQueue';
import { createUndoHistory } from './undoHistory';

export { LARGE_CHANGE, type DispatchResult, type PlanChange, type SaveProblem, type SaveState, type UndoResult };

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
 * following other tabs (`session/followStored.ts`), and this tab's undo history. `dispatch` (`session/dispatch.ts`)
 * is the only way to change the plan: the command is applied purely, the validation moves by what changed, views are told,
 * and the write (one transaction, with its journal entry) is queued behind the previous one, so every edit is
 * stored before the next. Must be created inside a Solid owner (it cleans up its subscriptions with it).
 */
export function createPlanSession(repo: PlanStore, id: PlanId): PlanSession {
  const core = createSessionCore(repo, id, () => void follower.catchUp().catch((e) => console.error('Following the plan failed', e)));
  const writes = createWriteQueue(core, () => follower.catchUp());
  const follower = createFollower(core, writes);
  // Kept when another tab writes: each step is taken back field by field, and refused where a field was
  // changed since, so an undo here never silently discards someone else's newer edit. Stored with the plan
  // (each write's steps in its own transaction) and read back when the plan is opened: it survives a reload.
  const history = createUndoHistory();
  const { dispatch, takeBack, returnedToDraft } = createDispatcher(core, writes, history);
  onCleanup(follower.watch());
  const loaded = openPlan(core, writes, follower, history);

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

/**
 * Shows the plan as storage holds it, then reads its stored undo history, under whatever was done here
 * meanwhile; settles once both are read. A plan being stored whole right now (a new plan from an import) is
 * shown at once, its write taken over.
 */
function openPlan(core: SessionCore, writes: WriteQueue, follower: ReturnType<typeof createFollower>, history: ReturnType<typeof createUndoHistory>): Promise<void> {
  const beingSaved = core.repo.beingSaved(core.id);
  const showBeingSaved = (saving: NonNullable<typeof beingSaved>) => {
    core.showStored(saving.plan);
    writes.takeOver(saving);
  };
  const opened = beingSaved ? Promise.resolve(showBeingSaved(beingSaved)) : core.reload().then(follower.catchUp);
  const loaded = opened.then(() => core.repo.undoHistory(core.id)).then(history.restore, (e: unknown) => console.error('Reading the undo history failed', e));
  opened.catch((e: unknown) => {
    console.error('Loading the plan failed', e);
    core.setLoadState('missing');
  });
  return loaded;
}
