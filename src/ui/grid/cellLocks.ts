import type { Command, LockCell } from '../../domain/commandTypes';
import { indicatorId, unitCode, type IndicatorId, type UnitCode } from '../../domain/ids';
import { isLocked, type Plan, type Unit } from '../../domain/plan';
import { unitAt } from '../../domain/unitPositions';
import { t } from '../i18n/t';

/**
 * Locked target cells as the grid shows them (the class `cell-locked`, a line in the cell's title), and the
 * cells a lock action names: one cell, a unit's row, an indicator's column. The commands themselves are the
 * domain's `setLocks`.
 */

/** The class of a locked target cell: the grid draws its mark from it (styles/grid.css), tests find it by it. */
export const LOCKED_CLASS = 'cell-locked';

/** The lock's class for a unit's cell in a column, if that cell is a locked target. */
export const lockClass = (unit: Unit, field: 'baseline' | 'target', id: IndicatorId): string | undefined =>
  (field === 'target' && isLocked(unit, id) ? LOCKED_CLASS : undefined);

/** The line a locked target cell's title adds (its tooltip, and what a screen reader is told about it). */
export const lockLine = (unit: Unit, field: 'baseline' | 'target', id: IndicatorId): string | undefined =>
  (field === 'target' && isLocked(unit, id) ? t('cellLocked') : undefined);

/** A cell of the grid: its row (a unit's code, or `min` / `aggregate` for the pinned rows) and its column id. */
export interface GridCellRef {
  rowId: string;
  colId: string;
}

/** The indicator of an indicator's column (its previous result or its target), if it is one. */
export function columnIndicator(colId: string): IndicatorId | undefined {
  const m = /^(?:baseline|target)\.(.+)$/.exec(colId);
  return m ? indicatorId(m[1]!) : undefined;
}

/** The target cell a grid cell is, if it is a unit's target cell in this plan. */
export function targetCell(plan: Plan, cell: GridCellRef): LockCell | undefined {
  if (!cell.colId.startsWith('target.')) return undefined;
  const id = columnIndicator(cell.colId)!;
  if (!unitAt(plan.units, unitCode(cell.rowId)) || !plan.indicators.some((i) => i.id === id)) return undefined;
  return { unitCode: unitCode(cell.rowId), indicatorId: id };
}

/** Every target cell of a unit's row. */
export const rowCells = (plan: Plan, code: UnitCode): LockCell[] => plan.indicators.map((i) => ({ unitCode: code, indicatorId: i.id }));

/** Every unit's target cell of an indicator's column. */
export const columnCells = (plan: Plan, id: IndicatorId): LockCell[] => plan.units.map((u) => ({ unitCode: u.code, indicatorId: id }));

/** How many of these cells are locked. */
export function lockedCount(plan: Plan, cells: readonly LockCell[]): number {
  let n = 0;
  for (const cell of cells) {
    const unit = unitAt(plan.units, cell.unitCode);
    if (unit && isLocked(unit, cell.indicatorId)) n++;
  }
  return n;
}

/**
 * The toggle over a list of cells (the focused one, or every cell of a selection): when every one of them is
 * locked, they are unlocked; otherwise they are all locked, as a spreadsheet's toggles do. Undefined for none.
 */
export function toggleLocks(plan: Plan, cells: readonly LockCell[]): Command | undefined {
  if (cells.length === 0) return undefined;
  return { type: 'setLocks', cells, locked: lockedCount(plan, cells) < cells.length };
}
