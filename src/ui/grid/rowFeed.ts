import type { GridApi } from 'ag-grid-community';
import type { UnitCode } from '../../domain/ids';
import type { Unit } from '../../domain/plan';
import type { PlanChange } from '../../state/planView';
import { SLICE_MS, yieldToBrowser } from '../../state/slices';
import type { GridRow } from './rows';

/** Changed rows beyond which the grid takes them in slices (rows in view first) rather than all at once. */
const ROWS_AT_ONCE = 1000;

/**
 * The grid's rows following the plan's changes: an edit's rows at once (`rowNode.setData`, so an edit costs
 * the same with 159 or 100,000 rows); a change of thousands of rows (an import) in slices, the rows in view
 * first, with an edit made meanwhile newer than what still waits.
 */
export function createRowFeed(api: () => GridApi<GridRow> | undefined) {
  // Rows of a large change not yet handed to the grid, newest data per unit.
  const waitingRows = new Map<UnitCode, Unit>();
  let takingRows = false;

  const setRow = (unit: Unit): boolean => {
    const node = api()?.getRowNode(unit.code);
    if (!node) return false;
    node.setData(unit);
    return true;
  };

  /** The rows of a large change: those in view now, the others a slice at a time. */
  const takeWaiting = async () => {
    if (takingRows) return;
    takingRows = true;
    try {
      const added: Unit[] = [];
      for (const node of api()?.getRenderedNodes() ?? []) {
        const unit = node.id === undefined ? undefined : waitingRows.get(node.id as UnitCode);
        if (unit) {
          waitingRows.delete(unit.code);
          node.setData(unit);
        }
      }
      while (api() && waitingRows.size > 0) {
        const deadline = performance.now() + SLICE_MS;
        for (const [code, unit] of waitingRows) {
          waitingRows.delete(code);
          if (!setRow(unit)) added.push(unit);
          if ((waitingRows.size & 63) === 0 && performance.now() > deadline) break;
        }
        if (waitingRows.size > 0) await yieldToBrowser();
      }
      if (added.length > 0) api()?.applyTransaction({ add: added });
    } finally {
      takingRows = false;
    }
  };

  return {
    /** Every row anew (a plan replaced from storage). */
    reset(units: readonly Unit[]) {
      waitingRows.clear();
      api()?.setGridOption('rowData', [...units]);
      api()?.refreshCells({ force: true });
    },
    /** The rows a change of units touched. */
    take(change: Extract<PlanChange, { kind: 'units' }>) {
      const grid = api();
      if (!grid) return;
      const removed = change.removed.map((code) => ({ code }) as GridRow);
      if (change.changed.length > ROWS_AT_ONCE) {
        for (const unit of change.changed) waitingRows.set(unit.code, unit);
        for (const code of change.removed) waitingRows.delete(code);
        if (removed.length > 0) grid.applyTransaction({ remove: removed });
        void takeWaiting().catch((e) => console.error('Updating the grid failed', e));
        return;
      }
      // An edit, even while a large change is still being taken: at once, and newer than what waits.
      const added: GridRow[] = [];
      for (const unit of change.changed) {
        waitingRows.delete(unit.code);
        if (!setRow(unit)) added.push(unit);
      }
      for (const code of change.removed) waitingRows.delete(code);
      if (added.length > 0 || removed.length > 0) grid.applyTransaction({ add: added, remove: removed });
    },
  };
}

export type RowFeed = ReturnType<typeof createRowFeed>;
