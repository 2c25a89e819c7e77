import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import { PlannerDatabase } from '../../src/storage/database';
import { PlanRepository, RevisionConflict } from '../../src/storage/planRepository';
import { code, ind, makeTestPlan, makeUnit, NOW, pct } from '../support/builders';

let n = 0;
const opened: PlannerDatabase[] = [];
function freshRepository(name = `test-db-${++n}`) {
  const db = new PlannerDatabase(name);
  opened.push(db);
  return new PlanRepository(db);
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function apply(plan: Plan, command: Command) {
  const r = applyCommand(plan, command, NOW);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('PlanRepository', () => {
  it('stores a plan and loads it back equal, units in order', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 25 });
    await repo.savePlan(plan);
    expect(await repo.loadPlan(plan.id)).toEqual(plan);
    expect(await repo.listPlans()).toEqual([expect.objectContaining({ id: plan.id, unitCount: 25, revision: 0 })]);
  });

  it('commits one command by writing the plan record and only the touched unit', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    await repo.savePlan(plan);
    const { plan: next, effect } = apply(plan, { type: 'setRate', unitCode: code('10002'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(61.5) });
    await repo.commit(next, effect, plan.revision);
    expect(await repo.loadPlan(plan.id)).toEqual(next);
    const record = await repo.db.plans.get(plan.id);
    expect(record?.lastChange).toEqual({ revision: 1, units: ['10002'], removed: [] });
  });

  it('refuses a write from a copy that is behind, and changes nothing', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    await repo.savePlan(plan);
    const first = apply(plan, { type: 'setVolume', unitCode: code('10000'), volume: 1 });
    await repo.commit(first.plan, first.effect, plan.revision);
    const stale = apply(plan, { type: 'setVolume', unitCode: code('10001'), volume: 2 });
    await expect(repo.commit(stale.plan, stale.effect, plan.revision)).rejects.toBeInstanceOf(RevisionConflict);
    expect(await repo.loadPlan(plan.id)).toEqual(first.plan);
  });

  it('keeps unit order through additions and removals', async () => {
    const repo = freshRepository();
    let plan = makeTestPlan({ units: 4 });
    await repo.savePlan(plan);
    for (const c of [{ type: 'addUnit', unit: makeUnit(9) }, { type: 'removeUnit', unitCode: code('10001') }, { type: 'addUnit', unit: makeUnit(5) }] as Command[]) {
      const r = apply(plan, c);
      await repo.commit(r.plan, r.effect, plan.revision);
      plan = r.plan;
    }
    const loaded = await repo.loadPlan(plan.id);
    expect(loaded?.units.map((u) => u.code)).toEqual(['10000', '10002', '10003', '10009', '10005']);
    expect(loaded).toEqual(plan);
  });

  it('deletes a plan with all its units, and no other plan', async () => {
    const repo = freshRepository();
    const a = makeTestPlan({ units: 3 });
    const b = makeTestPlan({ units: 2 });
    await repo.savePlan(a);
    await repo.savePlan(b);
    await repo.deletePlan(a.id);
    expect(await repo.loadPlan(a.id)).toBeUndefined();
    expect(await repo.db.units.count()).toBe(2);
    expect(await repo.loadPlan(b.id)).toEqual(b);
  });

  it('writes nothing when a commit fails half way', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2 });
    await repo.savePlan(plan);
    const r = apply(plan, { type: 'setVolume', unitCode: code('10000'), volume: 3 });
    // A unit record that IndexedDB cannot store (a function) makes the transaction fail after the first put.
    const broken = { ...r.plan, units: r.plan.units.map((u, i) => (i === 0 ? { ...u, baseline: { x: () => 1 } as never } : u)) };
    await expect(repo.commit(broken, r.effect, plan.revision)).rejects.toThrow();
    expect(await repo.loadPlan(plan.id)).toEqual(plan);
  });

  it('tells a watcher about a write made through another connection (another tab)', async () => {
    const name = `test-db-${++n}`;
    const mine = freshRepository(name);
    const theirs = freshRepository(name);
    const plan = makeTestPlan({ units: 2 });
    await mine.savePlan(plan);
    const seen: number[] = [];
    const stop = mine.watchPlan(plan.id, (record) => { if (record) seen.push(record.revision); }, (e) => { throw e; });
    await expect.poll(() => seen).toEqual([0]);
    const r = apply(plan, { type: 'setVolume', unitCode: code('10000'), volume: 9 });
    await theirs.commit(r.plan, r.effect, 0);
    await expect.poll(() => seen).toEqual([0, 1]);
    stop();
  });

  it('stores a plan once only, even when asked twice (two tabs opening at once)', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2 });
    const [first, second] = await Promise.all([repo.savePlanOnce(plan, 'seeded'), repo.savePlanOnce({ ...plan, name: 'Khác' }, 'seeded')]);
    expect([first, second].sort()).toEqual([false, true]);
    expect((await repo.listPlans()).length).toBe(1);
    await repo.deletePlan(plan.id);
    expect(await repo.savePlanOnce(plan, 'seeded')).toBe(false);
    expect(await repo.loadPlan(plan.id)).toBeUndefined();
  });

  it('keeps settings', async () => {
    const repo = freshRepository();
    expect(await repo.getSetting('demoSeeded')).toBeUndefined();
    await repo.setSetting('demoSeeded', true);
    expect(await repo.getSetting('demoSeeded')).toBe(true);
  });
});

describe('PlannerDatabase schema', () => {
  it('is version 1 with the declared tables and indexes', async () => {
    const db = new PlannerDatabase(`schema-${++n}`);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['plans', 'settings', 'units']);
    expect(db.table('units').schema.primKey.keyPath).toEqual(['planId', 'code']);
    expect(db.table('units').schema.indexes.map((i) => i.name)).toEqual(['planId']);
  });
});
