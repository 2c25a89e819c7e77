import Dexie, { type Table } from 'dexie';
import type { PlanId } from '../domain/ids';
import type { Plan } from '../domain/plan';
import { chunkAt, chunkCount, PlannerDatabase, UNITS_PER_CHUNK, type UnitChunkRecord } from './database';

/** Reading and writing a plan's unit chunks in batches, inside the caller's transaction. */
/**
 * Units handed to IndexedDB per request (in whole chunks). Storing costs the page structured cloning, all of
 * it on the main thread at the moment `put` is called: in requests of a few thousand units, the page runs
 * between them (the next is issued when IndexedDB reports the one before it done, a task of its own), while
 * the transaction stays one.
 */
export const WRITE_BATCH = 4000;
/** Units read per request: their deserialisation is one task each, which must stay short for the page to stay responsive. */
export const READ_BATCH = 5000;
export const CHUNKS_PER_WRITE = Math.max(1, Math.floor(WRITE_BATCH / UNITS_PER_CHUNK));
export const CHUNKS_PER_READ = Math.max(1, Math.floor(READ_BATCH / UNITS_PER_CHUNK));

/** Progress of a long read or write, 0…1. */
export type Progress = (done: number) => void;

/** The progress of step `k` of `n` (0-based) of a longer piece of work, as the progress of the whole. */
export const inStage = (k: number, n: number, onProgress?: Progress): Progress | undefined =>
  onProgress && ((done) => onProgress((k + done) / n));
/** A plan's chunks, all of them: one range of the primary key [planId+chunk]. */
export const planRange = (db: PlannerDatabase, id: PlanId, fromChunk = 0) =>
  db.unitChunks.where('[planId+chunk]').between([id, fromChunk], [id, Dexie.maxKey], true, true);

/**
 * Puts chunks `chunks[0…count)` (built by `chunk(i)` only when issued) into the running transaction,
 * `CHUNKS_PER_WRITE` at a time. After issuing a request, the loop waits for one that is still being stored:
 * the one before (IndexedDB works on the new one meanwhile) or, when that one is already stored, the new one.
 * Either way the wait ends with an IndexedDB event, a task of its own, so the page always gets its turn
 * between requests. (Waiting on the one before alone would not: when IndexedDB keeps up it is already stored,
 * and the loop went on in the same task.) It all stays one transaction: if any request fails, the error
 * reaches the transaction, which is aborted, and nothing of it is written.
 */
export async function putInBatches(table: Table<UnitChunkRecord, [PlanId, number]>, count: number, chunk: (i: number) => UnitChunkRecord, onProgress?: Progress): Promise<void> {
  let previous: { put: Promise<unknown>; stored: boolean } | undefined;
  for (let start = 0; start < count; start += CHUNKS_PER_WRITE) {
    const end = Math.min(count, start + CHUNKS_PER_WRITE);
    const batch: UnitChunkRecord[] = [];
    for (let i = start; i < end; i++) batch.push(chunk(i));
    const current = { put: table.bulkPut(batch), stored: false };
    // A failure is thrown where the request is awaited (below, or at the end); this only marks it handled.
    current.put.then(() => { current.stored = true; }, () => undefined);
    await (previous && !previous.stored ? previous.put : current.put);
    previous = current;
    onProgress?.(end / count);
  }
  if (previous) await previous.put;
}

/** Every chunk of `plan`, in batches. */
export const putAllChunks = (db: PlannerDatabase, plan: Plan, onProgress?: Progress) =>
  putInBatches(db.unitChunks, chunkCount(plan.units.length), (k) => chunkAt(plan.id, plan.units, k), onProgress);
