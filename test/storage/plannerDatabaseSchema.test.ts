/** The IndexedDB schema (version 8) and the upgrades of older databases. */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { chunkCount, UNITS_PER_CHUNK } from '../../src/storage/database';
import { makeTestPlan, makeUnit } from '../support/builders';
import { closeRepositories, databaseNumber, freshRepository, openDatabase } from '../support/planRepositories';
import { writeVersionOneDatabase } from '../support/versionOneDatabase';

afterEach(closeRepositories);

describe('PlannerDatabase schema', () => {
  it('is version 8: plans, settings, units in chunks, received files, the change journal, the undo history and the plans\' named versions', async () => {
    const db = openDatabase(`schema-${databaseNumber()}`);
    await db.open();
    expect(db.verno).toBe(8);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['journal', 'plans', 'receivedFiles', 'settings', 'undo', 'unitChunks', 'versions']);
    expect(db.table('unitChunks').schema.primKey.keyPath).toEqual(['planId', 'chunk']);
  });

  it('upgrades a version 1 database: every plan keeps its units, in their order, and the old table is gone', async () => {
    const name = `upgrade-${databaseNumber()}`;
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
    const name = `upgrade-v3-${databaseNumber()}`;
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
