/** PlanRepository: a write that fails half way (a batch, or a record IndexedDB refuses) leaves nothing of it written. */
import { afterEach, describe, expect, it } from 'vitest';
import { WRITE_BATCH } from '../../src/storage/planRepository';
import { code, makeTestPlan } from '../support/builders';
import { apply, closeRepositories, everyTarget, failingRepository, freshRepository, reader } from '../support/planRepositories';
afterEach(closeRepositories);

describe('PlanRepository: writes that fail half way', () => {
  it('keeps a write of many units atomic: a batch failing in the middle leaves nothing of it written', async () => {
    const units = 4 * WRITE_BATCH + 10;
    // A new plan: not there at all afterwards.
    const fresh = failingRepository(3);
    const plan = makeTestPlan({ units });
    await expect(fresh.repo.savePlan(plan)).rejects.toThrow();
    expect(fresh.batches()).toBeGreaterThanOrEqual(3);
    expect(await reader(fresh.repo).loadPlan(plan.id)).toBeUndefined();
    expect(await fresh.repo.db.unitChunks.count()).toBe(0);

    // A command changing every unit of a stored plan: the plan as it was, every unit of it.
    const stored = failingRepository(Math.ceil(units / WRITE_BATCH) + 3);
    await stored.repo.savePlan(plan);
    const r = apply(plan, everyTarget(plan, 91));
    await expect(stored.repo.commit(r.plan, r.effect, plan.revision)).rejects.toThrow();
    expect(await reader(stored.repo).loadPlan(plan.id)).toEqual(plan);
  });

  it('keeps a write atomic when IndexedDB itself refuses a record in the middle', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 * WRITE_BATCH });
    await repo.savePlan(plan);
    const r = apply(plan, everyTarget(plan, 92));
    // A unit IndexedDB cannot store (a function in it), in the third batch: DataCloneError there.
    const broken = { ...r.plan, units: r.plan.units.map((u, i) => (i === 2 * WRITE_BATCH + 1 ? { ...u, baseline: { x: () => 1 } as never } : u)) };
    await expect(repo.commit(broken, r.effect, plan.revision)).rejects.toThrow();
    expect(await reader(repo).loadPlan(plan.id)).toEqual(plan);
    await repo.commit(r.plan, r.effect, plan.revision);
    expect(await reader(repo).loadPlan(plan.id)).toEqual(r.plan);
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
});
