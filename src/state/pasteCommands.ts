import type { Command } from '../domain/commands';
import type { UnitCode } from '../domain/ids';
import type { NumberProblem } from '../domain/rate';
import type { UnitPatch } from '../domain/unitPatch';
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
 * Turns a pasted block (or a block filled, cleared or typed over) into one command — one save, one undo step —
 * or, if any cell is refused, into the list of refusals and no change at all: every cell goes through exactly
 * the checks of a typed one. The command is a `patchUnits` of one entry per unit, linear in the cells (a batch
 * of one command per cell copied the unit list once per cell: a 10,598-row column took seconds).
 */
export function pasteToCommand(cells: readonly PastedCell[]): PasteResult {
  const patches = new Map<UnitCode, UnitPatch>();
  const problems: PasteProblem[] = [];
  for (const cell of cells) {
    const edit = cellEditToCommand(cell.colId, cell.unitCode, cell.text);
    if (!edit.ok) {
      problems.push({ cell, problem: edit.problem });
      continue;
    }
    let patch = patches.get(cell.unitCode);
    if (!patch) patches.set(cell.unitCode, patch = { code: cell.unitCode, baseline: {}, target: {} });
    addToPatch(patch, edit.command);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, command: { type: 'patchUnits', entries: [...patches.values()] } };
}

/** A typed cell's command as a field of its unit's patch. */
function addToPatch(patch: UnitPatch, command: Command): void {
  if (command.type === 'setRate') patch[command.field][command.indicatorId] = command.value;
  else if (command.type === 'setVolume') patch.volume = command.volume;
  else if (command.type === 'renameUnit') patch.name = command.name;
  else if (command.type === 'setUnitType') patch.type = command.unitType;
}
