/**
 * PlanRepository with other tabs: a plan replaced above any revision, a write from a copy that is behind refused,
 * a watcher told of a write through another connection, a plan stored once when two tabs ask at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RevisionConflict } from '../../src/storage/planRepository';
import { code, makeTestPlan } from '../support/builders';
import { apply, closeRepositories, databaseNumber, freshRepository, reader } from '../support/planRepositories';
afterEach(closeRepositories);

describe('PlanRepository: other tabs', () => {
  it('replaces a plan above whatever revision storage holds by then, so a tab holding the old plan cannot write on it', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    await repo.savePlan(plan);
    const file = { ...plan, name: 'Từ tệp', revision: 1 }; // prepared while storage was at revision 0
    // Meanwhile another tab commits revision 1.
    const other = apply(plan, { type: 'setVolume', unitCode: code('10000'), volume: 5 });
    const tab = reader(repo);
    await tab.commit(other.plan, other.effect, plan.revision);
    await repo.savePlan(file, undefined, { replacing: true });
    expect((await repo.getPlanRecord(plan.id))?.revision).toBe(2);
    // That tab's next edit, built on revision 1, is refused: it takes the new plan instead of writing into it.
    const next = apply(other.plan, { type: 'setVolume', unitCode: code('10001'), volume: 6 });
    await expect(tab.commit(next.plan, next.effect, other.plan.revision)).rejects.toBeInstanceOf(RevisionConflict);
    expect(await reader(repo).loadPlan(plan.id)).toEqual({ ...file, revision: 2 });
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

  it('tells a watcher about a write made through another connection (another tab)', async () => {
    const name = `test-db-${databaseNumber()}`;
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
});
