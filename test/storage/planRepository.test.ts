import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import { chunkCount, PlannerDatabase, UNITS_PER_CHUNK } from '../../src/storage/database';
import { PlanRepository, READ_BATCH, RevisionConflict, WRITE_BATCH } from '../../src/storage/planRepository';
import { code, ind, makeTestPlan, makeUnit, NOW, pct } from '../support/builders';
import { writeVersionOneDatabase } from '../support/versionOneDatabase';

let n = 0;
const opened: PlannerDatabase[] = [];
function freshRepository(name = `test-db-${++n}`) {
  const db = new PlannerDatabase(name);
  opened.push(db);
  return new PlanRepository(db);
}
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

/** A repository whose `n`-th batch of unit records fails (a disk error in the middle of a long write). */
function failingRepository(failAt: number) {
  const db = new PlannerDatabase(`test-db-${++n}`);
  opened.push(db);
  let batches = 0;
  db.use({ stack: 'dbcore', name: 'fail-in-the-middle', create: (down) => ({ ...down, table: (name) => {
    const table = down.table(name);
    if (name !== 'unitChunks') return table;
    return { ...table, mutate: (req) => (req.type === 'put' && ++batches === failAt ? Promise.reject(new Error('disk failure')) : table.mutate(req)) };
  } }) });
  return { repo: new PlanRepository(db), batches: () => batches };
}

/** Another connection to the same database, as another page has: it reads what storage holds, nothing remembered. */
function reader(repo: PlanRepository) {
  return freshRepository(repo.db.name);
}

/** Every target of every unit set to `percent`: one command that changes every unit, as a CSV import does. */
function everyTarget(plan: Plan, percent: number): Command {
  return { type: 'putUnits', entries: plan.units.map((u) => ({ unit: { ...u, target: { ...u.target, [ind('online_dossiers')]: pct(percent) } }, index: 0 })) };
}

function apply(plan: Plan, command: Command) {
  const r = applyCommand(plan, command, NOW);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('PlanRepository', () => {
  it('stores a plan and loads it back equal, units in order', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 25 });
    await repo.savePlan(plan);
    expect(await reader(repo).loadPlan(plan.id)).toEqual(plan);
    expect(await repo.listPlans()).toEqual([expect.objectContaining({ id: plan.id, unitCount: 25, revision: 0 })]);
  });

  it('writes a large plan in batches and reads it back in batches, equal and in order', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2 * READ_BATCH + 7 });
    let batches = 0;
    repo.db.use({ stack: 'dbcore', name: 'count', create: (down) => ({ ...down, table: (name) => {
      const table = down.table(name);
      return { ...table, mutate: (req) => { if (name === 'unitChunks' && req.type === 'put') batches++; return table.mutate(req); } };
    } }) });
    const progress: number[] = [];
    await repo.savePlan(plan, (p) => progress.push(p));
    expect(batches).toBe(Math.ceil(plan.units.length / WRITE_BATCH));
    expect(progress.at(-1)).toBe(1);
    const read: number[] = [];
    const loaded = await reader(repo).loadPlan(plan.id, (p) => read.push(p));
    expect(read.length).toBe(2);
    expect(loaded).toEqual(plan);
  });

  it('keeps a write of many units atomic: a batch failing in the middle leaves nothing of it written', async () => {
    const units = 4 * WRITE_BATCH + 10;
    // A new plan: not there at all afterwards.
    const fresh = failingRepository(3);
    const plan = makeTestPlan({ units });
    await expect(fresh.repo.savePlan(plan)).rejects.toThrow();
    expect(fresh.batches()).toBeGreaterThanOrEqual(3);
    expect(await reader(fresh.repo).loadPlan(plan.id)).toBeUndefined();
    expect(await fresh.repo.db.unitChunks.count()).toBe(0);

    // A command changing every unit of a stored plan: the plan as it was, every unit of it.
    const stored = failingRepository(Math.ceil(units / WRITE_BATCH) + 3);
    await stored.repo.savePlan(plan);
    const r = apply(plan, everyTarget(plan, 91));
    await expect(stored.repo.commit(r.plan, r.effect, plan.revision)).rejects.toThrow();
    expect(await reader(stored.repo).loadPlan(plan.id)).toEqual(plan);
  });

  it('keeps a write atomic when IndexedDB itself refuses a record in the middle', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 * WRITE_BATCH });
    await repo.savePlan(plan);
    const r = apply(plan, everyTarget(plan, 92));
    // A unit IndexedDB cannot store (a function in it), in the third batch: DataCloneError there.
    const broken = { ...r.plan, units: r.plan.units.map((u, i) => (i === 2 * WRITE_BATCH + 1 ? { ...u, baseline: { x: () => 1 } as never } : u)) };
    await expect(repo.commit(broken, r.effect, plan.revision)).rejects.toThrow();
    expect(await reader(repo).loadPlan(plan.id)).toEqual(plan);
    await repo.commit(r.plan, r.effect, plan.revision);
    expect(await reader(repo).loadPlan(plan.id)).toEqual(r.plan);
  });

  it('opens the plan it has just stored without reading it back, unless storage moved on meanwhile', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    await repo.savePlan(plan);
    expect(await repo.loadPlan(plan.id)).toBe(plan);
    // Only once: afterwards, from storage.
    const again = await repo.loadPlan(plan.id);
    expect(again).not.toBe(plan);
    expect(again).toEqual(plan);

    await repo.savePlan(plan);
    const r = apply(plan, { type: 'setVolume', unitCode: code('10001'), volume: 7 });
    await reader(repo).commit(r.plan, r.effect, plan.revision); // another tab
    expect(await repo.loadPlan(plan.id)).toEqual(r.plan);
  });

  it('commits one command by writing the plan record and only the touched unit', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    await repo.savePlan(plan);
    const { plan: next, effect } = apply(plan, { type: 'setRate', unitCode: code('10002'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(61.5) });
    await repo.commit(next, effect, plan.revision);
    expect(await reader(repo).loadPlan(plan.id)).toEqual(next);
    const record = await repo.db.plans.get(plan.id);
    expect(record?.lastChange).toEqual({ revision: 1, units: ['10002'] });
  });

  it('rewrites only the chunk that holds an edited unit', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 * UNITS_PER_CHUNK });
    const written: number[] = [];
    repo.db.use({ stack: 'dbcore', name: 'watch', create: (down) => ({ ...down, table: (name) => {
      const table = down.table(name);
      return { ...table, mutate: (req) => {
        if (name === 'unitChunks' && req.type === 'put') written.push(...req.values.map((v: { chunk: number }) => v.chunk));
        return table.mutate(req);
      } };
    } }) });
    await repo.savePlan(plan);
    expect(written).toEqual([0, 1, 2]);
    written.length = 0;
    const unit = plan.units[UNITS_PER_CHUNK + 17]!;
    const r = apply(plan, { type: 'setVolume', unitCode: unit.code, volume: 5 });
    await repo.commit(r.plan, r.effect, plan.revision);
    expect(written).toEqual([1]);
    expect(await reader(repo).loadPlan(plan.id)).toEqual(r.plan);
  });

  it('stores a unit taken out and put back elsewhere in one command with every unit in its new place', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2 * UNITS_PER_CHUNK + 200 });
    await repo.savePlan(plan);
    // Put back at the end: every unit after its old place, across chunks, moved up one.
    const unit = plan.units[3]!;
    const r = apply(plan, { type: 'batch', commands: [{ type: 'removeUnit', unitCode: unit.code }, { type: 'addUnit', unit: { ...unit, name: `${unit.name} (mới)` } }] });
    await repo.commit(r.plan, r.effect, plan.revision);
    const stored = await reader(repo).loadPlan(plan.id);
    expect(stored?.units.map((u) => u.code)).toEqual(r.plan.units.map((u) => u.code));
    expect(stored).toEqual(r.plan);
  });

  it('reads the units at given positions without reading the plan', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2 * UNITS_PER_CHUNK + 5 });
    await repo.savePlan(plan);
    const at = [2 * UNITS_PER_CHUNK + 4, 0, UNITS_PER_CHUNK, 3, 2 * UNITS_PER_CHUNK + 5];
    expect(await reader(repo).loadUnitsAt(plan.id, at)).toEqual([plan.units[at[0]!], plan.units[0], plan.units[UNITS_PER_CHUNK], plan.units[3], undefined]);
  });

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

  it('keeps unit order through additions and removals', async () => {
    const repo = freshRepository();
    let plan = makeTestPlan({ units: 4 });
    await repo.savePlan(plan);
    for (const c of [{ type: 'addUnit', unit: makeUnit(9) }, { type: 'removeUnit', unitCode: code('10001') }, { type: 'addUnit', unit: makeUnit(5) }] as Command[]) {
      const r = apply(plan, c);
      await repo.commit(r.plan, r.effect, plan.revision);
      plan = r.plan;
    }
    const loaded = await reader(repo).loadPlan(plan.id);
    expect(loaded?.units.map((u) => u.code)).toEqual(['10000', '10002', '10003', '10009', '10005']);
    expect(loaded).toEqual(plan);
  });

  it('deletes a plan with all its units, and no other plan', async () => {
    const repo = freshRepository();
    const a = makeTestPlan({ units: 3 });
    const b = makeTestPlan({ units: 2 });
    await repo.savePlan(a);
    await repo.savePlan(b);
    await repo.deletePlan(a.id);
    expect(await repo.loadPlan(a.id)).toBeUndefined();
    expect(await repo.db.unitChunks.toArray()).toEqual([expect.objectContaining({ planId: b.id, chunk: 0 })]);
    expect(await reader(repo).loadPlan(b.id)).toEqual(b);
  });

  it('writes nothing when a commit fails half way', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2 });
    await repo.savePlan(plan);
    const r = apply(plan, { type: 'setVolume', unitCode: code('10000'), volume: 3 });
    // A unit record that IndexedDB cannot store (a function) makes the transaction fail after the first put.
    const broken = { ...r.plan, units: r.plan.units.map((u, i) => (i === 0 ? { ...u, baseline: { x: () => 1 } as never } : u)) };
    await expect(repo.commit(broken, r.effect, plan.revision)).rejects.toThrow();
    expect(await repo.loadPlan(plan.id)).toEqual(plan);
  });

  it('tells a watcher about a write made through another connection (another tab)', async () => {
    const name = `test-db-${++n}`;
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

  it('opens the plan it stored once (the first visit\'s demo) without reading it back', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    expect(await repo.savePlanOnce(plan, 'seeded')).toBe(true);
    expect(await repo.loadPlan(plan.id)).toBe(plan);
    expect(await reader(repo).loadPlan(plan.id)).toEqual(plan);
  });

  it('keeps settings', async () => {
    const repo = freshRepository();
    expect(await repo.getSetting('demoSeeded')).toBeUndefined();
    await repo.setSetting('demoSeeded', true);
    expect(await repo.getSetting('demoSeeded')).toBe(true);
  });
});

describe('PlannerDatabase schema', () => {
  it('is version 8: plans, settings, units in chunks, received files, the change journal, the undo history and the plans\' named versions', async () => {
    const db = new PlannerDatabase(`schema-${++n}`);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(8);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['journal', 'plans', 'receivedFiles', 'settings', 'undo', 'unitChunks', 'versions']);
    expect(db.table('unitChunks').schema.primKey.keyPath).toEqual(['planId', 'chunk']);
  });

  it('upgrades a version 1 database: every plan keeps its units, in their order, and the old table is gone', async () => {
    const name = `upgrade-${++n}`;
    const big = makeTestPlan({ units: 2 * UNITS_PER_CHUNK + 3 });
    // Codes not in plan order, so that key order and plan order differ.
    const small = { ...makeTestPlan({ units: 3 }), units: [makeUnit(7), makeUnit(2), makeUnit(5)] };
    const empty = makeTestPlan({ units: 0 });
    await writeVersionOneDatabase(name, [big, small, empty], { demoSeeded: true });

    const repo = freshRepository(name);
    expect(await repo.loadPlan(big.id)).toEqual(big);
    expect((await repo.loadPlan(small.id))?.units.map((u) => u.code)).toEqual(['10007', '10002', '10005']);
    expect(await repo.loadPlan(empty.id)).toEqual(empty);
    expect(await repo.getSetting('demoSeeded')).toBe(true);
    expect(repo.db.verno).toBe(8);
    expect(repo.db.tables.map((t) => t.name)).not.toContain('units');
    expect(await repo.db.unitChunks.count()).toBe(chunkCount(big.units.length) + 1);
  });

  it('upgrades a version 3 database: every indicator gains the own-target check, off, and nothing else changes', async () => {
    const name = `upgrade-v3-${++n}`;
    const plan = makeTestPlan({ units: 3 });
    const v3 = new Dexie(name);
    v3.version(3).stores({ plans: 'id, updatedAt', unitChunks: '[planId+chunk]', settings: 'key' });
    const { units, ...meta } = plan;
    await v3.table('plans').put({ ...meta, indicators: plan.indicators.map(({ checkOwnTarget: _, ...rest }) => rest), unitCount: units.length, lastChange: null });
    await v3.table('unitChunks').put({ planId: plan.id, chunk: 0, units });
    v3.close();

    const repo = freshRepository(name);
    expect(await repo.loadPlan(plan.id)).toEqual(plan);
    expect(repo.db.verno).toBe(8);
    expect((await repo.loadPlan(plan.id))?.indicators.every((i) => i.checkOwnTarget === false)).toBe(true);
  });
});
