import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { PlannerDatabase } from '../../src/storage/database';
import { PlanRepository } from '../../src/storage/planRepository';

/**
 * Repositories on databases of their own for one test file (fake-indexeddb), each closed and deleted after its
 * test: `fresh()` opens a new database, `reader(repo)` another connection to the same one, as another page has
 * (it reads what storage holds, nothing remembered).
 */
export function storageRepositories(prefix: string) {
  let n = 0;
  const fresh = (name = `${prefix}-${++n}`) => new PlanRepository(openDatabase(name));
  afterEach(closeDatabases);
  return { fresh, reader: (repo: PlanRepository) => fresh(repo.db.name) };
}

/** Every database a test opened here, closed and deleted after it by `closeDatabases`. */
const opened: PlannerDatabase[] = [];

/** A database of this name, kept to be closed and deleted after the test. */
export function openDatabase(name: string): PlannerDatabase {
  const db = new PlannerDatabase(name);
  opened.push(db);
  return db;
}

/** Closes and deletes every database opened since the last call. */
export async function closeDatabases(): Promise<void> {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
}
