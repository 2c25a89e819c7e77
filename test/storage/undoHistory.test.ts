import Dexie from 'dexie';
import fc from 'fast-check';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands';
import type { PlanId } from '../../src/domain/ids';
import type { Plan } from '../../src/domain/plan';
import { PlannerDatabase } from '../../src/storage/database';
import { PlanRepository } from '../../src/storage/planRepository';
import { UNDO_LIMIT } from '../../src/storage/undoStore';
import { createPlanSession, type PlanSession } from '../../src/state/planSession';
import { code, ind, makeTestPlan, pct } from '../support/builders';
import { command } from '../support/commandArbitraries';

let n = 0;
const opened: PlannerDatabase[] = [];
const disposers: (() => void)[] = [];
afterEach(async () => {
  for (const dispose of disposers.splice(0)) dispose();
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

const repository = (name: string) => {
  const db = new PlannerDatabase(name);
  opened.push(db);
  return new PlanRepository(db);
};

/** A page opening the plan: its own connection, its own session, once the plan and its history are read. */
async function openPage(name: string, id: PlanId): Promise<PlanSession> {
  const session = createRoot((dispose) => {
    disposers.push(dispose);
    return createPlanSession(repository(name), id);
  });
  await session.loaded;
  return session;
}

/** A page closed: its session disposed, its connection let go. */
function closeAll() {
  for (const dispose of disposers.splice(0)) dispose();
  for (const db of opened) db.close();
}

const content = (p: Plan | undefined) => p && { ...p, revision: 0, updatedAt: '' };
const setTarget = (unit: string, percent: number): Command =>
  ({ type: 'setRate', unitCode: code(unit), indicatorId: ind('online_dossiers'), field: 'target', value: pct(percent) });

async function seeded(units = 3) {
  const name = `undo-${++n}`;
  const plan = makeTestPlan({ units });
  await repository(name).savePlan(plan);
  return { name, plan };
}

async function undoAll(session: PlanSession): Promise<number> {
  let steps = 0;
  for (let r = session.undo(); r.ok; r = session.undo()) steps++;
  await session.flush();
  return steps;
}

type Action = { kind: 'command'; command: Command } | { kind: 'undo' } | { kind: 'redo' };
const action: fc.Arbitrary<Action> = fc.oneof({ weight: 3, arbitrary: command.map((c): Action => ({ kind: 'command', command: c })) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'undo' }) }, { weight: 1, arbitrary: fc.constant<Action>({ kind: 'redo' }) });

describe('the undo history kept with the plan', () => {
  it('reloads to the same history: after any commands, undos and redos, a reloaded page undoes back to the start and redoes back to the end (property)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { maxLength: 10 }), async (actions) => {
      const { name, plan } = await seeded();
      const page = await openPage(name, plan.id);
      for (const a of actions) {
        if (a.kind === 'command') page.dispatch(a.command);
        else if (a.kind === 'undo') page.undo();
        else page.redo();
      }
      await page.flush();
      const end = page.plan();
      closeAll();
      const reloaded = await openPage(name, plan.id);
      expect(content(reloaded.plan())).toEqual(content(end));
      const undone = await undoAll(reloaded);
      expect(content(reloaded.plan())).toEqual(content(plan));
      closeAll();
      // Undone after a reload, and reloaded again: as many redos as undos bring the plan back to the end.
      const again = await openPage(name, plan.id);
      for (let k = 0; k < undone; k++) expect(again.redo()).toEqual({ ok: true });
      await again.flush();
      expect(content(again.plan())).toEqual(content(end));
      closeAll();
    }), { numRuns: 40 });
  });

  it(`keeps the last ${UNDO_LIMIT} steps of a plan`, async () => {
    const { name, plan } = await seeded();
    const page = await openPage(name, plan.id);
    for (let k = 0; k < UNDO_LIMIT + 5; k++) page.dispatch(setTarget('10000', 50 + (k % 40)));
    page.dispatch(setTarget('10001', 51));
    await page.flush();
    closeAll();
    const reloaded = await openPage(name, plan.id);
    expect(await undoAll(reloaded)).toBe(UNDO_LIMIT);
    // The oldest six steps are gone: the first cell goes back to what the seventh edit found.
    expect(reloaded.plan()!.units[0]!.target[ind('online_dossiers')]).toBe(pct(50 + 5));
    expect(reloaded.plan()!.units[1]!.target[ind('online_dossiers')]).toBe(pct(80));
  });

  it('holds every tab\'s steps in the order they were stored: a reloaded page undoes them all, newest first', async () => {
    const { name, plan } = await seeded();
    const mine = await openPage(name, plan.id);
    mine.dispatch(setTarget('10001', 91));
    await mine.flush();
    const theirs = await openPage(name, plan.id);
    theirs.dispatch(setTarget('10001', 95));
    await theirs.flush();
    closeAll();
    const reloaded = await openPage(name, plan.id);
    // Both tabs' steps are the plan's history, in the order they were stored: theirs is undone first, then mine.
    expect(reloaded.undo()).toEqual({ ok: true });
    expect(reloaded.undo()).toEqual({ ok: true });
    await reloaded.flush();
    expect(reloaded.plan()!.units[1]!.target[ind('online_dossiers')]).toBe(pct(80));
  });

  it('deleting a plan deletes its history', async () => {
    const { name, plan } = await seeded();
    const page = await openPage(name, plan.id);
    page.dispatch(setTarget('10001', 91));
    page.undo();
    page.dispatch(setTarget('10002', 92));
    await page.flush();
    const repo = repository(name);
    expect(await repo.db.undo.count()).toBeGreaterThan(0);
    await repo.deletePlan(plan.id);
    expect(await repo.db.undo.count()).toBe(0);
    expect(await repo.undoHistory(plan.id)).toEqual({ undo: [], redo: [] });
  });

  it('opens a version 6 database with plans at the current version, every plan with an empty history, and keeps one from then on', async () => {
    const name = `undo-upgrade-${++n}`;
    const plan = makeTestPlan({ units: 3 });
    const v6 = new Dexie(name);
    v6.version(6).stores({ plans: 'id, updatedAt', unitChunks: '[planId+chunk]', settings: 'key', receivedFiles: '++seq', journal: '++seq, [planId+seq]' });
    const { units, ...meta } = plan;
    await v6.table('plans').put({ ...meta, unitCount: units.length, lastChange: null, schemaVersion: 4 });
    await v6.table('unitChunks').put({ planId: plan.id, chunk: 0, units });
    await v6.table('journal').add({ planId: plan.id, revision: 0, at: plan.updatedAt, tab: 'x', source: { kind: 'app' }, command: null, changes: [], event: 'created' });
    v6.close();
    const repo = repository(name);
    expect(await repo.loadPlan(plan.id)).toEqual(plan);
    expect(repo.db.verno).toBe(9);
    expect(await repo.undoHistory(plan.id)).toEqual({ undo: [], redo: [] });
    const page = await openPage(name, plan.id);
    expect(page.canUndo()).toBe(false);
    page.dispatch(setTarget('10001', 91));
    await page.flush();
    closeAll();
    const reloaded = await openPage(name, plan.id);
    expect(reloaded.undo()).toEqual({ ok: true });
    await reloaded.flush();
    expect(content(reloaded.plan())).toEqual(content(plan));
  });
});
