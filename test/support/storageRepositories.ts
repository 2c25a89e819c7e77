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
  const opened: PlannerDatabase[] = [];
  const fresh = (name = `${prefix}-${++n}`) => {
    const db = new PlannerDatabase(name);
    opened.push(db);
    return new PlanRepository(db);
  };
  afterEach(async () => {
    const dbs = opened.splice(0);
    for (const db of dbs) db.close();
    for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
  });
  return { fresh, reader: (repo: PlanRepository) => fresh(repo.db.name) };
}
