/**
 * The demo plan stored in a fresh fake-indexeddb database, and everything that database holds, to prove that
 * reading a file writes nothing. Each database has a name of its own; `closeDemoDatabases` deletes them.
 */
import Dexie, { type DBCore } from 'dexie';
import { DEMO_PLAN_ID, makeDemoPlan } from '../../src/domain/demoPlan';
import { PlannerDatabase } from '../../src/storage/database';
import { PlanRepository } from '../../src/storage/planRepository';
import { NOW } from './builders';

let count = 0;
const opened: PlannerDatabase[] = [];

/**
 * `writes`: every write request that reached the database after the demo plan was stored (`table:type`),
 * logged below Dexie's tables (its DBCore), whatever the API used: a cheap check after each of many readings,
 * beside the snapshots.
 */
export async function demoRepository(prefix = 'demo') {
  const db = new PlannerDatabase(`${prefix}-${++count}`);
  opened.push(db);
  const writes: string[] = [];
  db.use({
    stack: 'dbcore', name: 'test-write-log',
    create: (down): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (request) => { writes.push(`${name}:${request.type}`); return table.mutate(request); } };
      },
    }),
  });
  const repo = new PlanRepository(db);
  await repo.savePlan(makeDemoPlan(NOW));
  if (writes.length === 0) throw new Error('the write log saw the demo plan stored: it is not in place');
  writes.length = 0;
  return { db, repo, writes };
}

export async function closeDemoDatabases() {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
}

/** Everything the database holds: the demo plan as loaded, the plan list and every table. */
export async function snapshot(db: PlannerDatabase, repo: PlanRepository) {
  return {
    plan: await repo.loadPlan(DEMO_PLAN_ID),
    list: await repo.listPlans(),
    plans: await db.plans.toArray(),
    units: await db.unitChunks.toArray(),
    settings: await db.settings.toArray(),
  };
}
