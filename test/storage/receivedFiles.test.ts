import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PlannerDatabase } from '../../src/storage/database';
import { PlanRepository } from '../../src/storage/planRepository';
import { ReceivedFileRepository } from '../../src/storage/receivedFileRepository';
import { makeTestPlan } from '../support/builders';

let n = 0;
const opened: PlannerDatabase[] = [];
function open(name = `received-${++n}`) {
  const db = new PlannerDatabase(name);
  opened.push(db);
  return db;
}
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

const file = (fileName: string, text = `{"file":"${fileName}"}`) => ({ fileName, text, receivedAt: '2023-07-25T02:30:00.000Z' });

describe('ReceivedFileRepository', () => {
  it('keeps received files, in the order they came, for another connection (a reload) to read', async () => {
    const db = open();
    const repo = new ReceivedFileRepository(db);
    const added = await repo.add([file('b.dvctt.json'), file('a.dvctt.json')]);
    await repo.add([file('c.dvctt.json')]);
    expect(added.map((f) => f.fileName)).toEqual(['b.dvctt.json', 'a.dvctt.json']);
    const later = new ReceivedFileRepository(open(db.name));
    const listed = await later.list();
    expect(listed.map((f) => [f.fileName, f.text])).toEqual([
      ['b.dvctt.json', '{"file":"b.dvctt.json"}'], ['a.dvctt.json', '{"file":"a.dvctt.json"}'], ['c.dvctt.json', '{"file":"c.dvctt.json"}'],
    ]);
    expect(listed.slice(0, 2).map((f) => f.seq)).toEqual(added.map((f) => f.seq));
  });

  it('removes one file by its number, the others staying', async () => {
    const repo = new ReceivedFileRepository(open());
    const [a, b] = await repo.add([file('a'), file('b')]);
    await repo.remove(a!.seq);
    expect((await repo.list()).map((f) => f.seq)).toEqual([b!.seq]);
  });

  it('remembers the choice of the province plan (none is a choice too) until the files are cleared, which forgets both and nothing else', async () => {
    const db = open();
    const repo = new ReceivedFileRepository(db);
    const plans = new PlanRepository(db);
    const plan = makeTestPlan({ units: 2 });
    await plans.savePlan(plan);
    await plans.setSetting('demoSeeded', true);
    expect(await repo.provincePlanChoice()).toBeUndefined();
    await repo.setProvincePlanChoice(null);
    expect(await repo.provincePlanChoice()).toBeNull();
    await repo.setProvincePlanChoice(plan.id);
    await repo.add([file('a')]);
    expect(await new ReceivedFileRepository(open(db.name)).provincePlanChoice()).toBe(plan.id);

    await repo.clear();
    expect(await repo.list()).toEqual([]);
    expect(await repo.provincePlanChoice()).toBeUndefined();
    expect(await plans.loadPlan(plan.id)).toEqual(plan);
    expect(await plans.getSetting('demoSeeded')).toBe(true);
  });

  it('stores nothing of files storage refuses (a full disk), and says so', async () => {
    const db = open();
    db.use({ stack: 'dbcore', name: 'refuse', create: (down) => ({ ...down, table: (name) => {
      const table = down.table(name);
      return name === 'receivedFiles' ? { ...table, mutate: () => Promise.reject(new Error('disk full')) } : table;
    } }) });
    const repo = new ReceivedFileRepository(db);
    await expect(repo.add([file('a'), file('b')])).rejects.toThrow('disk full');
    expect(await new ReceivedFileRepository(open(db.name)).list()).toEqual([]);
  });
});

describe('PlannerDatabase version 5', () => {
  it('upgrades a version 4 database: plans and settings stay as they were, and the received files start empty', async () => {
    const name = `upgrade-v4-${++n}`;
    const plan = makeTestPlan({ units: 3 });
    const v4 = new Dexie(name);
    v4.version(4).stores({ plans: 'id, updatedAt', unitChunks: '[planId+chunk]', settings: 'key' });
    const { units, ...meta } = plan;
    await v4.table('plans').put({ ...meta, unitCount: units.length, lastChange: null });
    await v4.table('unitChunks').put({ planId: plan.id, chunk: 0, units });
    await v4.table('settings').put({ key: 'demoSeeded', value: true });
    v4.close();

    const db = open(name);
    const plans = new PlanRepository(db);
    expect(await plans.loadPlan(plan.id)).toEqual(plan);
    expect(await plans.getSetting('demoSeeded')).toBe(true);
    expect(db.verno).toBe(9);
    const received = new ReceivedFileRepository(db);
    expect(await received.list()).toEqual([]);
    await received.add([file('a')]);
    expect((await received.list()).map((f) => f.fileName)).toEqual(['a']);
  });
});
