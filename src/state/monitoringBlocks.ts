import type { IndicatorId, UnitCode } from '../domain/ids';
import { entryOf } from '../domain/monitoring/results';
import type { MonthKey } from '../domain/monitoring/resultKey';
import type { Unit } from '../domain/plan';
import { formatCount, formatRate, type Locale } from '../domain/rate';
import type { Block } from './cellBlock';
import { resultColumnOf, type ResultCellEdit } from './monitoringEdit';

/**
 * What the results grid's block actions write — Delete over a block, fill down (Ctrl+D), fill right (Ctrl+R), one
 * pasted value over a block — as the texts the cells would be typed as, so that they go through the checks of a
 * typed count (`resultEditsToCommand`) and become one command. Only the month's counts (`num.<id>`, `den.<id>`)
 * are written; every other cell of the block (code, name, rate, target, gap, required rate, status, rank) is
 * read-only: passed over and counted.
 */

export type ResultBlockAction = 'fillDown' | 'fillRight' | 'clear' | { value: string };

export interface ResultBlockEdits {
  edits: ResultCellEdit[];
  /** Cells of the block passed over because they cannot be written. */
  skipped: number;
}

/**
 * A count cell's value as the grid holds it: the count, a rate entered alone as its text (`75 %`: a string, never
 * a count), or null when empty.
 */
export function countCellValue(unit: Unit, month: MonthKey, id: IndicatorId, part: 'num' | 'den', locale: Locale): number | string | null {
  const e = entryOf(unit, month, id);
  if (part === 'num' && e.n === null && e.r !== null) return `${formatRate(e.r, locale)} %`;
  return part === 'num' ? e.n : e.d;
}

/** A count cell as shown (`1.234`, `75 %`, empty): text that, typed back, writes the same figures. */
export function countCellText(unit: Unit, month: MonthKey, colId: string, locale: Locale): string {
  const col = resultColumnOf(colId);
  const value = col ? countCellValue(unit, month, col.id, col.part, locale) : null;
  return typeof value === 'string' ? value : formatCount(value, locale);
}

/** A cell's text as shown, for the cells a fill copies and a clear looks at (the count columns only). */
export type CellTextAt = (unitCode: UnitCode, colId: string) => string;

/** The cells an action writes over a block, in display order; `textAt` reads the block's count cells as shown. */
export function resultBlockEdits(block: Block, action: ResultBlockAction, textAt: CellTextAt): ResultBlockEdits {
  const editable = block.cols.map((colId) => resultColumnOf(colId) !== null);
  const edits: ResultCellEdit[] = [];
  let skipped = 0;
  const down = action === 'fillDown';
  const right = action === 'fillRight';
  // The source texts read once (a column, a row), not once per cell written.
  const top = down ? block.cols.map((colId, c) => (editable[c] ? textAt(block.rows[0]!, colId) : '')) : [];
  block.rows.forEach((unitCode, r) => {
    const left = right && editable[0] ? textAt(unitCode, block.cols[0]!) : '';
    block.cols.forEach((colId, c) => {
      // A fill's source cells (the top row, the left column) are read, not written.
      if ((down && r === 0) || (right && c === 0)) return;
      // Fill right copies the left column: only a count column can give counts.
      if (!editable[c] || (right && !editable[0])) {
        skipped++;
        return;
      }
      if (typeof action === 'object') edits.push({ unitCode, colId, text: action.value });
      else if (down) edits.push({ unitCode, colId, text: top[c]! });
      else if (right) edits.push({ unitCode, colId, text: left });
      else if (textAt(unitCode, colId) !== '') edits.push({ unitCode, colId, text: '' });
    });
  });
  return { edits, skipped };
}
