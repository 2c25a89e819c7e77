import type { Unit } from '../../domain/plan';

/** The pinned rows above and below the units; their row ids are the automation hooks `min` and `aggregate`. */
export interface SummaryRow {
  code: 'min' | 'aggregate';
  summary: true;
  /** Changes whenever the totals change, so the grid refreshes the row. */
  version: number;
}

export type GridRow = Unit | SummaryRow;

export const isSummary = (row: GridRow | undefined): row is SummaryRow => !!row && 'summary' in row;
