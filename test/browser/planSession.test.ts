import Dexie from 'dexie';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanId } from '../../src/domain/ids';
import { PlannerDatabase } from '../../src/storage/database';
import { PlanRepository, WRITE_BATCH } from '../../src/storage/planRepository';
import { createPlanSession, LARGE_CHANGE, type PlanChange, type PlanSession } from '../../src/state/planSession';
import { applyCommand, type Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import { code, ind, makeTestPlan, makeUnit, NOW, pct } from '../support/builders';

/** A plan large enough to be a large change and to be written in at least four requests. */
const LARGE_PLAN = Math.max(3 * LARGE_CHANGE, 3 * WRITE_BATCH + 1);

/** Real Chromium IndexedDB. Each "tab" is its own database connection and its own session. */
let n = 0;
const disposers: (() => void)[] = [];
const databases: PlannerDatabase[] = [];

function openTab(dbName: string, id: PlanId, prepare?: (db: PlannerDatabase) => void): { session: PlanSession; repo: PlanRepository; changes: PlanChange[] } {
  const db = new PlannerDatabase(dbName);
  prepare?.(db);
  databases.push(db);
  return openSession(new PlanRepository(db), id);
}

/** A session on a repository of this copy of the app (the page that opens a plan this copy is storing). */
function openSession(repo: PlanRepository, id: PlanId): { session: PlanSession; repo: PlanRepository; changes: PlanChange[] } {
  const changes: PlanChange[] = [];
  const session = createRoot((dispose) => {
    disposers.push(dispose);
    const s = createPlanSession(repo, id);
    s.subscribe((c) => changes.push(c));
    return s;
  });
  return { session, repo, changes };
}

afterEach(async () => {
  for (const dispose of disposers.splice(0)) dispose();
  const names = new Set(databases.map((db) => db.name));
  for (const db of databases.splice(0)) db.close();
  for (const name of names) await Dexie.delete(name);
});

async function seeded(units = 3) {
  const dbName = `browser-session-${++n}-${Date.now()}`;
  const plan = makeTestPlan({ units });
  const seedDb = new PlannerDatabase(dbName);
  databases.push(seedDb);
  await new PlanRepository(seedDb).savePlan(plan);
  return { dbName, plan };
}

/** A seeded plan open in two tabs, both loaded. */
async function twoTabs() {
  const { dbName, plan } = await seeded();
  const a = openTab(dbName, plan.id);
  const b = openTab(dbName, plan.id);
  await expect.poll(() => a.session.loadState() === 'ready' && b.session.loadState() === 'ready').toBe(true);
  return { dbName, plan, a, b };
}

const setTarget = (unit: string, percent: number | null) => ({
  type: 'setRate' as const, unitCode: code(unit), indicatorId: ind('online_dossiers'), field: 'target' as const, value: percent === null ? null : pct(percent),
});

/** The plan as storage holds it, read through a connection of its own (as a page opened now would). */
async function storedPlan(dbName: string, id: PlanId) {
  const db = new PlannerDatabase(dbName);
  databases.push(db);
  return new PlanRepository(db).loadPlan(id);
}

/** Every unit's online-dossiers target set to `percent`: one command over the whole plan, as a CSV import sends. */
const everyTarget = (plan: Plan, percent: number): Command => ({
  type: 'putUnits', entries: plan.units.map((u) => ({ unit: { ...u, target: { ...u.target, [ind('online_dossiers')]: pct(percent) } }, index: 0 })),
});

describe('plan session in Chromium', () => {
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

  it('shows an edit made in another tab, through the changed unit only', async () => {
    const { a, b } = await twoTabs();
    a.session.dispatch(setTarget('10002', 77));
    await a.session.flush();
    await expect.poll(() => b.session.plan()?.units[2]?.target[ind('online_dossiers')]).toBe(pct(77));
    expect(b.changes.at(-1)).toMatchObject({ kind: 'units', changed: [expect.objectContaining({ code: '10002' })] });
    expect(b.session.plan()?.revision).toBe(1);
  });

  it('never lets a tab that is behind overwrite newer data: its edit is applied on top of the stored plan', async () => {
    const { dbName, plan, b } = await twoTabs();
    // Tab B is made stale: a write lands in storage behind its back (as from a tab whose notification has not arrived yet).
    const other = new PlanRepository(new PlannerDatabase(dbName));
    databases.push(other.db);
    const newer = { ...plan, revision: 1, units: plan.units.map((u, i) => (i === 0 ? { ...u, volume: 4242 } : u)) };
    await other.commit(newer, { changed: [code('10000')], removed: [], rulesChanged: false, unitsMoved: false }, 0);
    b.session.dispatch(setTarget('10001', 66));
    await b.session.flush();
    expect(b.session.saveState()).toBe('saved');
    expect(b.session.saveProblem()).toEqual({ problem: 'merged', dropped: 0 });
    expect(b.session.plan()?.units[0]?.volume).toBe(4242);
    expect(b.session.plan()?.units[1]?.target[ind('online_dossiers')]).toBe(pct(66));
    const stored = await other.loadPlan(plan.id);
    expect(stored?.units[0]?.volume).toBe(4242);
    expect(stored?.units[1]?.target[ind('online_dossiers')]).toBe(pct(66));
    expect(stored?.revision).toBe(2);
    expect(b.session.plan()).toEqual(stored);
  });

  it('keeps edits typed while a merge is under way, and drops (and counts) only those that no longer apply', async () => {
    const { dbName, plan, b } = await twoTabs();
    // A removes unit 10002 and changes the assignment; B, not yet told, edits 10002 and 10000.
    const other = new PlanRepository(new PlannerDatabase(dbName));
    databases.push(other.db);
    const removed = applyCommand(plan, { type: 'batch', commands: [{ type: 'removeUnit', unitCode: code('10002') },
      { type: 'updateIndicator', indicatorId: ind('online_payment'), patch: { min: pct(75) } }] }, NOW);
    if (!removed.ok) throw new Error(removed.reason);
    await other.commit(removed.plan, removed.effect, 0);
    b.session.dispatch(setTarget('10002', 90));
    b.session.dispatch(setTarget('10000', 91));
    b.session.dispatch(setTarget('10001', 92));
    await b.session.flush();
    expect(b.session.saveProblem()).toEqual({ problem: 'merged', dropped: 1 });
    const stored = await other.loadPlan(plan.id);
    expect(stored?.units.map((u) => u.code)).toEqual(['10000', '10001']);
    expect(stored?.units.map((u) => u.target[ind('online_dossiers')])).toEqual([pct(91), pct(92)]);
    expect(stored?.indicators[1]?.min).toBe(pct(75));
    expect(b.session.plan()).toEqual(stored);
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
    const commit = tab.repo.commit.bind(tab.repo);
    let commits = 0;
    tab.repo.commit = (...args) => {
      commits++;
      return commit(...args);
    };
    tab.session.dispatch(setTarget('10000', 60));
    // The first write starts once the frame showing the edit is painted, not in the edit's own task.
    expect(commits).toBe(0);
    await expect.poll(() => commits).toBe(1);
    for (let i = 1; i < 6; i++) tab.session.dispatch(setTarget(String(10000 + (i % 3)), 60 + i));
    tab.session.storeNow();
    expect(commits).toBe(2); // the first write, in flight, and all the rest as one
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
    const commit = tab.repo.commit.bind(tab.repo);
    let commits = 0;
    tab.repo.commit = (...args) => {
      commits++;
      return commit(...args);
    };
    for (let i = 0; i < 4; i++) tab.session.dispatch(setTarget(String(10000 + (i % 3)), 70 + i));
    expect(tab.session.saveState()).toBe('saving');
    tab.session.storeNow();
    expect(commits).toBe(1); // nothing had started: all of it, in order, at once
    await tab.session.flush();
    expect(commits).toBe(1); // and the writer, when its turn comes, waits for that write rather than writing again
    expect(tab.session.saveState()).toBe('saved');
    const stored = await tab.repo.loadPlan(plan.id);
    expect(stored?.units.map((u) => u.target[ind('online_dossiers')])).toEqual([pct(73), pct(71), pct(72)]);
    expect(stored).toEqual(tab.session.plan());
  });

  it('shows a unit added in another tab, in its place', async () => {
    const { plan, a, b } = await twoTabs();
    a.session.dispatch({ type: 'addUnit', unit: makeUnit(7) });
    a.session.dispatch({ type: 'removeUnit', unitCode: code('10001') });
    a.session.undo();
    await a.session.flush();
    await expect.poll(() => b.session.plan()?.units.map((u) => u.code)).toEqual(['10000', '10001', '10002', '10007']);
    expect((await a.repo.loadPlan(plan.id))?.units.map((u) => u.code)).toEqual(['10000', '10001', '10002', '10007']);
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
    const dbName = `browser-session-${++n}-${Date.now()}`;
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
    const dbName = `browser-session-${++n}-${Date.now()}`;
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

  it('keeps the undo history across a reload: a page opened later undoes the last edit, field by field', async () => {
    const { dbName, plan } = await seeded();
    const a = openTab(dbName, plan.id);
    await a.session.loaded;
    a.session.dispatch(setTarget('10001', 91));
    a.session.dispatch({ type: 'setVolume', unitCode: code('10002'), volume: 7 });
    await a.session.flush();
    for (const dispose of disposers.splice(0)) dispose();
    const b = openTab(dbName, plan.id);
    await b.session.loaded;
    expect(b.session.canUndo()).toBe(true);
    expect(b.session.undo()).toEqual({ ok: true });
    expect(b.session.undo()).toEqual({ ok: true });
    await b.session.flush();
    expect(b.session.plan()!.units[1]!.target[ind('online_dossiers')]).toBe(pct(80));
    expect(b.session.plan()!.units[2]!.volume).toBe(plan.units[2]!.volume);
    expect(b.session.canUndo()).toBe(false);
    expect((await storedPlan(dbName, plan.id))?.units[1]!.target[ind('online_dossiers')]).toBe(pct(80));
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
