import type { Command } from '../domain/commands';
import type { UnitCode } from '../domain/ids';
import type { NumberProblem } from '../domain/rate';
import { cellEditToCommand } from './cellCommands';

/** One cell of a block pasted into the grid: where it lands and the text it carries. */
export interface PastedCell {
  unitCode: UnitCode;
  colId: string;
  text: string;
  /** 1-based position in the pasted block, for messages. */
  row: number;
  column: number;
}

export interface PasteProblem {
  cell: PastedCell;
  problem: NumberProblem | 'notEditable';
}

export type PasteResult = { ok: true; command: Command } | { ok: false; problems: PasteProblem[] };

/**
 * Reads a block copied from Excel or LibreOffice: rows on lines, cells separated by tabs, a cell with a tab,
 * quote or line break inside double quotes. The trailing line break Excel adds is not a row.
 */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Turns a pasted block into one command (one save, one undo step) — or, if any cell is refused, into the list
 * of refusals and no change at all: pasted values go through exactly the checks of typed ones.
 */
export function pasteToCommand(cells: readonly PastedCell[]): PasteResult {
  const commands: Command[] = [];
  const problems: PasteProblem[] = [];
  for (const cell of cells) {
    const edit = cellEditToCommand(cell.colId, cell.unitCode, cell.text);
    if (edit.ok) commands.push(edit.command);
    else problems.push({ cell, problem: edit.problem });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, command: commands.length === 1 ? commands[0]! : { type: 'batch', commands } };
}
