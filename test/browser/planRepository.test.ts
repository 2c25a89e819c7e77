import Dexie from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { PlannerDatabase } from '../../src/storage/database';
import { PlanRepository } from '../../src/storage/planRepository';
import { code, ind, makeTestPlan, NOW, pct } from '../support/builders';

const db = new PlannerDatabase(`browser-repo-${Date.now()}`);
const repo = new PlanRepository(db);
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('PlanRepository on Chromium IndexedDB', () => {
  it('stores and loads a plan of every commune in Vietnam (10,598 units) unchanged', async () => {
    const plan = makeTestPlan({ units: 10_598 });
    await repo.savePlan(plan);
    const loaded = await repo.loadPlan(plan.id);
    expect(loaded?.units).toHaveLength(10_598);
    expect(loaded).toEqual(plan);
  });

  it('commits an edit of one unit of a large plan as two small records', async () => {
    const plan = makeTestPlan({ units: 2_000 });
    await repo.savePlan(plan);
    const r = applyCommand(plan, { type: 'setRate', unitCode: code('11500'), indicatorId: ind('digitisation'), field: 'target', value: pct(91.5) }, NOW);
    if (!r.ok) throw new Error(r.reason);
    await repo.commit(r.plan, r.effect, plan.revision);
    const [unit] = await repo.loadUnits(plan.id, [code('11500')]);
    expect(unit?.target[ind('digitisation')]).toBe(pct(91.5));
    expect((await db.plans.get(plan.id))?.revision).toBe(1);
    expect(await repo.loadPlan(plan.id)).toEqual(r.plan);
  });
});
