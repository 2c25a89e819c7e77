import { createSignal } from 'solid-js';
import type { Change } from '../domain/changes';

/** Steps beyond this are forgotten, oldest first. */
const HISTORY_LIMIT = 500;

/**
 * One tab's undo history: what each of its commands changed, field by field. Undoing takes a step's changes
 * back on the plan as it is then (`reverseChanges`), so changes made since elsewhere to other fields stay
 * and the history survives them; the undo's own changes become the redo step. A new edit forgets what could
 * be redone.
 */
export function createUndoHistory() {
  const undoStack: Change[][] = [];
  const redoStack: Change[][] = [];
  const [sizes, setSizes] = createSignal({ undo: 0, redo: 0 });
  const sync = () => setSizes({ undo: undoStack.length, redo: redoStack.length });
  return {
    canUndo: () => sizes().undo > 0,
    canRedo: () => sizes().redo > 0,
    /** The changes of a command just applied, by where the command came from. */
    record(changes: Change[], origin: 'edit' | 'undo' | 'redo') {
      if (changes.length === 0) return;
      if (origin === 'undo') redoStack.push(changes);
      else {
        undoStack.push(changes);
        if (undoStack.length > HISTORY_LIMIT) undoStack.shift();
        if (origin === 'edit') redoStack.length = 0;
      }
      sync();
    },
    takeUndo(): Change[] | undefined {
      const step = undoStack.pop();
      sync();
      return step;
    },
    takeRedo(): Change[] | undefined {
      const step = redoStack.pop();
      sync();
      return step;
    },
  };
}
