import { createSignal } from 'solid-js';
import { applyCommand, type Command, type CommandRefusal } from '../../domain/commands';
import { reverseChanges, type Conflict } from '../../domain/changes';
import { pendingChanges, type PendingChanges } from '../../domain/pendingChanges';
import type { PlanId } from '../../domain/ids';
import { commandSize, JOURNAL_COMMAND_UNITS, journalChanges, type ChangeSource, type JournalEntry } from '../../domain/journal';
import { changesFromJournal } from '../../domain/journalSteps';
import type { Plan } from '../../domain/plan';
import { TAB_ID, type UndoOp } from '../../storage/store';
import { nowIso } from '../services';
import type { createUndoHistory, UndoStep } from '../undoHistory';
import type { SessionCore } from './sessionCore';
import type { WriteQueue } from './writeQueue';

export type DispatchResult = { ok: true } | { ok: false; reason: CommandRefusal | 'notLoaded' };
/** An undo or redo: done, nothing to do, or refused because what it would take back was changed since elsewhere. */
export type UndoResult = { ok: true } | { ok: false; reason: 'changedSince'; conflicts: Conflict[] } | { ok: false; reason: 'nothing' | CommandRefusal | 'notLoaded' };
/** Where a command comes from: typed (or any edit), or this tab's undo history. */
export type Origin = 'edit' | 'undo' | 'redo';

/** What dispatching works with: the open plan, its writes, this tab's undo history. */
interface Dispatching {
  core: SessionCore;
  writes: Pick<WriteQueue, 'enqueue' | 'setSaveProblem'>;
  history: ReturnType<typeof createUndoHistory>;
  setReturnedToDraft(returned: boolean): void;
  /**
   * Steps taken off the history without a write of their own (refused, or changing nothing) before they were
   * stored: the next write drops them.
   */
  forgotten: UndoStep[];
}

/**
 * The one way to change the open plan: the command is applied purely, the validation moves by what changed,
 * views are told, and the write (one transaction, with its journal entry and undo step) is queued behind the
 * previous one. Undo and redo are commands too, taking a step of the history back field by field.
 */
export function createDispatcher(core: SessionCore, writes: Dispatching['writes'], history: Dispatching['history']) {
  const [returnedToDraft, setReturnedToDraft] = createSignal(false);
  const state: Dispatching = { core, writes, history, setReturnedToDraft, forgotten: [] };
  return {
    /** Set when an edit returned a ready plan to draft, so the view can say so. */
    returnedToDraft,
    dispatch: (command: Command, origin?: Origin, source?: ChangeSource) => dispatch(state, command, origin, source),
    takeBack: (step: UndoStep | undefined, origin: 'undo' | 'redo') => takeBack(state, step, origin),
  };
}

function dispatch(state: Dispatching, command: Command, origin: Origin = 'edit', source: ChangeSource = { kind: origin === 'edit' ? 'typed' : origin }, taken?: UndoStep): DispatchResult {
  const { core } = state;
  const before = core.model();
  if (!before || core.loadState() !== 'ready') return { ok: false, reason: 'notLoaded' };
  const result = applyCommand(before, command, nowIso());
  const { plan: next, effect } = result.ok ? result : { plan: before, effect: undefined };
  if (next === before || !effect) {
    if (taken) forget(state, taken);
    return result.ok ? { ok: true } : result;
  }
  state.setReturnedToDraft(before.status === 'ready' && next.status === 'draft' && command.type !== 'setStatus');
  core.setModel(next);
  core.view.show(before, next, effect);
  const changes = pendingChanges(before, next, effect);
  const step = state.history.record(changes, origin);
  const entry = journalEntry(core.id, command, next, source, changes);
  const undo = undoOps(state, origin, entry, step, taken);
  state.writes.enqueue({ command, next, effect, base: before.revision, generation: core.view.generation(), journal: [entry], undo });
  return { ok: true };
}

/**
 * The journal's entry for a command just applied. Its changes, and their field-level form, are worked out when
 * first read — by the writer, after the frame that shows the edit (`writeQueue.ts`): for an import or a fill of
 * every unit that is most of the command's cost, which the key press need not pay. Nothing reads them before but
 * an undo pressed meanwhile (its step shares them: `PendingChanges` works them out once).
 */
function journalEntry(planId: PlanId, command: Command, next: Plan, source: ChangeSource, changes: PendingChanges): JournalEntry {
  let fieldChanges: JournalEntry['changes'] | undefined;
  return { planId, revision: next.revision, at: next.updatedAt, tab: TAB_ID, source,
    command: commandSize(command) <= JOURNAL_COMMAND_UNITS ? command : null,
    get changes() { return (fieldChanges ??= journalChanges(changes.list())); } };
}

/**
 * What a write does to the stored undo history: the steps forgotten since the last write and the step taken
 * back are dropped, an edit forgets what could be redone, and the command's own step is pushed.
 */
function undoOps(state: Dispatching, origin: Origin, entry: JournalEntry, step: UndoStep | undefined, taken: UndoStep | undefined): UndoOp[] {
  const undo: UndoOp[] = [...state.forgotten, ...(taken ? [taken] : [])].map((s) => ({ kind: 'drop', step: s }));
  state.forgotten = [];
  if (origin === 'edit') undo.push({ kind: 'clearRedo' });
  if (step) undo.push({ kind: 'push', stack: origin === 'undo' ? 'redo' : 'undo', entry, step });
  return undo;
}

/** Takes a step of the history back on the plan as it is now (see `UndoResult`). */
function takeBack(state: Dispatching, step: UndoStep | undefined, origin: 'undo' | 'redo'): UndoResult {
  const current = state.core.model();
  if (!step) return { ok: false, reason: 'nothing' };
  if (!current || state.core.loadState() !== 'ready') return { ok: false, reason: 'notLoaded' };
  const reversal = reverseChanges(step.live ?? changesFromJournal(step.stored ?? [], current), current);
  if (!reversal.ok) {
    forget(state, step);
    return { ok: false, reason: 'changedSince', conflicts: reversal.conflicts };
  }
  const result = dispatch(state, reversal.command, origin, undefined, step);
  if (result.ok) state.writes.setSaveProblem(undefined);
  return result;
}

function forget(state: Dispatching, step: UndoStep) {
  if (step.row === undefined) state.forgotten.push(step);
  else void state.core.repo.dropUndoSteps([step.row]).catch((e) => console.error('Forgetting an undo step failed', e));
}
