/**
 * Repositories on fake-indexeddb databases of their own for the PlanRepository tests
 * (test/storage/planRepository*.test.ts), and the commands they write. Each test file calls
 * `afterEach(closeRepositories)`, which closes and deletes every database opened here (through storageRepositories.ts).
 */
import { applyCommand, type Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import { PlanRepository } from '../../src/storage/planRepository';
import { ind, NOW, pct } from './builders';
import { closeDatabases, openDatabase } from './storageRepositories';

let n = 0;
/** A number for a database name of its own. */
export const databaseNumber = () => ++n;
export { openDatabase };
export const freshRepository = (name = `test-db-${++n}`) => new PlanRepository(openDatabase(name));
export const closeRepositories = closeDatabases;

/** A repository whose `n`-th batch of unit records fails (a disk error in the middle of a long write). */
export function failingRepository(failAt: number) {
  const db = openDatabase(`test-db-${++n}`);
  let batches = 0;
  db.use({ stack: 'dbcore', name: 'fail-in-the-middle', create: (down) => ({ ...down, table: (name) => {
    const table = down.table(name);
    if (name !== 'unitChunks') return table;
    return { ...table, mutate: (req) => (req.type === 'put' && ++batches === failAt ? Promise.reject(new Error('disk failure')) : table.mutate(req)) };
  } }) });
  return { repo: new PlanRepository(db), batches: () => batches };
}

/** Another connection to the same database, as another page has: it reads what storage holds, nothing remembered. */
export function reader(repo: PlanRepository) {
  return freshRepository(repo.db.name);
}

/** Every target of every unit set to `percent`: one command that changes every unit, as a CSV import does. */
export function everyTarget(plan: Plan, percent: number): Command {
  return { type: 'putUnits', entries: plan.units.map((u) => ({ unit: { ...u, target: { ...u.target, [ind('online_dossiers')]: pct(percent) } }, index: 0 })) };
}

export function apply(plan: Plan, command: Command) {
  const r = applyCommand(plan, command, NOW);
  if (!r.ok) throw new Error(r.reason);
  return r;
}
