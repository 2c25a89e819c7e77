/**
 * A plan read ahead of its page (the pointer pressed on its link in the plan list): the page takes it without
 * reading again, but never a plan older than storage: anything written meanwhile, here or through another
 * connection (another tab), or a wait past the limit, and the page reads it again.
 */
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
