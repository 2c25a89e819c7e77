/** PlanRepository: storing and loading plans, in batches and chunks, one command at a time, in unit order; settings. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands';
import { UNITS_PER_CHUNK } from '../../src/storage/database';
import { READ_BATCH, WRITE_BATCH } from '../../src/storage/planRepository';
import { code, ind, makeTestPlan, makeUnit, pct } from '../support/builders';
import { apply, closeRepositories, freshRepository, reader } from '../support/planRepositories';
afterEach(closeRepositories);

describe('PlanRepository: storing, loading and committing', () => {
  it('stores a plan and loads it back equal, units in order', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 25 });
    await repo.savePlan(plan);
    expect(await reader(repo).loadPlan(plan.id)).toEqual(plan);
    expect(await repo.listPlans()).toEqual([expect.objectContaining({ id: plan.id, unitCount: 25, revision: 0 })]);
  });

  it('writes a large plan in batches and reads it back in batches, equal and in order', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2 * READ_BATCH + 7 });
    let batches = 0;
    repo.db.use({ stack: 'dbcore', name: 'count', create: (down) => ({ ...down, table: (name) => {
      const table = down.table(name);
      return { ...table, mutate: (req) => { if (name === 'unitChunks' && req.type === 'put') batches++; return table.mutate(req); } };
    } }) });
    const progress: number[] = [];
    await repo.savePlan(plan, (p) => progress.push(p));
    expect(batches).toBe(Math.ceil(plan.units.length / WRITE_BATCH));
    expect(progress.at(-1)).toBe(1);
    const read: number[] = [];
    const loaded = await reader(repo).loadPlan(plan.id, (p) => read.push(p));
    expect(read.length).toBe(2);
    expect(loaded).toEqual(plan);
  });

  it('opens the plan it has just stored without reading it back, unless storage moved on meanwhile', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    await repo.savePlan(plan);
    expect(await repo.loadPlan(plan.id)).toBe(plan);
    // Only once: afterwards, from storage.
    const again = await repo.loadPlan(plan.id);
    expect(again).not.toBe(plan);
    expect(again).toEqual(plan);

    await repo.savePlan(plan);
    const r = apply(plan, { type: 'setVolume', unitCode: code('10001'), volume: 7 });
    await reader(repo).commit(r.plan, r.effect, plan.revision); // another tab
    expect(await repo.loadPlan(plan.id)).toEqual(r.plan);
  });

  it('commits one command by writing the plan record and only the touched unit', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    await repo.savePlan(plan);
    const { plan: next, effect } = apply(plan, { type: 'setRate', unitCode: code('10002'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(61.5) });
    await repo.commit(next, effect, plan.revision);
    expect(await reader(repo).loadPlan(plan.id)).toEqual(next);
    const record = await repo.db.plans.get(plan.id);
    expect(record?.lastChange).toEqual({ revision: 1, units: ['10002'] });
  });

  it('rewrites only the chunk that holds an edited unit', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 * UNITS_PER_CHUNK });
    const written: number[] = [];
    repo.db.use({ stack: 'dbcore', name: 'watch', create: (down) => ({ ...down, table: (name) => {
      const table = down.table(name);
      return { ...table, mutate: (req) => {
        if (name === 'unitChunks' && req.type === 'put') written.push(...req.values.map((v: { chunk: number }) => v.chunk));
        return table.mutate(req);
      } };
    } }) });
    await repo.savePlan(plan);
    expect(written).toEqual([0, 1, 2]);
    written.length = 0;
    const unit = plan.units[UNITS_PER_CHUNK + 17]!;
    const r = apply(plan, { type: 'setVolume', unitCode: unit.code, volume: 5 });
    await repo.commit(r.plan, r.effect, plan.revision);
    expect(written).toEqual([1]);
    expect(await reader(repo).loadPlan(plan.id)).toEqual(r.plan);
  });

  it('stores a unit taken out and put back elsewhere in one command with every unit in its new place', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2 * UNITS_PER_CHUNK + 200 });
    await repo.savePlan(plan);
    // Put back at the end: every unit after its old place, across chunks, moved up one.
    const unit = plan.units[3]!;
    const r = apply(plan, { type: 'batch', commands: [{ type: 'removeUnit', unitCode: unit.code }, { type: 'addUnit', unit: { ...unit, name: `${unit.name} (mới)` } }] });
    await repo.commit(r.plan, r.effect, plan.revision);
    const stored = await reader(repo).loadPlan(plan.id);
    expect(stored?.units.map((u) => u.code)).toEqual(r.plan.units.map((u) => u.code));
    expect(stored).toEqual(r.plan);
  });

  it('reads the units at given positions without reading the plan', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2 * UNITS_PER_CHUNK + 5 });
    await repo.savePlan(plan);
    const at = [2 * UNITS_PER_CHUNK + 4, 0, UNITS_PER_CHUNK, 3, 2 * UNITS_PER_CHUNK + 5];
    expect(await reader(repo).loadUnitsAt(plan.id, at)).toEqual([plan.units[at[0]!], plan.units[0], plan.units[UNITS_PER_CHUNK], plan.units[3], undefined]);
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
    const loaded = await reader(repo).loadPlan(plan.id);
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
    expect(await repo.db.unitChunks.toArray()).toEqual([expect.objectContaining({ planId: b.id, chunk: 0 })]);
    expect(await reader(repo).loadPlan(b.id)).toEqual(b);
  });

  it('opens the plan it stored once (the first visit\'s demo) without reading it back', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    expect(await repo.savePlanOnce(plan, 'seeded')).toBe(true);
    expect(await repo.loadPlan(plan.id)).toBe(plan);
    expect(await reader(repo).loadPlan(plan.id)).toEqual(plan);
  });

  it('leaves a plan of the same id stored before the setting as it is, and says it stored nothing', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2 });
    await repo.savePlan({ ...plan, name: 'Đã sửa' });
    expect(await repo.savePlanOnce(plan, 'seeded')).toBe(false);
    expect(repo.beingSaved(plan.id)).toBeUndefined();
    expect((await reader(repo).loadPlan(plan.id))?.name).toBe('Đã sửa');
    expect(await repo.getSetting('seeded')).toBe(true);
  });

  it('stores the seed in the transaction that creates the database, once: a first visit finds its demo there at open', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    repo.seedOnCreate(() => plan, 'seeded');
    await repo.db.open();
    expect(repo.createdWith()).toBe(plan.id);
    expect(await repo.loadPlan(plan.id)).toBe(plan);
    expect(await reader(repo).loadPlan(plan.id)).toEqual(plan);
    expect(await repo.getSetting('seeded')).toBe(true);
    expect(await repo.db.journal.count()).toBe(1);
    expect(await repo.savePlanOnce(plan, 'seeded')).toBe(false);
    // Another start on the same database: not created now, nothing stored again.
    const again = freshRepository(repo.db.name);
    again.seedOnCreate(() => ({ ...plan, name: 'Khác' }), 'seeded');
    await again.db.open();
    expect(again.createdWith()).toBeUndefined();
    expect((await reader(again).loadPlan(plan.id))?.name).toBe(plan.name);
  });

  it('keeps settings', async () => {
    const repo = freshRepository();
    expect(await repo.getSetting('demoSeeded')).toBeUndefined();
    await repo.setSetting('demoSeeded', true);
    expect(await repo.getSetting('demoSeeded')).toBe(true);
  });
});
