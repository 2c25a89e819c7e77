import { createSignal, Show, type JSX } from 'solid-js';
import type { Command } from '../../domain/commands';
import { unitCode, type UnitCode } from '../../domain/ids';
import { columnField } from '../../domain/cellHistory';
import type { Plan } from '../../domain/plan';
import { unitAt } from '../../domain/unitPositions';
import { language } from '../../state/language';
import { CellMenu, type CellMenuAt, type CellMenuItem } from '../grid/CellMenu';
import { columnCells, columnIndicator, lockedCount, rowCells, targetCell, toggleLocks, type GridCellRef } from '../grid/cellLocks';
import type { GridController } from '../grid/PlanGrid';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { useListener } from '../listen';
import type { PlanPageContext } from './planPageContext';

/** What the plan page does with locks: the toolbar's toggle and Ctrl+L, and the cell menu (with its history item). */
export interface PlanLocks {
  /** Locks or unlocks the target cells the grid names (the focused one, or a selection's): one command. */
  toggle(): void;
  /** Opens the cell menu for a cell; false when it has nothing to offer there. */
  openMenu(at: CellMenuAt): boolean;
  /** The menu, while it is open. */
  view(): JSX.Element;
}

/** One item lock or unlock over some cells, disabled when it would change none of them. */
function item(plan: Plan, id: string, label: string, cells: ReturnType<typeof rowCells>, locked: boolean, run: (c: Command) => void): CellMenuItem {
  const n = lockedCount(plan, cells);
  return { id, label, disabled: cells.length === 0 || n === (locked ? cells.length : 0), run: () => run({ type: 'setLocks', cells, locked }) };
}

/** The menu's items for a cell: the cell itself (a unit's target), its unit's row, its indicator's target column. */
function menuItems(plan: Plan, at: GridCellRef, unitName: (code: UnitCode) => string, run: (c: Command) => void): CellMenuItem[] {
  const items: CellMenuItem[] = [];
  const target = targetCell(plan, at);
  if (target) {
    const locked = lockedCount(plan, [target]) === 1;
    items.push(item(plan, 'toggle-cell', t(locked ? 'cellMenuUnlockCell' : 'cellMenuLockCell'), [target], !locked, run));
  }
  const unit = unitAt(plan.units, unitCode(at.rowId));
  if (unit) {
    const cells = rowCells(plan, unit.code);
    items.push(item(plan, 'lock-row', t('cellMenuLockRow', { unit: unitName(unit.code) }), cells, true, run),
      item(plan, 'unlock-row', t('cellMenuUnlockRow', { unit: unitName(unit.code) }), cells, false, run));
  }
  const ind = plan.indicators.find((i) => i.id === columnIndicator(at.colId));
  if (ind && plan.units.length > 0) {
    const cells = columnCells(plan, ind.id);
    const indicator = indicatorName(ind, language());
    items.push(item(plan, 'lock-column', t('cellMenuLockColumn', { indicator }), cells, true, run),
      item(plan, 'unlock-column', t('cellMenuUnlockColumn', { indicator }), cells, false, run));
  }
  return items;
}

export function createPlanLocks(page: PlanPageContext, grid: () => GridController | undefined, openHistory: (at: GridCellRef) => boolean): PlanLocks {
  const [menu, setMenu] = createSignal<{ at: CellMenuAt; items: CellMenuItem[] }>();
  const lock = (command: Command) => page.dispatch(command, { kind: 'lock' });

  const toggle = () => {
    const plan = page.session.plan();
    if (!plan) return;
    const cells = (grid()?.lockTargets() ?? []).flatMap((ref) => targetCell(plan, ref) ?? []);
    const command = toggleLocks(plan, cells);
    if (command) lock(command);
    else page.setMessage(t('lockSelectTarget'));
  };

  /** Back to the cell the menu was opened on (a pinned row's cell: the grid's focused cell). */
  const refocus = (at: GridCellRef) => {
    const g = grid();
    if (at.rowId === 'min') g?.focusGrid();
    else g?.focusCell(at.rowId === 'aggregate' ? null : unitCode(at.rowId), at.colId);
  };
  const close = (refocusGrid: boolean) => {
    const open = menu();
    setMenu(undefined);
    if (open && refocusGrid) refocus(open.at);
  };

  const openMenu = (at: CellMenuAt) => {
    const plan = page.session.plan();
    if (!plan) return false;
    // eslint-disable-next-line solid/reactivity -- run when an item is chosen, an event handler
    const items = menuItems(plan, at, page.unitName, (command) => {
      lock(command);
      close(true);
    });
    // A unit's value cell has a history (read from the journal), whatever its locks. The focus goes back to the
    // cell, as after the other items; F6 reaches the panel.
    if (unitAt(plan.units, unitCode(at.rowId)) && columnField(at.colId)) {
      items.push({ id: 'history', label: t('cellMenuHistory'), disabled: false, run: () => { close(true); openHistory(at); } });
    }
    if (items.length === 0) return false;
    setMenu({ at, items });
    return true;
  };

  // Ctrl+L in the grid, as the toolbar's button; not while a cell is being edited (the editor keeps its keys).
  useListener(document, 'keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'l') return;
    const target = e.target as HTMLElement | null;
    if (!target?.closest('[data-region="grid"]') || target.closest('.ag-cell-inline-editing, input, textarea')) return;
    e.preventDefault();
    toggle();
  });

  return {
    toggle,
    openMenu,
    view: () => (
      <Show when={menu()} keyed>
        {(open) => <CellMenu at={open.at} label={t('cellMenuLabel')} items={open.items} onClose={close} />}
      </Show>
    ),
  };
}
