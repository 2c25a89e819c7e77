import { createSignal, type Accessor } from 'solid-js';
import { COMMIT_EDITS_EVENT } from '../../state/lifecycle';
import type { PlanSession } from '../../state/planSession';
import { useListener } from '../listen';

/** Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo this tab's commands, except inside a text field or a dialog. */
export function useUndoKeys(undo: (which: 'undo' | 'redo') => void): void {
  useListener(document, 'keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, .ag-cell-inline-editing, dialog')) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) undo('undo');
    else if (key === 'y' || (key === 'z' && e.shiftKey)) undo('redo');
    else return;
    e.preventDefault();
  });
}

/**
 * Leaving the page never loses a queued write, nor a value still in its editor: on `beforeunload` the editor's
 * value is committed and dispatched at once (the grids' COMMIT_EDITS_EVENT), whatever is queued goes to IndexedDB
 * at once, and while that write is under way the browser asks first, so that the write is done by the time the
 * user answers. When the page is hidden or closed, whatever is queued is stored at once too.
 */
export function useStoreOnLeave(session: PlanSession): void {
  useListener(window, 'beforeunload', (e) => {
    window.dispatchEvent(new Event(COMMIT_EDITS_EVENT));
    session.storeNow();
    if (session.saveState() === 'saving') e.preventDefault();
  });
  useListener(window, 'pagehide', () => session.storeNow());
  useListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.storeNow();
  });
}

/** True from `beforeprint` to `afterprint`: the appendix exists only while printing (button or Ctrl+P). */
export function usePrinting(): Accessor<boolean> {
  const [printing, setPrinting] = createSignal(false);
  useListener(window, 'beforeprint', () => setPrinting(true));
  useListener(window, 'afterprint', () => setPrinting(false));
  return printing;
}
