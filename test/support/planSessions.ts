/**
 * Plan sessions in real Chromium IndexedDB for the browser tests (test/browser/planSession*.test.ts): each "tab"
 * is its own database connection and its own session, on a seeded plan.
 */
import Dexie from 'dexie';
import { createRoot } from 'solid-js';
import { expect } from 'vitest';
import type { PlanId } from '../../src/domain/ids';
import { PlannerDatabase } from '../../src/storage/database';
import { PlanRepository, WRITE_BATCH } from '../../src/storage/planRepository';
import { createPlanSession, LARGE_CHANGE, type PlanChange, type PlanSession } from '../../src/state/planSession';
import type { Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import { code, ind, makeTestPlan, pct } from './builders';


/** A plan large enough to be a large change and to be written in at least four requests. */
export const LARGE_PLAN = Math.max(3 * LARGE_CHANGE, 3 * WRITE_BATCH + 1);

/** Real Chromium IndexedDB. Each "tab" is its own database connection and its own session. */
let n = 0;
/** A number for a database name of its own. */
export const sessionNumber = () => ++n;
export const disposers: (() => void)[] = [];
export const databases: PlannerDatabase[] = [];

export function openTab(dbName: string, id: PlanId, prepare?: (db: PlannerDatabase) => void): { session: PlanSession; repo: PlanRepository; changes: PlanChange[] } {
  const db = new PlannerDatabase(dbName);
  prepare?.(db);
  databases.push(db);
  return openSession(new PlanRepository(db), id);
}

/** A session on a repository of this copy of the app (the page that opens a plan this copy is storing). */
export function openSession(repo: PlanRepository, id: PlanId): { session: PlanSession; repo: PlanRepository; changes: PlanChange[] } {
  const changes: PlanChange[] = [];
  const session = createRoot((dispose) => {
    disposers.push(dispose);
    const s = createPlanSession(repo, id);
    s.subscribe((c) => changes.push(c));
    return s;
  });
  return { session, repo, changes };
}

/** Each test file calls `afterEach(closeSessions)`: every session disposed, every database closed and deleted. */
export async function closeSessions() {
  for (const dispose of disposers.splice(0)) dispose();
  const names = new Set(databases.map((db) => db.name));
  for (const db of databases.splice(0)) db.close();
  for (const name of names) await Dexie.delete(name);
}

export async function seeded(units = 3) {
  const dbName = `browser-session-${++n}-${Date.now()}`;
  const plan = makeTestPlan({ units });
  const seedDb = new PlannerDatabase(dbName);
  databases.push(seedDb);
  await new PlanRepository(seedDb).savePlan(plan);
  return { dbName, plan };
}

/** A seeded plan open in two tabs, both loaded. */
export async function twoTabs() {
  const { dbName, plan } = await seeded();
  const a = openTab(dbName, plan.id);
  const b = openTab(dbName, plan.id);
  await expect.poll(() => a.session.loadState() === 'ready' && b.session.loadState() === 'ready').toBe(true);
  return { dbName, plan, a, b };
}

export const setTarget = (unit: string, percent: number | null) => ({
  type: 'setRate' as const, unitCode: code(unit), indicatorId: ind('online_dossiers'), field: 'target' as const, value: percent === null ? null : pct(percent),
});

/** The plan as storage holds it, read through a connection of its own (as a page opened now would). */
export async function storedPlan(dbName: string, id: PlanId) {
  const db = new PlannerDatabase(dbName);
  databases.push(db);
  return new PlanRepository(db).loadPlan(id);
}

/** Every unit's online-dossiers target set to `percent`: one command over the whole plan, as a CSV import sends. */
export const everyTarget = (plan: Plan, percent: number): Command => ({
  type: 'putUnits', entries: plan.units.map((u) => ({ unit: { ...u, target: { ...u.target, [ind('online_dossiers')]: pct(percent) } }, index: 0 })),
});
