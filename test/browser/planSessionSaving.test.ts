/**
 * A plan session in Chromium saving its edits: every accepted edit written in order, validated as it goes, none
 * left waiting, everything handed over when the page is hidden; a refused write shown as such; ready and draft.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanRepository } from '../../src/storage/planRepository';
import { ind, pct } from '../support/builders';
import { closeSessions, openTab, seeded, setTarget } from '../support/planSessions';
afterEach(closeSessions);

/** Counts the repository's commits (its writes of commands) from now on: how many transactions a session used. */
function countCommits(repo: { commit: PlanRepository['commit'] }): () => number {
  const commit = repo.commit.bind(repo);
  let commits = 0;
  repo.commit = (...args) => {
    commits++;
    return commit(...args);
  };
  return () => commits;
}

describe('plan session in Chromium: saving edits', () => {
  it('writes every accepted edit to IndexedDB, in order, and says when it is saved', async () => {
    const { dbName, plan } = await seeded();
    const tab = openTab(dbName, plan.id);
    await expect.poll(() => tab.session.loadState()).toBe('ready');
    for (let i = 0; i < 20; i++) expect(tab.session.dispatch(setTarget('10001', 50 + i))).toEqual({ ok: true });
    expect(tab.session.saveState()).toBe('saving');
    await tab.session.flush();
    expect(tab.session.saveState()).toBe('saved');
    const stored = await tab.repo.loadPlan(plan.id);
    expect(stored?.units[1]?.target[ind('online_dossiers')]).toBe(pct(69));
    expect(stored?.revision).toBe(20);
  });

  it('validates as it goes: a target below the minimum is an error until fixed', async () => {
    const { dbName, plan } = await seeded();
    const tab = openTab(dbName, plan.id);
    await expect.poll(() => tab.session.loadState()).toBe('ready');
    tab.session.dispatch(setTarget('10000', 40));
    expect(tab.session.validation.counts().error).toBe(1);
    expect(tab.changes.at(-1)).toMatchObject({ kind: 'units', changed: [expect.objectContaining({ code: '10000' })] });
    tab.session.dispatch(setTarget('10000', 60));
    expect(tab.session.validation.counts().error).toBe(0);
    await tab.session.flush();
    expect(tab.session.saveState()).toBe('saved');
  });

  it('writes an edit typed while the tab checks for changes made elsewhere (the writer never leaves one waiting)', async () => {
    const { dbName, plan } = await seeded();
    const tab = openTab(dbName, plan.id);
    await expect.poll(() => tab.session.loadState()).toBe('ready');
    const getRecord = tab.repo.getPlanRecord.bind(tab.repo);
    let typedDuringCheck = false;
    tab.repo.getPlanRecord = async (id) => {
      if (!typedDuringCheck) {
        typedDuringCheck = true;
        tab.session.dispatch(setTarget('10002', 61)); // typed while the writer checks storage after its last write
      }
      return getRecord(id);
    };
    tab.session.dispatch(setTarget('10001', 60));
    await tab.session.flush();
    expect(typedDuringCheck).toBe(true);
    expect(tab.session.saveState()).toBe('saved');
    const stored = await tab.repo.loadPlan(plan.id);
    expect(stored?.units.map((u) => u.target[ind('online_dossiers')])).toEqual([pct(80), pct(60), pct(61)]);
  });

  it('hands everything queued to IndexedDB at once when the page is hidden (one transaction behind the one in flight)', async () => {
    const { dbName, plan } = await seeded();
    const tab = openTab(dbName, plan.id);
    await expect.poll(() => tab.session.loadState()).toBe('ready');
    const commits = countCommits(tab.repo);
    tab.session.dispatch(setTarget('10000', 60));
    // The first write starts once the frame showing the edit is painted, not in the edit's own task.
    expect(commits()).toBe(0);
    await expect.poll(commits).toBe(1);
    for (let i = 1; i < 6; i++) tab.session.dispatch(setTarget(String(10000 + (i % 3)), 60 + i));
    tab.session.storeNow();
    expect(commits()).toBe(2); // the first write, in flight, and all the rest as one
    await tab.session.flush();
    expect(tab.session.saveState()).toBe('saved');
    expect(tab.session.saveProblem()).toBeUndefined();
    const stored = await tab.repo.loadPlan(plan.id);
    expect(stored?.units.map((u) => u.target[ind('online_dossiers')])).toEqual([pct(63), pct(64), pct(65)]);
    expect(stored).toEqual(tab.session.plan());
  });

  it('hands every queued edit to IndexedDB as one transaction when the page is hidden before the first write started', async () => {
    const { dbName, plan } = await seeded();
    const tab = openTab(dbName, plan.id);
    await expect.poll(() => tab.session.loadState()).toBe('ready');
    const commits = countCommits(tab.repo);
    for (let i = 0; i < 4; i++) tab.session.dispatch(setTarget(String(10000 + (i % 3)), 70 + i));
    expect(tab.session.saveState()).toBe('saving');
    tab.session.storeNow();
    expect(commits()).toBe(1); // nothing had started: all of it, in order, at once
    await tab.session.flush();
    expect(commits()).toBe(1); // and the writer, when its turn comes, waits for that write rather than writing again
    expect(tab.session.saveState()).toBe('saved');
    const stored = await tab.repo.loadPlan(plan.id);
    expect(stored?.units.map((u) => u.target[ind('online_dossiers')])).toEqual([pct(73), pct(71), pct(72)]);
    expect(stored).toEqual(tab.session.plan());
  });

  it('when storage refuses a write, says so and shows what storage holds, never a value it does not have', async () => {
    const { dbName, plan } = await seeded();
    const tab = openTab(dbName, plan.id);
    await expect.poll(() => tab.session.loadState()).toBe('ready');
    const commit = tab.repo.commit.bind(tab.repo);
    tab.repo.commit = async () => { throw new Error('disk on fire'); };
    tab.session.dispatch(setTarget('10000', 55));
    tab.session.dispatch(setTarget('10001', 56));
    await tab.session.flush();
    expect(tab.session.saveState()).toBe('error');
    expect(tab.session.saveProblem()).toEqual({ problem: 'failed', dropped: 2 });
    await expect.poll(() => tab.session.plan()?.units[0]?.target[ind('online_dossiers')]).toBe(pct(80));
    tab.repo.commit = commit;
    tab.session.dispatch(setTarget('10000', 57));
    await tab.session.flush();
    expect(tab.session.saveState()).toBe('saved');
    expect((await tab.repo.loadPlan(plan.id))?.units[0]?.target[ind('online_dossiers')]).toBe(pct(57));
  });

  it('refuses to mark a plan ready while errors remain, and returns a ready plan to draft on edit', async () => {
    const { dbName, plan } = await seeded();
    const tab = openTab(dbName, plan.id);
    await expect.poll(() => tab.session.loadState()).toBe('ready');
    tab.session.dispatch(setTarget('10000', null));
    const errors = tab.session.markReady();
    expect(errors.map((e) => e.rule)).toEqual(['missing']);
    expect(tab.session.plan()?.status).toBe('draft');
    tab.session.dispatch(setTarget('10000', 70));
    expect(tab.session.markReady()).toEqual([]);
    expect(tab.session.plan()?.status).toBe('ready');
    tab.session.dispatch(setTarget('10000', 71));
    expect(tab.session.plan()?.status).toBe('draft');
    expect(tab.session.returnedToDraft()).toBe(true);
    await tab.session.flush();
    expect((await tab.repo.loadPlan(plan.id))?.status).toBe('draft');
  });
});
