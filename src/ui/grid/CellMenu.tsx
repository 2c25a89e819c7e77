import { For, onCleanup, onMount } from 'solid-js';
import type { GridCellRef } from './cellLocks';

/**
 * A small menu of actions on a grid cell, drawn by the app: AG Grid Community has no context menu. It opens
 * on a right-click of a cell, or from the keyboard on the focused cell (Shift+F10 or the context-menu key);
 * arrows move between its items, Enter or Space runs one, Escape or Tab closes it and gives the focus back to
 * the grid. A click anywhere else, or the focus leaving it (F6), closes it.
 */

/** Where the menu was asked for: the cell, and the point to open at (viewport coordinates). */
export interface CellMenuAt extends GridCellRef {
  x: number;
  y: number;
}

export interface CellMenuItem {
  /** The item's automation hook: `cell-menu-<id>`. */
  id: string;
  label: string;
  disabled: boolean;
  run: () => void;
}

const cellOf = (target: EventTarget | null): HTMLElement | undefined =>
  (target instanceof Element ? target.closest<HTMLElement>('[role="gridcell"][col-id]') ?? undefined : undefined);

function refOf(cell: HTMLElement, point?: { x: number; y: number }): CellMenuAt | undefined {
  const rowId = cell.closest('[row-id]')?.getAttribute('row-id');
  const colId = cell.getAttribute('col-id');
  if (!rowId || !colId) return undefined;
  const rect = cell.getBoundingClientRect();
  // From the keyboard (or a contextmenu event without a pointer), under the cell's left edge.
  const at = point && (point.x !== 0 || point.y !== 0) ? point : { x: rect.left, y: rect.bottom };
  return { rowId, colId, ...at };
}

/**
 * Listens on the grid element for what opens the menu, and hands the cell on; `open` returns false when it
 * has nothing to offer for that cell, and the browser's own menu is left to show. Returns the cleanup.
 */
export function cellMenuTriggers(grid: HTMLElement, open: (at: CellMenuAt) => boolean): () => void {
  const onContextMenu = (e: MouseEvent) => {
    const cell = cellOf(e.target);
    if (!cell || cell.classList.contains('ag-cell-inline-editing')) return;
    const at = refOf(cell, { x: e.clientX, y: e.clientY });
    if (at && open(at)) e.preventDefault();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) || e.ctrlKey || e.altKey || e.metaKey) return;
    const cell = cellOf(document.activeElement) ?? grid.querySelector<HTMLElement>('.ag-cell-focus') ?? undefined;
    if (!cell || cell.classList.contains('ag-cell-inline-editing')) return;
    const at = refOf(cell);
    if (at && open(at)) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  grid.addEventListener('contextmenu', onContextMenu);
  grid.addEventListener('keydown', onKeyDown, true);
  return () => {
    grid.removeEventListener('contextmenu', onContextMenu);
    grid.removeEventListener('keydown', onKeyDown, true);
  };
}

export function CellMenu(props: { at: CellMenuAt; label: string; items: readonly CellMenuItem[]; onClose: (refocus: boolean) => void }) {
  let menu!: HTMLDivElement;
  const enabled = () => [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')];
  const move = (step: number | 'first' | 'last') => {
    const items = enabled();
    if (items.length === 0) return;
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = step === 'first' ? 0 : step === 'last' ? items.length - 1 : (current + step + items.length) % items.length;
    items[next]!.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1), ArrowUp: () => move(-1), Home: () => move('first'), End: () => move('last'),
      Escape: () => props.onClose(true), Tab: () => props.onClose(true),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  };
  const onPointerDown = (e: PointerEvent) => {
    if (!menu.contains(e.target as Node)) props.onClose(false);
  };
  onMount(() => {
    // Kept inside the window: a menu opened near the right or bottom edge opens to the left or above.
    const rect = menu.getBoundingClientRect();
    if (rect.right > window.innerWidth) menu.style.left = `${Math.max(0, props.at.x - rect.width)}px`;
    if (rect.bottom > window.innerHeight) menu.style.top = `${Math.max(0, props.at.y - rect.height)}px`;
    move('first');
    if (!menu.contains(document.activeElement)) menu.focus();
    document.addEventListener('pointerdown', onPointerDown, true);
  });
  onCleanup(() => document.removeEventListener('pointerdown', onPointerDown, true));
  return (
    <div ref={menu} class="cell-menu" role="menu" tabindex="-1" data-testid="cell-menu" aria-label={props.label}
      data-row={props.at.rowId} data-col={props.at.colId} style={{ left: `${props.at.x}px`, top: `${props.at.y}px` }} onKeyDown={onKeyDown}
      onFocusOut={(e) => { if (e.relatedTarget instanceof Node && !menu.contains(e.relatedTarget)) props.onClose(false); }}>
      <For each={props.items}>
        {(item) => (
          <button type="button" role="menuitem" tabindex="-1" data-testid={`cell-menu-${item.id}`} disabled={item.disabled}
            onClick={() => item.run()}>{item.label}</button>
        )}
      </For>
    </div>
  );
}
