/**
 * A plan session in Chromium with large changes: an import of thousands of units as one command, a large write
 * failing half way, and a plan being stored whole (a new plan from an import).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PlannerDatabase } from '../../src/storage/database';
import { PlanRepository } from '../../src/storage/planRepository';
import { LARGE_CHANGE } from '../../src/state/planSession';
import { ind, makeTestPlan, pct } from '../support/builders';
import {
  closeSessions, databases, everyTarget, LARGE_PLAN, openSession, openTab, seeded, sessionNumber, setTarget, storedPlan,
} from '../support/planSessions';
afterEach(closeSessions);

describe('plan session in Chromium: large changes', () => {
  it('takes an import of thousands of units as one command: shown consistent, in slices, stored with progress, one undo step', async () => {
    const units = 3 * LARGE_CHANGE;
    const { dbName, plan } = await seeded(units);
    const tab = openTab(dbName, plan.id);
    await expect.poll(() => tab.session.loadState()).toBe('ready');
    const progress: (number | undefined)[] = [];
    const watch = setInterval(() => progress.push(tab.session.progress()), 1);
    // 45 % is below the general target (50 %): every unit gets an error.
    expect(tab.session.dispatch(everyTarget(plan, 45))).toEqual({ ok: true });
    // Typed while the import is being shown: applies on top of it, shown after it.
    expect(tab.session.dispatch(setTarget('10001', 70))).toEqual({ ok: true });
    // What is on screen is one state, never half of one: the plan and its validation agree.
    const consistent = () => {
      const shown = tab.session.plan()!;
      const low = shown.units.filter((u) => u.target[ind('online_dossiers')] === pct(45)).length;
      return tab.session.validation.counts().error === low;
    };
    expect(consistent()).toBe(true);
    await expect.poll(() => { expect(consistent()).toBe(true); return tab.session.plan()?.units[1]?.target[ind('online_dossiers')]; }).toBe(pct(70));
    await tab.session.flush();
    clearInterval(watch);
    expect(tab.session.validation.counts().error).toBe(units - 1);
    expect(tab.session.saveState()).toBe('saved');
    expect(progress.some((p) => p !== undefined)).toBe(true); // the bar was shown (its steps: storage tests)
    expect(tab.session.progress()).toBeUndefined();
    expect(await storedPlan(dbName, plan.id)).toEqual(tab.session.plan());
    // Undo: the edit, then the whole import in one step.
    tab.session.undo();
    tab.session.undo();
    await tab.session.flush();
    expect(tab.session.canUndo()).toBe(false);
    expect(tab.session.plan()?.units.map((u) => u.target[ind('online_dossiers')])).toEqual(plan.units.map(() => pct(80)));
    expect(tab.session.validation.counts()).toEqual({ error: 0, warning: 0 });
    expect((await tab.repo.loadPlan(plan.id))?.units).toEqual(plan.units);
  });

  it('when a large write fails half way, nothing of it is stored and the tab shows what storage holds', async () => {
    const { dbName, plan } = await seeded(LARGE_PLAN);
    let batches = 0;
    const tab = openTab(dbName, plan.id, (db) => db.use({ stack: 'dbcore', name: 'fail-in-the-middle', create: (down) => ({ ...down, table: (name) => {
      const table = down.table(name);
      return name !== 'unitChunks' ? table : { ...table, mutate: (req) => (req.type === 'put' && ++batches === 3 ? Promise.reject(new Error('disk failure')) : table.mutate(req)) };
    } }) }));
    await expect.poll(() => tab.session.loadState()).toBe('ready');
    tab.session.dispatch(everyTarget(plan, 45));
    await tab.session.flush();
    expect(batches).toBeGreaterThanOrEqual(3);
    expect(tab.session.saveState()).toBe('error');
    expect(tab.session.saveProblem()).toEqual({ problem: 'failed', dropped: 1 });
    await expect.poll(() => tab.session.plan()?.units.every((u) => u.target[ind('online_dossiers')] === pct(80))).toBe(true);
    expect(tab.session.validation.counts()).toEqual({ error: 0, warning: 0 });
    expect(await storedPlan(dbName, plan.id)).toEqual(plan);
  });

  it('shows a plan while it is being stored whole (a new plan from an import), saving with progress, edits queued behind it', async () => {
    const dbName = `browser-session-${sessionNumber()}-${Date.now()}`;
    const db = new PlannerDatabase(dbName);
    databases.push(db);
    const repo = new PlanRepository(db);
    const plan = makeTestPlan({ units: LARGE_PLAN });
    const saving = repo.savePlan(plan);
    const tab = openSession(repo, plan.id);
    expect(tab.session.loadState()).toBe('ready');
    expect(tab.session.plan()).toBe(plan);
    expect(tab.session.saveState()).toBe('saving');
    const progress: (number | undefined)[] = [];
    const watch = setInterval(() => progress.push(tab.session.progress()), 1);
    expect(tab.session.dispatch(setTarget('10001', 70))).toEqual({ ok: true });
    await saving;
    await tab.session.flush();
    clearInterval(watch);
    expect(tab.session.saveState()).toBe('saved');
    expect(tab.session.saveProblem()).toBeUndefined();
    expect(progress.some((p) => p !== undefined)).toBe(true); // the bar was shown (its steps: storage tests)
    expect(tab.session.progress()).toBeUndefined();
    const stored = await storedPlan(dbName, plan.id);
    expect(stored?.units[1]?.target[ind('online_dossiers')]).toBe(pct(70));
    expect(stored).toEqual(tab.session.plan());
  });

  it('says so when storage refuses a plan being stored whole, and shows no plan: nothing of it was stored', async () => {
    const dbName = `browser-session-${sessionNumber()}-${Date.now()}`;
    const db = new PlannerDatabase(dbName);
    let batches = 0;
    db.use({ stack: 'dbcore', name: 'fail-in-the-middle', create: (down) => ({ ...down, table: (name) => {
      const table = down.table(name);
      return name !== 'unitChunks' ? table : { ...table, mutate: (req) => (req.type === 'put' && ++batches === 3 ? Promise.reject(new Error('disk failure')) : table.mutate(req)) };
    } }) });
    databases.push(db);
    const repo = new PlanRepository(db);
    const plan = makeTestPlan({ units: LARGE_PLAN });
    const saving = repo.savePlan(plan);
    const tab = openSession(repo, plan.id);
    expect(tab.session.plan()).toBe(plan);
    await expect(saving).rejects.toThrow();
    await tab.session.flush();
    expect(tab.session.saveState()).toBe('error');
    expect(tab.session.saveProblem()).toEqual({ problem: 'failed', dropped: 1 });
    await expect.poll(() => tab.session.loadState()).toBe('missing');
    expect(tab.session.plan()).toBeUndefined();
    expect(await storedPlan(dbName, plan.id)).toBeUndefined();
  });
});
