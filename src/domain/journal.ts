import { changedFields, fieldValue, type Change, type UnitField } from './changes';
import type { Command } from './commandTypes';
import type { PlanId, UnitCode } from './ids';
import type { Indicator } from './indicators';
import type { PlanInfo, PlanStatus, Unit } from './plan';

/** Where a change came from, as the user would say it. */
export type ChangeSource =
  | { kind: 'typed' | 'paste' | 'fill' | 'clear' | 'undo' | 'redo' | 'assignment' | 'merged' | 'proposal' | 'lock' }
  /** A saved version of the plan restored as the current plan, by the version's name. */
  | { kind: 'version'; name: string }
  /** A file: an import into the plan, a plan made or replaced from a file, a backup restored. */
  | { kind: 'file'; name: string }
  /** A named version of the plan restored (`domain/versions/`). */
  | { kind: 'version'; name: string }
  /** A plan made in the app (the new-plan dialog, a copy, the demo). */
  | { kind: 'app' };

/** One field-level change as the journal keeps it: before and after, nothing more. */
export type JournalChange =
  | { kind: 'field'; code: UnitCode; field: UnitField; before: string | number | null; after: string | number | null }
  | { kind: 'unitAdded'; unit: Unit; index: number }
  | { kind: 'unitRemoved'; unit: Unit; index: number }
  | { kind: 'indicators'; before: readonly Indicator[]; after: readonly Indicator[] }
  | { kind: 'info'; field: keyof PlanInfo; before: string; after: string }
  | { kind: 'status'; before: PlanStatus; after: PlanStatus };

/**
 * One entry of a plan's change journal: what a write did, when, from where, in which tab. Commands carry their
 * changes field by field, which is their inverse too (each `before`); a plan made, replaced or deleted whole is
 * an `event` without field changes.
 */
export interface JournalEntry {
  planId: PlanId;
  /** The plan's revision this write produced (several merged commands share one). */
  revision: number;
  at: string;
  /** The tab (page load) that wrote it: another tab's entries are told apart by it. */
  tab: string;
  source: ChangeSource;
  /** The command as given when it touches at most `JOURNAL_COMMAND_UNITS` units; null for larger ones (imports), whose changes say it all. */
  command: Command | null;
  changes: JournalChange[];
  event?: 'created' | 'replaced' | 'deleted';
}

/** The largest command (in units touched) the journal keeps as given, besides its changes. */
export const JOURNAL_COMMAND_UNITS = 200;

/** A command's changes as the journal keeps them: a changed unit becomes one entry per field that changed. */
export function journalChanges(changes: readonly Change[]): JournalChange[] {
  const out: JournalChange[] = [];
  for (const c of changes) {
    if (c.kind !== 'unit') out.push(c);
    else if (c.movedFrom !== undefined) out.push({ kind: 'unitRemoved', unit: c.before!, index: c.movedFrom }, { kind: 'unitAdded', unit: c.after!, index: c.index });
    else if (!c.before) out.push({ kind: 'unitAdded', unit: c.after!, index: c.index });
    else if (!c.after) out.push({ kind: 'unitRemoved', unit: c.before, index: c.index });
    else {
      for (const field of changedFields(c.before, c.after)) {
        out.push({ kind: 'field', code: c.code, field, before: fieldValue(c.before, field), after: fieldValue(c.after, field) });
      }
    }
  }
  return out;
}

/** How many units a command names: what decides whether the journal keeps it as given. */
export function commandSize(command: Command): number {
  switch (command.type) {
    case 'putUnits': case 'patchUnits': return command.entries.length;
    case 'removeUnits': return command.unitCodes.length;
    // A column of locks names every unit: kept as given only while small, as an import is.
    case 'setLocks': return command.cells.length;
    case 'batch': return command.commands.reduce((n, c) => n + commandSize(c), 0);
    default: return 1;
  }
}
