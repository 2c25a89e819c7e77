import type { Command } from '../domain/commands';
import type { Unit } from '../domain/plan';
import { applyPatch, type CsvPreview, type CsvProblem, type UnitPatch } from './csvImport';

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
  const now = new Map(plan.units.map((u) => [u.code as string, u]));
  let next = plan.units.length;
  const entry = (patch: UnitPatch, fresh: Unit) => {
    const current = now.get(patch.code);
    return { unit: current ? applyPatch(current, patch) : fresh, index: current ? 0 : next++ };
  };
  return {
    type: 'putUnits',
    entries: [...preview.updates.map((u) => entry(u.patch, u.after)), ...preview.adds.map((a) => entry(a.patch, a.after))],
  };
}
