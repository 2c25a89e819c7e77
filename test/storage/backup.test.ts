import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { applyBackup, makeBackup } from '../../src/state/backup';
import { applyPlanFile } from '../../src/state/fileImport';
import { backupDue, setReminderDays } from '../../src/state/backupReminder';
import { restoreBackupFile } from '../../src/io/backupFile';
import { PlannerDatabase } from '../../src/storage/database';
import { PlanRepository, WRITE_BATCH } from '../../src/storage/planRepository';
import { makeTestPlan } from '../support/builders';

let n = 0;
const dbs: PlannerDatabase[] = [];
const fresh = () => {
  const db = new PlannerDatabase(`backup-${++n}`);
  dbs.push(db);
  return new PlanRepository(db);
};
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('backup and restore', () => {
  it('brings every plan back identical into an empty computer', async () => {
    const repo = fresh();
    const plans = [makeTestPlan({ units: 3 }), makeTestPlan({ units: 5 })];
    for (const p of plans) await repo.savePlan(p);
    const text = [...(await makeBackup(repo)).parts].join('');
    const other = fresh();
    const restored = restoreBackupFile(text, 'b.json');
    if (!restored.ok) throw new Error('unreadable');
    expect(await applyBackup(other, restored.value.plans, 'keep', (x) => x)).toEqual({ added: 2, replaced: 0, copied: 0, kept: 0 });
    for (const p of plans) expect(await other.loadPlan(p.id)).toEqual(p);
  });

  it('leaves out a stored plan that fails the plan schema, and backs up every other', async () => {
    const repo = fresh();
    const [sound, damagedHead, damagedUnit] = [makeTestPlan({ units: 2 }), makeTestPlan({ units: 2 }), makeTestPlan({ units: 2 })];
    for (const p of [sound, damagedHead, damagedUnit]) await repo.savePlan(p);
    await repo.db.plans.update(damagedHead.id, { status: 'gone' as never });
    await repo.db.unitChunks.where('[planId+chunk]').equals([damagedUnit.id, 0]).modify((c) => { c.units[1]!.volume = -1; });
    const reading = new PlanRepository(new PlannerDatabase(repo.db.name));
    dbs.push(reading.db);
    const restored = restoreBackupFile([...(await makeBackup(reading)).parts].join(''), 'b.json');
    expect(restored.ok && restored.value.plans.map((p) => p.id)).toEqual([sound.id]);
  });

  it('keeps, replaces or copies the plans already there, as chosen', async () => {
    const repo = fresh();
    const plan = makeTestPlan({ units: 2 });
    await repo.savePlan(plan);
    const restored = restoreBackupFile([...(await makeBackup(repo)).parts].join(''), 'b.json');
    if (!restored.ok) throw new Error('unreadable');
    await repo.savePlan({ ...plan, name: 'Đã sửa', revision: 4 });
    expect(await applyBackup(repo, restored.value.plans, 'keep', (x) => x)).toMatchObject({ kept: 1 });
    expect((await repo.loadPlan(plan.id))?.name).toBe('Đã sửa');
    expect(await applyBackup(repo, restored.value.plans, 'copy', (x) => `${x} (bản sao lưu)`)).toMatchObject({ copied: 1 });
    expect((await repo.listPlans()).map((p) => p.name).sort()).toEqual(['Thử (bản sao lưu)', 'Đã sửa'].sort());
    expect(await applyBackup(repo, restored.value.plans, 'replace', (x) => x)).toMatchObject({ replaced: 1 });
    const replaced = await repo.loadPlan(plan.id);
    expect(replaced?.name).toBe('Thử');
    expect(replaced?.revision).toBe(5);
  });

  it('reminds when there are changes and the last backup is older than the period', async () => {
    const repo = fresh();
    const start = new Date('2023-07-01T00:00:00Z');
    expect(await backupDue(repo, start)).toBe(false);
    await repo.savePlan({ ...makeTestPlan({ units: 1 }), updatedAt: '2023-07-02T00:00:00Z' });
    expect(await backupDue(repo, new Date('2023-07-05T00:00:00Z'))).toBe(false);
    expect(await backupDue(repo, new Date('2023-07-09T00:00:00Z'))).toBe(true);
    await setReminderDays(repo, 30);
    expect(await backupDue(repo, new Date('2023-07-09T00:00:00Z'))).toBe(false);
  });

  it('counts a backup for the reminder only once its file is out', async () => {
    const repo = fresh();
    await backupDue(repo, new Date('2023-07-01T00:00:00Z'));
    await repo.savePlan({ ...makeTestPlan({ units: 1 }), updatedAt: '2023-07-02T00:00:00Z' });
    const due = new Date('2023-07-09T00:00:00Z');
    expect(await backupDue(repo, due)).toBe(true);
    const backup = await makeBackup(repo);
    expect(await backupDue(repo, due)).toBe(true); // made, not yet written out
    await backup.remember();
    expect(await backupDue(repo, due)).toBe(false);
  });

  it('reports the progress of a restore and of a plan replaced from a plan file, from 0 to 1, never back', async () => {
    const repo = fresh();
    const plans = [makeTestPlan({ units: 2 * WRITE_BATCH + 500 }), makeTestPlan({ units: 3 }), makeTestPlan({ units: 700 })];
    const restoring: number[] = [];
    await applyBackup(repo, plans, 'keep', (x) => x, (p) => restoring.push(p));
    const replacing: number[] = [];
    const incoming = { ...plans[0]!, name: 'Từ tệp' };
    const id = await applyPlanFile(repo, { plan: incoming, exportedAt: '', exportedBy: '', app: '', formatVersion: 1 }, 'replace',
      { keptCopy: (name) => `${name} (bản trước)`, importedCopy: (name) => name }, (p) => replacing.push(p));
    for (const progress of [restoring, replacing]) {
      expect(progress.length).toBeGreaterThan(3);
      expect(progress.at(-1)).toBe(1);
      expect(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= progress[i - 1]!))).toBe(true);
    }
    // The replaced plan is the file's, and the one it replaced is kept as a copy.
    expect((await repo.loadPlan(id))?.name).toBe('Từ tệp');
    expect((await repo.listPlans()).map((p) => p.name)).toContain(`${plans[0]!.name} (bản trước)`);
  });
});
