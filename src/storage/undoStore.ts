import Dexie from 'dexie';
import type { PlanId } from '../domain/ids';
import type { JournalChange, JournalEntry } from '../domain/journal';
import { fromStoredEntry } from './journalCodec';
import type { PlannerDatabase } from './database';

/** Steps kept per plan, oldest dropped first: the same bound as a tab's history in memory. */
export const UNDO_LIMIT = 200;

/** A step of a tab's history as storage knows it: its row, once stored. */
export interface UndoStepRef {
  row?: number;
}

/**
 * What a command's write does to its plan's stored history, in the same transaction as the command itself, so
 * that the history is never ahead of or behind the plan: a step pushed (the command's own journal entry),
 * a step taken off (undone, redone, or refused and forgotten), or every redo step dropped (a new edit).
 */
export type UndoOp =
  | { kind: 'push'; stack: 'undo' | 'redo'; entry: JournalEntry; step: UndoStepRef }
  | { kind: 'drop'; step: UndoStepRef }
  | { kind: 'clearRedo' };

/** A stored step read back: its row and the journal's field-level changes it stands for. */
export interface StoredUndoStep {
  row: number;
  changes: JournalChange[];
}

const stackRange = (db: PlannerDatabase, id: PlanId, stack: 'undo' | 'redo') =>
  db.undo.where('[planId+stack+seq]').between([id, stack, Dexie.minKey], [id, stack, Dexie.maxKey], true, true);

/**
 * Applies a write's history operations inside the caller's transaction (which must include `undo`); `entrySeq`
 * gives the stored seq of one of the write's journal entries. Returns the rows given to pushed steps, to be set
 * on them once the transaction is committed (not before: an aborted one stores nothing).
 */
export async function applyUndoOps(db: PlannerDatabase, id: PlanId, ops: readonly UndoOp[], entrySeq: (entry: JournalEntry) => number | undefined): Promise<Map<UndoStepRef, number>> {
  const given = new Map<UndoStepRef, number>();
  let pushedUndo = false;
  for (const op of ops) {
    if (op.kind === 'clearRedo') await stackRange(db, id, 'redo').delete();
    else if (op.kind === 'drop') {
      const row = given.get(op.step) ?? op.step.row;
      if (row !== undefined) await db.undo.delete(row);
    } else {
      const entry = entrySeq(op.entry);
      if (entry === undefined) continue;
      given.set(op.step, await db.undo.add({ planId: id, stack: op.stack, entry }));
      pushedUndo ||= op.stack === 'undo';
    }
  }
  if (pushedUndo) {
    const count = await stackRange(db, id, 'undo').count();
    if (count > UNDO_LIMIT) await stackRange(db, id, 'undo').limit(count - UNDO_LIMIT).delete();
  }
  return given;
}

/** A plan's stored history, oldest first; a step whose journal entry is no longer kept is left out. */
export async function readUndo(db: PlannerDatabase, id: PlanId): Promise<{ undo: StoredUndoStep[]; redo: StoredUndoStep[] }> {
  return db.transaction('r', db.undo, db.journal, async () => {
    const read = async (stack: 'undo' | 'redo') => {
      const rows = await stackRange(db, id, stack).toArray();
      const entries = await db.journal.bulkGet(rows.map((r) => r.entry));
      return rows.flatMap((r, k) => (entries[k]?.planId === id ? [{ row: r.seq!, changes: fromStoredEntry(entries[k]!).changes }] : []));
    };
    return { undo: await read('undo'), redo: await read('redo') };
  });
}

/** Forgets a plan's history (the plan is deleted). */
export async function deleteUndo(db: PlannerDatabase, id: PlanId): Promise<void> {
  await stackRange(db, id, 'undo').delete();
  await stackRange(db, id, 'redo').delete();
}

/** Drops stored steps outside a command's write (an undo refused and forgotten). */
export async function dropUndoRows(db: PlannerDatabase, rows: readonly number[]): Promise<void> {
  if (rows.length > 0) await db.undo.bulkDelete([...rows]);
}
