import type { Command } from '../../domain/commands';
import type { UnitCode } from '../../domain/ids';
import { pasteToCommand } from '../../state/pasteCommands';
import { blockWidth, placeBlock, placePaste } from '../../state/pasteGuard';
import type { GridPaste } from '../grid/PlanGrid';
import { t } from '../i18n/t';

export type PasteChoice = 'targetsOnly' | 'asLaidOut' | 'cancel';

/** A paste that waits for the user's answer (see `placePaste` for when one asks). */
export interface PasteQuestion {
  rows: number;
  /** One column id per block column, pasted over the columns as displayed. */
  asLaidOut: string[];
  /** One target column id per block column; null when too few target columns remain. */
  targetsOnly: string[] | null;
  targetsAvailable: number;
}

export interface PasteContext {
  dispatch: (command: Command) => unknown;
  setMessage: (text: string) => void;
  unitName: (code: UnitCode) => string;
  /** A column's name in refusal messages. */
  columnLabel: (colId: string) => string;
  focusCell: (unitCode: UnitCode, colId: string) => void;
  /** Shows the question and resolves with the user's answer. */
  ask: (question: PasteQuestion) => Promise<PasteChoice>;
}

/**
 * A block pasted in the grid, from the clipboard to one command: placed over the displayed columns, or asked
 * about first when it would cover columns of different kinds (previous results among them). Whatever the
 * answer, the values go through the checks of typed ones and become one command (one undo step), or nothing.
 * After a question the focus goes back to the cell the block was pasted at.
 */
export async function pasteBlock(pasted: GridPaste, context: PasteContext): Promise<void> {
  const size = { rows: pasted.block.length, columns: blockWidth(pasted.block) };
  if (size.rows === 0 || size.columns === 0) return;
  if (!pasted.at) return context.setMessage(t('pasteNoCell'));
  const placement = placePaste(pasted.block, pasted.columns);
  if (!placement.asLaidOut || pasted.units.length < size.rows) return context.setMessage(t('pasteOutside', size));
  if (!placement.ask) return write(pasted, placement.asLaidOut, context);

  const { targetsOnly, targetsAvailable } = placement;
  const choice = await context.ask({ rows: size.rows, asLaidOut: placement.asLaidOut, targetsOnly, targetsAvailable });
  if (choice === 'asLaidOut') write(pasted, placement.asLaidOut, context);
  else if (choice === 'targetsOnly' && targetsOnly) write(pasted, targetsOnly, context);
  else if (choice === 'targetsOnly') context.setMessage(t('pasteTargetsOutside', { columns: size.columns, targets: targetsAvailable }));
  const { unitCode, colId } = pasted.at;
  // Once the dialog has gone: it holds the focus until then.
  setTimeout(() => context.focusCell(unitCode, colId));
}

/** Writes the block into the given columns as one command, or lists the refused cells and writes nothing. */
function write(pasted: GridPaste, columns: readonly string[], context: PasteContext): void {
  const result = pasteToCommand(placeBlock(pasted.block, pasted.units, columns));
  if (result.ok) {
    context.dispatch(result.command);
    return;
  }
  const shown = result.problems.slice(0, 5).map(({ cell, problem }) => t('pasteProblem', {
    row: cell.row, column: cell.column, unit: context.unitName(cell.unitCode), header: context.columnLabel(cell.colId),
    message: t(`parse_${problem}`, { text: cell.text.trim() }),
  }));
  const more = result.problems.length - shown.length;
  context.setMessage([t('pasteRefused'), ...shown, ...(more > 0 ? [t('pasteMore', { n: more })] : [])].join('\n'));
}
