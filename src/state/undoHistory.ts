import { createSignal } from 'solid-js';
import type { Change } from '../domain/changes';
import type { PendingChanges } from '../domain/pendingChanges';
import type { JournalChange } from '../domain/journal';
import { UNDO_LIMIT, type StoredUndoStep, type UndoStepRef } from '../storage/store';

/**
 * A step of the history: what a command changed, field by field. `live` for a step made in this tab (whole
 * units before and after, shared with the plans); `stored` for one read back from storage after a reload (the
 * journal's before and after). `row` is its stored row, once written.
 */
export interface UndoStep extends UndoStepRef {
  live?: Change[];
  stored?: JournalChange[];
}

/**
 * One tab's undo history: what each of its commands changed, field by field, and, once read back, what was
 * stored of the plan's history before this tab opened it. Undoing takes a step's changes back on the plan as it
 * is then (`reverseChanges`), so changes made since elsewhere to other fields stay and the history survives
 * them; the undo's own changes become the redo step. A new edit forgets what could be redone. The last
 * `UNDO_LIMIT` steps are kept, here and in storage.
 */
export function createUndoHistory() {
  const undoStack: UndoStep[] = [];
  const redoStack: UndoStep[] = [];
  let edited = false;
  const [sizes, setSizes] = createSignal({ undo: 0, redo: 0 });
  const sync = () => setSizes({ undo: undoStack.length, redo: redoStack.length });
  return {
    canUndo: () => sizes().undo > 0,
    canRedo: () => sizes().redo > 0,
    /**
     * The changes of a command just applied, by where the command came from: the step made, if any. The changes
     * themselves are worked out when the step is first read (its journal entry, written after the frame, reads them).
     */
    record(changes: PendingChanges, origin: 'edit' | 'undo' | 'redo'): UndoStep | undefined {
      if (!changes.any) return undefined;
      const step: UndoStep = { get live() { return changes.list(); } };
      if (origin === 'undo') redoStack.push(step);
      else {
        undoStack.push(step);
        if (undoStack.length > UNDO_LIMIT) undoStack.shift();
        if (origin === 'edit') {
          redoStack.length = 0;
          edited = true;
        }
      }
      sync();
      return step;
    },
    takeUndo(): UndoStep | undefined {
      const step = undoStack.pop();
      sync();
      return step;
    },
    takeRedo(): UndoStep | undefined {
      const step = redoStack.pop();
      sync();
      return step;
    },
    /**
     * The plan's stored history (read once the plan is open) goes under the steps made here since; its redo
     * steps only if nothing was edited here meanwhile (an edit ends what could be redone).
     */
    restore(stored: { undo: readonly StoredUndoStep[]; redo: readonly StoredUndoStep[] }) {
      const known = new Set([...undoStack, ...redoStack].map((s) => s.row));
      const steps = (list: readonly StoredUndoStep[]) => list.filter((s) => !known.has(s.row)).map((s): UndoStep => ({ row: s.row, stored: s.changes }));
      undoStack.unshift(...steps(stored.undo));
      if (undoStack.length > UNDO_LIMIT) undoStack.splice(0, undoStack.length - UNDO_LIMIT);
      if (!edited) redoStack.unshift(...steps(stored.redo));
      sync();
    },
  };
}
