import { describe, expect, it } from 'vitest';
import { changesOf } from '../../src/domain/changes';
import { applyCommand, type Command } from '../../src/domain/commands';
import { journalChanges, type JournalEntry } from '../../src/domain/journal';
import { isLocked, type Plan } from '../../src/domain/plan';
import { restoreBackupFile, serializeBackupFile } from '../../src/io/backupFile';
import { PLAN_SCHEMA_VERSION } from '../../src/schema/planSchema';
import { PlanRepository, TAB_ID } from '../../src/storage/planRepository';
import { DamagedPlan } from '../../src/storage/storedPlan';
import { storageRepositories } from '../support/storageRepositories';
import { code, ind, makeTestPlan, NOW } from '../support/builders';

const { fresh: freshRepository, reader } = storageRepositories('locks-db');

const ONLINE = ind('online_dossiers');
const PAYMENT = ind('online_payment');

/** Applies a command as the session does and commits it, with its journal entry, in one transaction. */
async function commitLock(repo: PlanRepository, plan: Plan, command: Command): Promise<Plan> {
  const r = applyCommand(plan, command, NOW);
  if (!r.ok) throw new Error(r.reason);
  const entry: JournalEntry = { planId: plan.id, revision: r.plan.revision, at: NOW, tab: TAB_ID, source: { kind: 'lock' }, command,
    changes: journalChanges(changesOf(plan, r.plan, r.effect)) };
  await repo.commit(r.plan, r.effect, plan.revision, undefined, [entry]);
  return r.plan;
}

const lockedCells = (plan: Plan | undefined) =>
  plan?.units.flatMap((u) => plan.indicators.filter((i) => isLocked(u, i.id)).map((i) => `${u.code}|${i.id}`)) ?? [];

describe('locked target cells in IndexedDB', () => {
  it('persist: another page reads them back, unit by unit too, with the lock journaled field by field', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 620, id: 'locks' }); // two chunks: the lock in the second rewrites only that one
    await repo.savePlan(plan);
    const locked = await commitLock(repo, plan, { type: 'setLocks', locked: true,
      cells: [{ unitCode: code('10001'), indicatorId: ONLINE }, { unitCode: code('10600'), indicatorId: PAYMENT }] });

    const loaded = await reader(repo).loadPlan(plan.id);
    expect(lockedCells(loaded)).toEqual(['10001|online_dossiers', '10600|online_payment']);
    expect(loaded).toEqual(locked);
    expect(loaded?.units[2]).not.toHaveProperty('locked');
    // What another tab fetches after the write: the changed units, their locks included.
    const [unit] = await reader(repo).loadUnitsAt(plan.id, [600]);
    expect(unit?.locked).toEqual({ [PAYMENT]: true });
    const journal = await repo.journal(plan.id);
    expect(journal.at(-1)).toMatchObject({ source: { kind: 'lock' }, changes: [
      { kind: 'field', code: '10001', field: { key: 'locked', indicatorId: ONLINE }, before: null, after: 1 },
      { kind: 'field', code: '10600', field: { key: 'locked', indicatorId: PAYMENT }, before: null, after: 1 }] });

    // Unlocked, the unit is stored without the key again.
    await commitLock(repo, locked, { type: 'setLocks', locked: false, cells: [{ unitCode: code('10001'), indicatorId: ONLINE }] });
    const again = await reader(repo).loadPlan(plan.id);
    expect(lockedCells(again)).toEqual(['10600|online_payment']);
    expect(again?.units[1]).not.toHaveProperty('locked');
  });

  it('a record of schema version 3 (no locks) opens as it was and is written back in the current version', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3, id: 'v3' });
    await repo.savePlan(plan);
    await repo.db.plans.where('id').equals('v3').modify((r) => { r.schemaVersion = 3; });
    expect(await reader(repo).loadPlan(plan.id)).toEqual(plan);
    expect((await repo.getPlanRecord(plan.id))?.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(PLAN_SCHEMA_VERSION).toBe(6);
  });

  it('a stored lock on an indicator the plan does not have makes the plan damaged, naming the field', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3, id: 'ghost' });
    await repo.savePlan(plan);
    await repo.db.unitChunks.where('[planId+chunk]').equals(['ghost', 0]).modify((c) => { c.units[2]!.locked = { [ind('ghost')]: true }; });
    const error = await reader(repo).loadPlan(plan.id).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedPlan);
    expect((error as DamagedPlan).problems).toEqual([{ code: 'unknownIndicator', file: plan.name, field: 'units[2].locked.ghost', params: { id: 'ghost' } }]);
  });

  it('travel in the backup, read back exactly', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3, id: 'backup' });
    await repo.savePlan(plan);
    await commitLock(repo, plan, { type: 'setLocks', locked: true, cells: [{ unitCode: code('10002'), indicatorId: PAYMENT }] });
    const stored = await reader(repo).loadPlan(plan.id);
    const restored = restoreBackupFile(serializeBackupFile([stored!], { appVersion: '0.1.0', exportedAt: NOW }), 'sao-luu.json');
    expect(restored.ok && lockedCells(restored.value.plans[0])).toEqual(['10002|online_payment']);
    expect(restored.ok && restored.value.plans[0]).toEqual({ ...stored, revision: 0 });
  });
});
