/**
 * A plan read ahead of its page (the pointer pressed on its link in the plan list): the page takes it without
 * reading again, but never a plan older than storage: anything written meanwhile, here or through another
 * connection (another tab), or a wait past the limit, and the page reads it again.
 */
import Dexie, { RangeSet } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { code, makeTestPlan } from '../support/builders';
import { apply, closeRepositories, freshRepository, reader } from '../support/planRepositories';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  return closeRepositories();
});

async function stored(units = 3) {
  const repo = freshRepository();
  const plan = makeTestPlan({ units });
  await repo.savePlan(plan);
  await reader(repo).loadPlan(plan.id); // what was just saved is no longer this copy's to hand over
  await repo.loadPlan(plan.id);
  return { repo, plan };
}

describe('PlanRepository.readAhead', () => {
  it('reads the plan once: the page that opens it next takes the plan read ahead', async () => {
    const { repo, plan } = await stored();
    const reads = vi.spyOn(repo.db.plans, 'get');
    repo.readAhead(plan.id);
    repo.readAhead(plan.id); // pressed again: still one read
    expect(await repo.loadPlan(plan.id)).toEqual(plan);
    expect(reads).toHaveBeenCalledTimes(1);
    // Taken once: the next open reads storage again.
    expect(await repo.loadPlan(plan.id)).toEqual(plan);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('is read again when this copy writes meanwhile', async () => {
    const { repo, plan } = await stored();
    repo.readAhead(plan.id);
    const edited = apply(plan, { type: 'setVolume', unitCode: code('10001'), volume: 42 });
    await repo.commit(edited.plan, edited.effect, plan.revision);
    expect(await repo.loadPlan(plan.id)).toEqual(edited.plan);
  });

  it('is read again when another tab writes meanwhile', async () => {
    const { repo, plan } = await stored();
    repo.readAhead(plan.id);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the read ahead is done
    const edited = apply(plan, { type: 'setVolume', unitCode: code('10002'), volume: 7 });
    await reader(repo).commit(edited.plan, edited.effect, plan.revision);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the other connection's change is announced
    expect(await repo.loadPlan(plan.id)).toEqual(edited.plan);
  });

  it('tells the page that takes it how far the read is, then how it goes on', async () => {
    const { repo, plan } = await stored(9000); // read in pages: progress to tell
    repo.readAhead(plan.id);
    await new Promise((resolve) => setTimeout(resolve, 100)); // read on before its page asks for it
    const told: number[] = [];
    expect((await repo.loadPlan(plan.id, (p) => told.push(p)))?.units.length).toBe(9000);
    expect(told.length).toBeGreaterThan(0);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    expect(told.every((p) => p >= 0 && p <= 1)).toBe(true);
  });

  it('is read again when it waited too long, and reads another plan as usual', async () => {
    const { repo, plan } = await stored();
    const other = makeTestPlan({ units: 2 });
    await repo.savePlan(other);
    const reads = vi.spyOn(repo.db.plans, 'get');
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now);
    repo.readAhead(plan.id);
    // The page that opens is another plan's: that one is read, the one read ahead is left for its own page.
    expect((await repo.loadPlan(other.id))?.id).toBe(other.id);
    clock.mockReturnValue(now + 10_000);
    expect(await repo.loadPlan(plan.id)).toEqual(plan);
    expect(reads).toHaveBeenCalledTimes(3);
  });
});

describe('PlanRepository.readAhead, when Dexie cannot say what changed', () => {
  /** A write Dexie did not see (another page's, while this one was frozen in the back-forward cache). */
  const writeUnseen = (name: string, id: string, rename: string) => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('plans', 'readwrite');
      const plans = tx.objectStore('plans');
      const get = plans.get(id);
      get.onsuccess = () => plans.put({ ...get.result, name: rename, revision: get.result.revision + 1 });
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });

  it('is read again when Dexie signals that anything may have changed (`all`, as on a back-forward cache restore)', async () => {
    const { repo, plan } = await stored();
    repo.readAhead(plan.id);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the read ahead is done
    await writeUnseen(repo.db.name, plan.id, 'Renamed elsewhere');
    // What Dexie fires on `pageshow` from the back-forward cache: changes may have been missed, everywhere.
    Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, [[]]) });
    expect((await repo.loadPlan(plan.id))?.name).toBe('Renamed elsewhere');
  });
});
