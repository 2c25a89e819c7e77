import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import { restoreVersionCommand } from '../../src/domain/versions/planVersion';
import { restoreBackupFile } from '../../src/io/backupFile';
import { applyBackup, makeBackup } from '../../src/state/backup';
import { deleteVersion, restoreAsNewPlan, saveVersion, withVersions } from '../../src/state/versions';
import { code, ind, makeTestPlan, NOW, pct } from '../support/builders';
import { v5FixturePlan } from '../support/fixturePlans';
import { storageRepositories } from '../support/storageRepositories';

const { fresh } = storageRepositories('versions-db');

const OD = ind('online_dossiers');
const edit = (plan: Plan, value: number) => {
  const r = applyCommand(plan, { type: 'setRate', unitCode: code('10000'), indicatorId: OD, field: 'target', value: pct(value) }, NOW);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('named versions in IndexedDB', () => {
  it('persist apart from the plan: another page lists them, oldest first; an edit\'s write leaves them out of the plan record', async () => {
    const repo = fresh();
    const plan = makeTestPlan({ units: 3, id: 'p' });
    await repo.savePlan(plan);
    const first = await saveVersion(repo, plan, 'Phương án 1');
    const changed = edit(plan, 90);
    await repo.commit(changed.plan, changed.effect, plan.revision);
    const second = await saveVersion(repo, changed.plan, 'Phương án 2');
    const other = fresh(repo.db.name);
    const listed = (await other.versions.list(plan.id)).versions;
    expect(listed.map((v) => v.name)).toEqual(['Phương án 1', 'Phương án 2']);
    expect(listed).toEqual([first, second].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id)));
    expect(listed[0]!.units[0]!.target[OD]).toBe(pct(80));
    expect(listed[1]!.units[0]!.target[OD]).toBe(pct(90));
    expect(Object.keys((await repo.getPlanRecord(plan.id))!)).not.toContain('versions');
    await deleteVersion(repo, plan.id, first.id);
    expect((await other.versions.list(plan.id)).versions.map((v) => v.name)).toEqual(['Phương án 2']);
  });

  it('a stored version that fails its schema is left out and counted, never shown half-read', async () => {
    const repo = fresh();
    const plan = makeTestPlan({ units: 3, id: 'p' });
    await repo.savePlan(plan);
    const [good, bad, ghost] = [await saveVersion(repo, plan, 'A'), await saveVersion(repo, plan, 'B'), await saveVersion(repo, plan, 'C')];
    await repo.db.versions.where('[planId+id]').equals([plan.id, bad.id]).modify((r) => { (r.units[1] as unknown as { name: string }).name = 'x'; });
    await repo.db.versions.where('[planId+id]').equals([plan.id, ghost.id]).modify((r) => { r.units[2] = { ...r.units[2]!, target: { [ind('ghost')]: pct(50) } }; });
    const listing = await fresh(repo.db.name).versions.list(plan.id);
    expect([listing.versions.map((v) => v.id), listing.damaged]).toEqual([[good.id], 2]);
  });

  it('are deleted with their plan, and only theirs', async () => {
    const repo = fresh();
    const [a, b] = [makeTestPlan({ units: 2, id: 'a' }), makeTestPlan({ units: 2, id: 'b' })];
    await repo.savePlan(a);
    await repo.savePlan(b);
    await saveVersion(repo, a, 'A1');
    await saveVersion(repo, b, 'B1');
    await repo.deletePlan(a.id);
    expect((await repo.versions.list(a.id)).versions).toEqual([]);
    expect((await repo.versions.list(b.id)).versions.map((v) => v.name)).toEqual(['B1']);
  });

  it('come with a plan stored from a file, replacing those stored; a plan that brings none keeps them', async () => {
    const repo = fresh();
    const plan = v5FixturePlan();
    await repo.savePlan(plan);
    expect((await repo.versions.list(plan.id)).versions).toEqual(plan.versions);
    const loaded = await repo.loadPlan(plan.id);
    expect(loaded?.versions).toBeUndefined();
    await repo.savePlan({ ...plan, versions: undefined }, undefined, { replacing: true });
    expect((await repo.versions.list(plan.id)).versions).toHaveLength(2);
    await repo.savePlan({ ...plan, versions: [plan.versions![1]!] }, undefined, { replacing: true });
    expect((await repo.versions.list(plan.id)).versions.map((v) => v.id)).toEqual(['v-2']);
    expect(await withVersions(loaded!, repo)).toEqual({ ...loaded, versions: [plan.versions![1]] });
    // What is stored now, not what a plan object came with.
    await deleteVersion(repo, plan.id, 'v-2');
    expect((await withVersions(plan, repo)).versions).toBeUndefined();
  });

  it('travel in a backup and come back with its plans on another computer', async () => {
    const repo = fresh();
    const plan = v5FixturePlan();
    await repo.savePlan(plan);
    const text = [...(await makeBackup(repo)).parts].join('');
    const restored = restoreBackupFile(text, 'b.json');
    if (!restored.ok) throw new Error('unreadable');
    const other = fresh();
    await applyBackup(other, restored.value.plans, 'keep', (x) => x);
    expect((await other.versions.list(plan.id)).versions).toEqual(plan.versions);
  });

  it('restore as the plan (one command) or as a new plan with the version\'s values', async () => {
    const repo = fresh();
    const plan = makeTestPlan({ units: 3, id: 'p' });
    await repo.savePlan(plan);
    const version = await saveVersion(repo, plan, 'Phương án 1');
    const changed = edit(plan, 95).plan;
    const back = applyCommand(changed, restoreVersionCommand(changed, version).command, NOW);
    expect(back.ok && back.plan.units.map((u) => u.target)).toEqual(plan.units.map((u) => u.target));
    const id = await restoreAsNewPlan(repo, changed, version, 'Phương án 1 (bản sao)');
    const copy = await fresh(repo.db.name).loadPlan(id);
    expect([copy?.name, copy?.units.map((u) => u.target)]).toEqual(['Phương án 1 (bản sao)', plan.units.map((u) => u.target)]);
    expect((await repo.journal(id)).map((e) => [e.event, e.source])).toEqual([['created', { kind: 'version', name: 'Phương án 1' }]]);
  });

  it('upgrades a version 6 database: plans stay as they were and have no versions', async () => {
    const name = 'versions-upgrade-v6';
    const plan = makeTestPlan({ units: 3 });
    const v6 = new Dexie(name);
    v6.version(6).stores({ plans: 'id, updatedAt', unitChunks: '[planId+chunk]', settings: 'key', receivedFiles: '++seq', journal: '++seq, [planId+seq]' });
    const { units, ...meta } = plan;
    await v6.table('plans').put({ ...meta, unitCount: units.length, lastChange: null, schemaVersion: 4 });
    await v6.table('unitChunks').put({ planId: plan.id, chunk: 0, units });
    v6.close();

    const repo = fresh(name);
    expect(await repo.loadPlan(plan.id)).toEqual(plan);
    expect(repo.db.verno).toBe(9);
    expect((await repo.versions.list(plan.id)).versions).toEqual([]);
    await saveVersion(repo, plan, 'Sau nâng cấp');
    expect((await repo.versions.list(plan.id)).versions.map((v) => v.name)).toEqual(['Sau nâng cấp']);
  });
});
