import type { UnitCode } from '../domain/ids';
import type { PastedCell } from './pasteCommands';

/**
 * What a grid column holds, as a district official sees it: the unit's details (code, name, type, dossier
 * volume), a previous-period result (`baseline.*`, data already achieved) or a target (`target.*`, the plan).
 */
export type ColumnKind = 'details' | 'result' | 'target';

export function columnKind(colId: string): ColumnKind {
  if (colId.startsWith('baseline.')) return 'result';
  if (colId.startsWith('target.')) return 'target';
  return 'details';
}

/** Where a pasted block could land, and whether the user is asked first. */
export interface PastePlacement {
  /** The columns the block covers pasted over the columns as displayed; null when it runs past the last one. */
  asLaidOut: string[] | null;
  /** The block's columns put into consecutive target columns from the focused one; null when too few remain. */
  targetsOnly: string[] | null;
  /** The target columns at or after the focused one: how many "targets only" could fill. */
  targetsAvailable: number;
  /** True when the paste must ask before anything is written. */
  ask: boolean;
}

/** The width of a pasted block: its longest row (spreadsheets leave trailing empty cells out of some rows). */
export function blockWidth(block: readonly (readonly string[])[]): number {
  return block.reduce((width, row) => Math.max(width, row.length), 0);
}

/**
 * Decides where a block pasted at the focused cell goes. `columns` are the displayed column ids from the
 * focused one to the last.
 *
 * The rule. The grid alternates, per indicator, the previous result ("KQ") and the target column, so a block
 * of targets copied from a spreadsheet and pasted at a target cell would spill into the next indicators'
 * results and put each target one indicator off. Previous results are data, not plans: a paste asks first
 * when the columns it covers are of more than one kind (details, results, targets). In practice:
 * - a single column, or a block inside one kind of column (targets only; name, type and volume), is pasted
 *   at once: that is where the user clicked;
 * - a single column of results pasted at a result column is pasted at once: the user is entering results;
 * - a block that covers result columns but started elsewhere (at a target, at the volume), or that mixes
 *   targets and results, or volume and rates, asks: "targets only" (the default), "as laid out" or cancel.
 * "Targets only" puts block column k into the k-th target column at or after the focused one, so each value
 * lands in the right indicator, whatever kind of column the paste started at.
 * A block that does not fit as laid out does not ask: it is refused as before (it cannot fit as targets
 * either, since target columns are a subset of the columns).
 */
export function placePaste(block: readonly (readonly string[])[], columns: readonly string[]): PastePlacement {
  const width = blockWidth(block);
  const targets = columns.filter((id) => columnKind(id) === 'target');
  const asLaidOut = width <= columns.length ? columns.slice(0, width) : null;
  const targetsOnly = width <= targets.length ? targets.slice(0, width) : null;
  const kinds = new Set((asLaidOut ?? []).map(columnKind));
  return { asLaidOut, targetsOnly, targetsAvailable: targets.length, ask: kinds.size > 1 };
}

/**
 * The answer the paste question offers first (Enter takes it): "targets only" when the block could be targets (it covers a target column) and they
 * fit; "as laid out" when it covers no target (unit details running into a result column); otherwise, targets
 * that no longer fit among results, Cancel: neither place is what the user most likely meant.
 */
export function defaultAnswer(asLaidOut: readonly string[], targetsOnly: readonly string[] | null): 'targetsOnly' | 'asLaidOut' | 'cancel' {
  if (!asLaidOut.some((id) => columnKind(id) === 'target')) return 'asLaidOut';
  return targetsOnly ? 'targetsOnly' : 'cancel';
}

/**
 * The cells of a block placed on the given units (rows, from the focused one) and columns (one per block
 * column, in order). Each cell keeps its position in the block for messages.
 */
export function placeBlock(block: readonly (readonly string[])[], units: readonly UnitCode[], columns: readonly string[]): PastedCell[] {
  const cells: PastedCell[] = [];
  block.forEach((values, r) => {
    const unitCode = units[r];
    if (unitCode === undefined) return;
    values.forEach((text, c) => {
      const colId = columns[c];
      if (colId !== undefined) cells.push({ unitCode, colId, text, row: r + 1, column: c + 1 });
    });
  });
  return cells;
}
