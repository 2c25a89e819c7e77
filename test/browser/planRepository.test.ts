import Dexie from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../src/domain/commands';
import { resultKey, type MonthKey } from '../../src/domain/monitoring/resultKey';
import type { Plan, UnitResults } from '../../src/domain/plan';
import { chunkCount, PlannerDatabase } from '../../src/storage/database';
import { PlanRepository, WRITE_BATCH } from '../../src/storage/planRepository';
import { code, ind, makeTestPlan, NOW, pct } from '../support/builders';
import { writeVersionOneDatabase } from '../support/versionOneDatabase';

const db = new PlannerDatabase(`browser-repo-${Date.now()}`);
const repo = new PlanRepository(db);
// The same database through a connection that fails the `failAt`-th batch of unit records it writes.
let batches = 0;
let failAt = 0;
const failing = new PlannerDatabase(db.name);
failing.use({ stack: 'dbcore', name: 'fail-in-the-middle', create: (down) => ({ ...down, table: (name) => {
  const table = down.table(name);
  return name !== 'unitChunks' ? table : { ...table, mutate: (req) => (req.type === 'put' && ++batches === failAt ? Promise.reject(new Error('disk failure')) : table.mutate(req)) };
} }) });
const failingRepo = new PlanRepository(failing);
/** What storage holds, read through a connection of its own. */
const reader = new PlanRepository(new PlannerDatabase(db.name));
afterAll(async () => {
  for (const d of [db, failing, reader.db]) d.close();
  await Dexie.delete(db.name);
});

const everyTarget = (plan: Plan, percent: number): Command => ({
  type: 'putUnits', entries: plan.units.map((u) => ({ unit: { ...u, target: { ...u.target, [ind('online_dossiers')]: pct(percent) } }, index: 0 })),
});

/** Some months' counts of two indicators, different for each unit. */
const monthCounts = (i: number): UnitResults => {
  const results: Record<string, number> = {};
  for (const month of ['2023-07', '2023-08', '2023-09'].slice(0, 1 + (i % 3)) as MonthKey[]) {
    for (const id of [ind('online_dossiers'), ind('e_results')]) {
      results[resultKey(month, id, 'd')] = 100 + (i % 50);
      results[resultKey(month, id, 'n')] = i % 100;
    }
  }
  return results as UnitResults;
};

describe('PlanRepository on Chromium IndexedDB', () => {
  it('stores and loads a plan of every commune in Vietnam (10,598 units) unchanged, monthly results and all', async () => {
    const bare = makeTestPlan({ units: 10_598 });
    // Every other unit with some months' counts (stored as columns beside the units: storage/resultColumns.ts).
    const plan = { ...bare, units: bare.units.map((u, i) => (i % 2 ? u : { ...u, results: monthCounts(i) })) };
    await repo.savePlan(plan);
    const loaded = await reader.loadPlan(plan.id);
    expect(loaded?.units).toHaveLength(10_598);
    expect(loaded).toEqual(plan);
    expect((await db.unitChunks.get([plan.id, 3]))?.results?.values).toBeInstanceOf(Float64Array);
  });

  it('commits an edit of one unit of a large plan as the plan record and one chunk', async () => {
    const plan = makeTestPlan({ units: 2_000 });
    await repo.savePlan(plan);
    const r = applyCommand(plan, { type: 'setRate', unitCode: code('11500'), indicatorId: ind('digitisation'), field: 'target', value: pct(91.5) }, NOW);
    if (!r.ok) throw new Error(r.reason);
    await repo.commit(r.plan, r.effect, plan.revision);
    const [unit] = await repo.loadUnitsAt(plan.id, [plan.units.findIndex((u) => u.code === code('11500'))]);
    expect(unit?.target[ind('digitisation')]).toBe(pct(91.5));
    expect((await db.plans.get(plan.id))?.revision).toBe(1);
    expect(await repo.loadPlan(plan.id)).toEqual(r.plan);
  });

  it('writes 10,598 changed units as one transaction: a batch failing in the middle leaves every unit as it was', async () => {
    const plan = makeTestPlan({ units: 10_598 });
    await repo.savePlan(plan);
    const r = applyCommand(plan, everyTarget(plan, 91), NOW);
    if (!r.ok) throw new Error(r.reason);
    batches = 0;
    failAt = Math.ceil(plan.units.length / WRITE_BATCH / 2);
    await expect(failingRepo.commit(r.plan, r.effect, plan.revision)).rejects.toThrow();
    // The batch after the failing one may already be issued (two are in flight); none later.
    expect(batches).toBeGreaterThanOrEqual(failAt);
    expect(batches).toBeLessThanOrEqual(failAt + 1);
    expect(await reader.loadPlan(plan.id)).toEqual(plan);
    // A new plan whose write fails half way is not there at all.
    const fresh = makeTestPlan({ units: 10_598 });
    batches = 0;
    await expect(failingRepo.savePlan(fresh)).rejects.toThrow();
    expect(await reader.loadPlan(fresh.id)).toBeUndefined();
    expect(await db.unitChunks.where('[planId+chunk]').between([fresh.id, Dexie.minKey], [fresh.id, Dexie.maxKey]).count()).toBe(0);
    // The same write without the failure stores every unit.
    failAt = 0;
    await failingRepo.commit(r.plan, r.effect, plan.revision);
    expect(await reader.loadPlan(plan.id)).toEqual(r.plan);
  });

  it('keeps a write atomic when Chromium refuses a record in the middle (it cannot be cloned)', async () => {
    // Three write requests; the unit that cannot be stored is in the third, after two have been stored.
    const plan = makeTestPlan({ units: 3 * WRITE_BATCH });
    await repo.savePlan(plan);
    const r = applyCommand(plan, everyTarget(plan, 92), NOW);
    if (!r.ok) throw new Error(r.reason);
    const broken = { ...r.plan, units: r.plan.units.map((u, i) => (i === 2 * WRITE_BATCH + 1 ? { ...u, baseline: { x: () => 1 } as never } : u)) };
    await expect(repo.commit(broken, r.effect, plan.revision)).rejects.toThrow();
    expect(await reader.loadPlan(plan.id)).toEqual(plan);
  });

  it('opens a version 6 database at the current version: its plans as they were, each with an empty undo history', async () => {
    const name = `browser-upgrade-v6-${Date.now()}`;
    const plan = makeTestPlan({ units: 3 });
    const v6 = new Dexie(name);
    v6.version(6).stores({ plans: 'id, updatedAt', unitChunks: '[planId+chunk]', settings: 'key', receivedFiles: '++seq', journal: '++seq, [planId+seq]' });
    const { units, ...meta } = plan;
    await v6.table('plans').put({ ...meta, unitCount: units.length, lastChange: null, schemaVersion: 4 });
    await v6.table('unitChunks').put({ planId: plan.id, chunk: 0, units });
    v6.close();
    const upgraded = new PlannerDatabase(name);
    try {
      const repo = new PlanRepository(upgraded);
      expect(await repo.loadPlan(plan.id)).toEqual(plan);
      expect(upgraded.verno).toBe(9);
      expect(await repo.undoHistory(plan.id)).toEqual({ undo: [], redo: [] });
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });

  it('upgrades a version 1 database of 10,598 units in place: every unit kept, in order', async () => {
    const name = `browser-upgrade-${Date.now()}`;
    const plan = makeTestPlan({ units: 10_598 });
    await writeVersionOneDatabase(name, [plan]);
    const upgraded = new PlannerDatabase(name);
    try {
      expect(await new PlanRepository(upgraded).loadPlan(plan.id)).toEqual(plan);
      expect(upgraded.tables.map((t) => t.name).sort()).toEqual(['journal', 'plans', 'receivedFiles', 'settings', 'undo', 'unitChunks', 'versions']);
      expect(await upgraded.unitChunks.count()).toBe(chunkCount(plan.units.length));
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});
