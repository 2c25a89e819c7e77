import { createSignal } from 'solid-js';
import type { Command } from '../domain/commands';

/** Commands undone beyond this are forgotten, oldest first. */
const HISTORY_LIMIT = 500;

/**
 * One tab's undo history: inverse commands. Undoing dispatches the inverse, which records the way back as a
 * redo; a new edit forgets what could be redone.
 */
export function createUndoHistory() {
  const undoStack: Command[] = [];
  const redoStack: Command[] = [];
  const [sizes, setSizes] = createSignal({ undo: 0, redo: 0 });
  const sync = () => setSizes({ undo: undoStack.length, redo: redoStack.length });
  return {
    canUndo: () => sizes().undo > 0,
    canRedo: () => sizes().redo > 0,
    /** The inverse of a command just applied, by where the command came from. */
    record(inverse: Command, origin: 'edit' | 'undo' | 'redo') {
      if (origin === 'undo') redoStack.push(inverse);
      else {
        undoStack.push(inverse);
        if (undoStack.length > HISTORY_LIMIT) undoStack.shift();
        if (origin === 'edit') redoStack.length = 0;
      }
      sync();
    },
    takeUndo(): Command | undefined {
      const command = undoStack.pop();
      sync();
      return command;
    },
    takeRedo(): Command | undefined {
      const command = redoStack.pop();
      sync();
      return command;
    },
    clear() {
      undoStack.length = 0;
      redoStack.length = 0;
      sync();
    },
  };
}
