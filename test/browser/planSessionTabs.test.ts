/**
 * A plan session in Chromium beside other tabs: their edits and units shown, a tab that is behind merged on top
 * of the stored plan, and the undo history kept across a reload.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { PlannerDatabase } from '../../src/storage/database';
import { PlanRepository } from '../../src/storage/planRepository';
import { code, ind, makeUnit, NOW, pct } from '../support/builders';
import { closeSessions, databases, disposers, openTab, seeded, setTarget, storedPlan, twoTabs } from '../support/planSessions';
afterEach(closeSessions);

describe('plan session in Chromium: other tabs', () => {
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

  it('shows a unit added in another tab, in its place', async () => {
    const { plan, a, b } = await twoTabs();
    a.session.dispatch({ type: 'addUnit', unit: makeUnit(7) });
    a.session.dispatch({ type: 'removeUnit', unitCode: code('10001') });
    a.session.undo();
    await a.session.flush();
    await expect.poll(() => b.session.plan()?.units.map((u) => u.code)).toEqual(['10000', '10001', '10002', '10007']);
    expect((await a.repo.loadPlan(plan.id))?.units.map((u) => u.code)).toEqual(['10000', '10001', '10002', '10007']);
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
});
