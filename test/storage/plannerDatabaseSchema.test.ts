/** The IndexedDB schema (version 9) and the upgrades of older databases. */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { chunkCount, UNITS_PER_CHUNK } from '../../src/storage/database';
import { resultKey, type MonthKey } from '../../src/domain/monitoring/resultKey';
import type { UnitResults } from '../../src/domain/plan';
import { makeTestPlan, makeUnit } from '../support/builders';
import { closeRepositories, databaseNumber, freshRepository, openDatabase } from '../support/planRepositories';
import { writeVersionOneDatabase } from '../support/versionOneDatabase';

afterEach(closeRepositories);

describe('PlannerDatabase schema', () => {
  it('is version 9: plans, settings, units in chunks (their monthly results in columns), received files, the change journal, the undo history and the plans\' named versions', async () => {
    const db = openDatabase(`schema-${databaseNumber()}`);
    await db.open();
    expect(db.verno).toBe(9);
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
    expect(repo.db.verno).toBe(9);
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
    expect(repo.db.verno).toBe(9);
    expect((await repo.loadPlan(plan.id))?.indicators.every((i) => i.checkOwnTarget === false)).toBe(true);
  });

  it('opens a version 8 database whose chunks keep their figures in their units, and tells a tab still on version 8 to make way', async () => {
    const name = `upgrade-v8-${databaseNumber()}`;
    const bare = makeTestPlan({ units: 3 });
    const plan = { ...bare, units: bare.units.map((u, i) => (i === 1 ? { ...u, results: { [resultKey('2023-07' as MonthKey, bare.indicators[0]!.id, 'd')]: 120 } as UnitResults } : u)) };
    const v8 = new Dexie(name);
    v8.version(8).stores({ plans: 'id, updatedAt', unitChunks: '[planId+chunk]', settings: 'key', receivedFiles: '++seq', journal: '++seq, [planId+seq]',
      undo: '++seq, [planId+stack+seq]', versions: '[planId+id]' });
    const { units, ...meta } = plan;
    await v8.table('plans').put({ ...meta, unitCount: units.length, lastChange: null, schemaVersion: 6 });
    await v8.table('unitChunks').put({ planId: plan.id, chunk: 0, units });
    // A tab of an older copy of the app, still open on version 8: it must hear of the new version, not go on writing chunks without their columns.
    let askedToMakeWay = false;
    v8.on('versionchange', () => {
      askedToMakeWay = true;
      v8.close();
      return false;
    });

    const repo = freshRepository(name);
    expect(await repo.loadPlan(plan.id)).toEqual(plan);
    expect(repo.db.verno).toBe(9);
    expect(askedToMakeWay).toBe(true);
  });
});

