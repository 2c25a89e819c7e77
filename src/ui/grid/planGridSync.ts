import type { ColDef, ColGroupDef, GridApi } from 'ag-grid-community';
import { indicatorsEqual } from '../../domain/indicators';
import type { Unit } from '../../domain/plan';
import type { PlanChange, PlanSession } from '../../state/planSession';
import { headerHeightsFor, headerKey } from './headerHeights';
import type { RowFeed } from './rowFeed';
import type { GridRow, SummaryRow } from './rows';

/** The pinned rows: the general target's row on top, the aggregate's at the bottom; a new version redraws them. */
export function createSummaryRows() {
  let version = 0;
  return (): { top: SummaryRow[]; bottom: SummaryRow[] } => {
    version++;
    return {
      top: [{ code: 'min', summary: true, version }],
      bottom: [{ code: 'aggregate', summary: true, version }],
    };
  };
}

export interface PlanGridSync {
  /** Called with the units the grid is created with: the reset that first shows them has nothing to redo. */
  createdWith(units: readonly Unit[] | undefined): void;
  /** Follows one change of the session in the grid. */
  onChange(change: PlanChange): void;
}

/**
 * Keeps the grid in step with the session: new columns only when what they show changed (indicators, period),
 * so widths and sorting survive edits; the rows that changed; the pinned rows.
 */
export function createPlanGridSync(session: PlanSession, api: () => GridApi<GridRow> | undefined, rows: RowFeed, deps: {
  columnDefs: () => (ColDef<GridRow> | ColGroupDef<GridRow>)[];
  summaryRows: () => { top: SummaryRow[]; bottom: SummaryRow[] };
  fitHeadersAfterPaint: (key: string | undefined) => void;
}): PlanGridSync {
  let shownColumns = { period: session.plan()?.period, indicators: session.plan()?.indicators ?? [] };
  let created: readonly Unit[] | undefined;

  /**
   * The pinned rows follow a change. An edit of units changes only the aggregate: its row gets new data and
   * AG Grid redraws just the cells whose value or text changed (the verdict is in the text). The
   * general-target row changes with the plan's rules and details, so it is redrawn whole only then.
   */
  const refreshSummaries = (grid: GridApi<GridRow>, which: 'aggregate' | 'both') => {
    const bottom = grid.getPinnedBottomRow(0);
    bottom?.updateData(deps.summaryRows().bottom[0]!);
    const top = grid.getPinnedTopRow(0);
    if (which === 'both') grid.refreshCells({ rowNodes: [top, bottom].filter((n) => !!n), force: true });
  };

  /** New columns when the indicators or the period changed; true when they did. */
  const followColumns = (grid: GridApi<GridRow>): boolean => {
    const plan = session.plan();
    const shown = { period: plan?.period, indicators: plan?.indicators ?? [] };
    if (shown.period === shownColumns.period && indicatorsEqual(shown.indicators, shownColumns.indicators)) return false;
    shownColumns = shown;
    const defs = deps.columnDefs();
    const heights = headerHeightsFor(defs);
    grid.updateGridOptions({ columnDefs: defs, headerHeight: heights.header, groupHeaderHeight: heights.group });
    deps.fitHeadersAfterPaint(headerKey(defs));
    return true;
  };

  return {
    createdWith(units) {
      created = units;
    },
    onChange(change) {
      const grid = api();
      if (!grid) return;
      const plan = session.plan();
      const newColumns = followColumns(grid);
      const createdUnits = created;
      created = undefined;
      // Units changed, nothing else: only the aggregate moved. A change of no unit is one of the plan's details.
      const unitsOnly = change.kind === 'units' && change.changed.length + change.removed.length > 0 && !newColumns;
      // The reset that first showed the plan, which the grid was just created with (pinned rows too): nothing to redo.
      if (change.kind === 'reset' && plan && plan.units === createdUnits) return;
      if (change.kind === 'reset' || !plan) rows.reset(plan?.units ?? []);
      else rows.take(change);
      refreshSummaries(grid, unitsOnly ? 'aggregate' : 'both');
    },
  };
}
