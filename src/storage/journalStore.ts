import Dexie from 'dexie';
import type { PlanId } from '../domain/ids';
import type { JournalEntry } from '../domain/journal';
import type { PlannerDatabase } from './database';
import { fromStoredEntry, toStoredEntry, type StoredJournalEntry } from './journalCodec';

/**
 * A plan's journal keeps its latest `JOURNAL_LIMIT` entries: enough for a half-year of a district's work
 * (an entry per typed cell, per paste, per import), and a bound on what it can cost the browser's storage.
 * Older entries are dropped, oldest first, every `TRIM_EVERY` revisions (counting them costs a query).
 */
export const JOURNAL_LIMIT = 2000;
const TRIM_EVERY = 50;

const planEntries = (db: PlannerDatabase, id: PlanId) =>
  db.journal.where('[planId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true);

/**
 * Entries as the journal stores them. A write encodes its entries before it opens its transaction
 * (`PlanRepository.commit`): an entry for a change of every unit of a large plan takes a task's worth of work to
 * work out and pack, which would otherwise run in the same task as the transaction's last requests.
 */
export const encodeJournal = (entries: readonly JournalEntry[]): StoredJournalEntry[] => entries.map(toStoredEntry);

/**
 * Appends entries (`encodeJournal`) to their plan's journal, inside the caller's transaction (which must include
 * `journal`), so an entry exists exactly when its write does. Returns their keys (`seq`), in order.
 */
export async function appendJournal(db: PlannerDatabase, entries: readonly StoredJournalEntry[]): Promise<number[]> {
  if (entries.length === 0) return [];
  // Their keys: the undo history names its steps by them (`undoStore.ts`).
  const keys = await db.journal.bulkAdd(entries, { allKeys: true });
  const last = entries[entries.length - 1]!;
  if (last.revision % TRIM_EVERY !== 0) return keys;
  const count = await planEntries(db, last.planId).count();
  if (count > JOURNAL_LIMIT) await planEntries(db, last.planId).limit(count - JOURNAL_LIMIT).delete();
  return keys;
}

/** A deleted plan's journal goes with it, but for the one entry that says it was deleted. */
export async function replaceJournalWith(db: PlannerDatabase, id: PlanId, entry: JournalEntry): Promise<void> {
  await planEntries(db, id).delete();
  await db.journal.add(toStoredEntry(entry));
}

/** A plan's journal, oldest first. */
export async function readJournal(db: PlannerDatabase, id: PlanId): Promise<JournalEntry[]> {
  const records = await planEntries(db, id).toArray();
  return records.map(({ seq: _seq, ...entry }) => fromStoredEntry(entry));
}
