import type { Command } from '../domain/commands';
import type { Unit } from '../domain/plan';
import type { CsvPreview, CsvProblem } from './csvImport';
import type { UnitPatch } from '../domain/unitPatch';
import { unitPositions } from '../domain/unitPositions';

/**
 * What a CSV preview becomes once the user has answered its questions (new units: add them? the last row
 * without a line end: complete?), and the one command that applies it. Reading the file is `csvImport.ts`.
 */

/**
 * The preview as the user's choice about new units makes it: in a plan that has units, rows with codes it
 * does not know are problems on their lines ("21953 is not in this plan") unless the user chose to add them.
 */
export function withNewUnitsChoice(preview: CsvPreview, addNewUnits: boolean): CsvPreview {
  if (!preview.newUnitsNeedChoice || addNewUnits || preview.adds.length === 0) return preview;
  const unknown: CsvProblem[] = preview.adds.map((a) => ({ code: 'unknownUnit', line: a.line, column: a.column, header: a.header, value: a.after.code }));
  const problems = [...preview.problems, ...unknown].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { ...preview, adds: [], problems };
}

/** The preview as the user's word on the held-back last row makes it: complete, it is read like any other. */
export function withLastRowChoice(preview: CsvPreview, complete: boolean): CsvPreview {
  const held = preview.lastRowHeld;
  if (!held || !complete) return preview;
  const problems = preview.problems.filter((p) => !(p.code === 'lastRowMayBeCut' && p.line === held.line));
  if (held.entry.kind === 'update') {
    const { before, after, patch } = held.entry;
    return { ...preview, problems, lastRowHeld: undefined, updates: [...preview.updates, { before, after, patch, line: held.line }] };
  }
  return { ...preview, problems, lastRowHeld: undefined, adds: [...preview.adds, held.entry.row] };
}

/**
 * Applying a preview: one command (one transaction, one undo step), built from the plan as it is now, so
 * that a change made meanwhile (in another tab) to a field the file does not touch is kept. New units go
 * after the existing ones.
 */
export function csvPreviewToCommand(preview: CsvPreview, plan: { units: readonly Unit[] }): Command {
  // The plan's own lookup by code (shared with its edits): a national file's import does not build another.
  const now = unitPositions(plan.units);
  let next = plan.units.length;
  // A row for a unit the plan has sets only the fields the file gives (`patchUnits`), on the unit as it is
  // when applied; a row for a unit the plan does not have (any more) adds it, after the existing ones.
  const patches: UnitPatch[] = [];
  const puts: { unit: Unit; index: number }[] = [];
  const take = (patch: UnitPatch, fresh: Unit) => {
    if (now.has(patch.code)) patches.push(patch);
    else puts.push({ unit: fresh, index: next++ });
  };
  for (const u of preview.updates) take(u.patch, u.after);
  for (const a of preview.adds) take(a.patch, a.after);
  const commands: Command[] = [
    ...(patches.length > 0 ? [{ type: 'patchUnits' as const, entries: patches }] : []),
    ...(puts.length > 0 ? [{ type: 'putUnits' as const, entries: puts }] : []),
  ];
  return commands.length === 1 ? commands[0]! : { type: 'batch', commands };
}
