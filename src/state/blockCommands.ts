import type { UnitCode } from '../domain/ids';
import { indicatorId } from '../domain/ids';
import { isLocked, type Plan, type Unit } from '../domain/plan';
import { formatRate, type Locale } from '../domain/rate';
import { unitPositions } from '../domain/unitPositions';
import { tsvText, type Block } from './cellBlock';
import { pasteToCommand, type PastedCell } from './pasteCommands';

/**
 * What the grid's block actions write (fill down, fill right, clear, one value over a selection), built from a
 * block of cells named by unit and column in display order. Each becomes one command, through the checks of
 * typed values (`cellEditToCommand`): all of it, or nothing and every refused cell named. The command is one
 * `patchUnits` (one entry per unit), so that a column of 10,598 units applies in O(units), where a batch of
 * single-cell commands copies the unit list once per cell.
 */

/** Cells to write, and how many cells of the block were passed over because they cannot be written. */
export interface BlockEdits {
  cells: PastedCell[];
  skipped: number;
}

const EDITABLE = /^(name|type|volume|(baseline|target)\..+)$/;
export const isEditableColumn = (colId: string): boolean => EDITABLE.test(colId);

/** A cell's value as stored, or null when empty (rates in hundredths; text columns as text). */
export function cellValue(unit: Unit, colId: string): string | number | null {
  if (colId === 'code' || colId === 'name' || colId === 'type') return unit[colId];
  if (colId === 'volume') return unit.volume;
  const m = /^(baseline|target)\.(.+)$/.exec(colId);
  if (!m) return null;
  return unit[m[1] as 'baseline' | 'target'][indicatorId(m[2]!)] ?? null;
}

/** A cell as it is displayed and copied (`85,5` in Vietnamese): text that reads back to the same value. */
export function cellText(unit: Unit, colId: string, locale: Locale): string {
  const value = cellValue(unit, colId);
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return colId === 'volume' ? String(value) : formatRate(value as Parameters<typeof formatRate>[0], locale);
}

const isEmpty = (unit: Unit, colId: string) => {
  const value = cellValue(unit, colId);
  return value === null || value === '';
};

/** The block's units, found once (O(units)); a code no longer in the plan is left out. */
function unitsOf(plan: Plan, rows: readonly UnitCode[]): (Unit | undefined)[] {
  const at = unitPositions(plan.units);
  return rows.map((code) => {
    const i = at.get(code);
    return i === undefined ? undefined : plan.units[i];
  });
}

/**
 * Fill down (Excel's Ctrl+D: the top row copied into every row below it) or fill right (Ctrl+R: the left
 * column into the columns to its right). Never changes a locked target (fills are automatic), nor a column
 * that cannot be typed into; with `onlyEmpty`, only empty cells are written. What a column allows and the text
 * copied are worked out once per column (down) or per row (right), not per cell: a whole column is 10,598 cells,
 * and the key press that fills it should not format the same top value 10,598 times.
 */
export function fillEdits(plan: Plan, block: Block, direction: 'down' | 'right', onlyEmpty: boolean, locale: Locale): BlockEdits {
  const units = unitsOf(plan, block.rows);
  const down = direction === 'down';
  const first = block.cols[0]!;
  const columns = block.cols.map((colId) => ({
    colId, target: colId.startsWith('target.') ? indicatorId(colId.slice('target.'.length)) : undefined,
    // Down, each column copies its own top cell; right, every column copies the left one.
    writable: isEditableColumn(colId) && sameKind(down ? colId : first, colId),
    topText: undefined as string | undefined,
  }));
  const cells: PastedCell[] = [];
  let skipped = 0;
  units.forEach((unit, r) => {
    let leftText: string | undefined;
    columns.forEach((column, c) => {
      if (down ? r === 0 : c === 0) return;
      const source = down ? units[0] : unit;
      const { colId, target } = column;
      if (!unit || !source || !column.writable || (target !== undefined && isLocked(unit, target))) {
        skipped++;
        return;
      }
      if (onlyEmpty && !isEmpty(unit, colId)) return;
      const text = down ? (column.topText ??= cellText(source, colId, locale)) : (leftText ??= cellText(source, first, locale));
      cells.push({ unitCode: unit.code, colId, text, row: r + 1, column: c + 1 });
    });
  });
  return { cells, skipped };
}

/** A rate fills rates, a text a text column, a volume the volume: a name copied into a rate would only be refused. */
function sameKind(from: string, to: string): boolean {
  const kind = (colId: string) => (colId.includes('.') ? 'rate' : colId);
  return kind(from) === kind(to);
}

/** Delete over a block: clears the units' targets in it, passing over every other cell (counted). */
export function clearEdits(plan: Plan, block: Block): BlockEdits {
  const units = unitsOf(plan, block.rows);
  const cells: PastedCell[] = [];
  let skipped = 0;
  units.forEach((unit, r) => {
    block.cols.forEach((colId, c) => {
      if (!unit || !colId.startsWith('target.')) skipped++;
      else if (!isEmpty(unit, colId)) cells.push({ unitCode: unit.code, colId, text: '', row: r + 1, column: c + 1 });
    });
  });
  return { cells, skipped };
}

/** One pasted value over a whole selection: every cell that can be typed into gets it. */
export function valueEdits(plan: Plan, block: Block, text: string): BlockEdits {
  const units = unitsOf(plan, block.rows);
  const cells: PastedCell[] = [];
  let skipped = 0;
  units.forEach((unit, r) => {
    block.cols.forEach((colId, c) => {
      if (!unit || !isEditableColumn(colId)) skipped++;
      else cells.push({ unitCode: unit.code, colId, text, row: r + 1, column: c + 1 });
    });
  });
  return { cells, skipped };
}

/** The cells as one command, each read as if typed: the paste path's own builder (`pasteToCommand`). */
export const blockCommand = pasteToCommand;

/**
 * A block as text for the clipboard (`tsvText`), numbers as the language writes them, so that it pastes into
 * Excel with Vietnamese settings and into Google Sheets.
 */
export function blockTsv(plan: Plan, block: Block, locale: Locale): string {
  const units = unitsOf(plan, block.rows);
  return tsvText(units.map((unit) => block.cols.map((colId) => (unit ? cellText(unit, colId, locale) : ''))));
}

/** Count, sum and mean of a block's numbers (rates as percents, volumes as counts): empty and text cells are not summed. */
export function blockStats(plan: Plan, block: Block): { count: number; numbers: number; sum: number; mean: number | null } {
  const units = unitsOf(plan, block.rows);
  let numbers = 0;
  // Integers summed apart (rates in hundredths of a percent), so that the sum is exact.
  let hundredths = 0;
  let counts = 0;
  for (const unit of units) {
    if (!unit) continue;
    for (const colId of block.cols) {
      const value = cellValue(unit, colId);
      if (typeof value !== 'number') continue;
      numbers++;
      if (colId === 'volume') counts += value;
      else hundredths += value;
    }
  }
  const sum = counts + hundredths / 100;
  return { count: block.rows.length * block.cols.length, numbers, sum, mean: numbers > 0 ? sum / numbers : null };
}
