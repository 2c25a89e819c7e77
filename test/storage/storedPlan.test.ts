import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { restorePlanFile } from '../../src/io/restorePlanFile';
import { planMigrations, type Migration } from '../../src/schema/planMigrations';
import { PLAN_SCHEMA_VERSION } from '../../src/schema/planSchema';
import { PlannerDatabase, type PlanRecord } from '../../src/storage/database';
import { PlanRepository } from '../../src/storage/planRepository';
import { DamagedPlan } from '../../src/storage/storedPlan';
import { damagedPlanText } from '../../src/ui/i18n/fileText';
import { makeTestPlan } from '../support/builders';

let n = 0;
const opened: PlannerDatabase[] = [];
function freshRepository(name = `stored-plan-${++n}`) {
  const db = new PlannerDatabase(name);
  opened.push(db);
  return new PlanRepository(db);
}
/** Another connection to the same database, as another page has: it reads what storage holds, nothing remembered. */
const reader = (repo: PlanRepository) => freshRepository(repo.db.name);
afterEach(async () => {
  vi.restoreAllMocks();
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const db of dbs) await Dexie.delete(db.name);
});

/** Changes a stored plan record behind the repository's back, as a damaged disk, a bug or a hand edit would. */
const damage = (repo: PlanRepository, id: string, change: (record: PlanRecord) => void) =>
  repo.db.plans.where('id').equals(id).modify(change);

describe('a stored plan that fails the plan schema', () => {
  it('is listed apart, named with its field, and the others are listed as usual', async () => {
    const repo = freshRepository();
    const sound = { ...makeTestPlan({ units: 3, id: 'sound' }), name: 'Kế hoạch tốt' };
    const broken = { ...makeTestPlan({ units: 3, id: 'broken' }), name: 'Kế hoạch Phù Cát' };
    await repo.savePlan(sound);
    await repo.savePlan(broken);
    await damage(repo, 'broken', (r) => { (r.indicators[1] as unknown as Record<string, unknown>).min = 'sáu mươi'; });

    const listing = await repo.listing();
    expect(listing.plans.map((p) => p.id)).toEqual(['sound']);
    expect(listing.damaged).toEqual([{ id: 'broken', name: 'Kế hoạch Phù Cát', problems: [
      { code: 'invalidValue', file: 'Kế hoạch Phù Cát', field: 'indicators[1].min', params: { reason: 'type', expected: 'number' } },
    ] }]);
    expect((await repo.listPlans()).map((p) => p.id)).toEqual(['sound']);
    await expect(reader(repo).loadPlan('broken' as never)).rejects.toBeInstanceOf(DamagedPlan);
    expect((await reader(repo).loadPlan(sound.id))?.name).toBe('Kế hoạch tốt');

    expect(damagedPlanText(listing.damaged[0]!)).toBe('Kế hoạch «Kế hoạch Phù Cát» lưu trên máy này bị hỏng nên không được hiển thị: '
      + 'trường indicators[1].min: cần một số. Các kế hoạch khác không bị ảnh hưởng. Hãy xóa kế hoạch này hoặc khôi phục nó từ bản sao lưu.');
  });

  it('with a damaged unit is refused whole when opened, naming the unit\'s field, and never handed out unit by unit', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 4, id: 'p' });
    await repo.savePlan(plan);
    await repo.db.unitChunks.where('[planId+chunk]').equals(['p', 0]).modify((c) => {
      (c.units[2]!.target as Record<string, number>)[plan.indicators[0]!.id] = 12_345; // 123,45 %
      (c.units[3] as unknown as Record<string, unknown>).note = 'thêm';
    });
    const error = await reader(repo).loadPlan(plan.id).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedPlan);
    expect((error as DamagedPlan).problems).toEqual([
      { code: 'unknownField', file: plan.name, field: 'units[3].note', params: { keys: 'note' } },
    ]);
    const units = await repo.loadUnitsAt(plan.id, [0, 2, 3]);
    expect(units.map((u) => u?.code)).toEqual([plan.units[0]!.code, plan.units[2]!.code, undefined]);
    // With the unknown key gone, the impossible rate is what is reported.
    await repo.db.unitChunks.where('[planId+chunk]').equals(['p', 0]).modify((c) => { delete (c.units[3] as unknown as Record<string, unknown>).note; });
    const again = await reader(repo).loadPlan(plan.id).then(() => undefined, (e: unknown) => e);
    expect((again as DamagedPlan).problems).toEqual([
      { code: 'outOfRange', file: plan.name, field: `units[2].target.${plan.indicators[0]!.id}`, params: { value: 123.45 } },
    ]);
  });

  it('written by a newer version of the app is reported as such, not read', async () => {
    const repo = freshRepository();
    await repo.savePlan(makeTestPlan({ id: 'new' }));
    await damage(repo, 'new', (r) => { r.schemaVersion = PLAN_SCHEMA_VERSION + 1; });
    const listing = await repo.listing();
    expect(listing.damaged[0]?.problems).toEqual([{ code: 'newerVersion', file: expect.any(String),
      params: { fileVersion: PLAN_SCHEMA_VERSION + 1, appVersion: PLAN_SCHEMA_VERSION, app: '' } }]);
  });
});

describe('stored plans and the one migration chain', () => {
  it('a record of schema version 1 goes through the same steps as a version-1 plan file, and is written back in the current version', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3, id: 'old' });
    await repo.savePlan(plan);
    // As version 1 stored it: indicators without the own-target check.
    await damage(repo, 'old', (r) => {
      r.schemaVersion = 1;
      r.indicators = r.indicators.map(({ checkOwnTarget: _c, ...i }) => i) as unknown as PlanRecord['indicators'];
    });
    const ran: string[] = [];
    const steps = planMigrations.steps as Record<number, Migration>;
    const step1 = steps[1]!;
    vi.spyOn(steps, 1).mockImplementation((doc, rates) => {
      ran.push(`1:${rates}`);
      return step1(doc, rates);
    });

    const loaded = await reader(repo).loadPlan(plan.id);
    expect(ran).toEqual(['1:hundredths']);
    expect(loaded?.indicators.map((i) => i.checkOwnTarget)).toEqual(plan.indicators.map(() => false));
    expect(loaded?.revision).toBe(plan.revision);
    const record = await repo.getPlanRecord(plan.id);
    expect(record?.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(record?.indicators.every((i) => i.checkOwnTarget === false)).toBe(true);
    expect(await repo.journal(plan.id)).toHaveLength(1); // a write-back is no change: only the plan's creation

    // The plan file of version 1 takes the very same step.
    ran.length = 0;
    const fixture = readFileSync(new URL('../fixtures/plan-files/v1-tuy-phuoc.dvctt.json', import.meta.url), 'utf8');
    const file = restorePlanFile(fixture, 'v1.dvctt.json');
    expect(file.ok).toBe(true);
    expect(ran).toEqual(['1:percent']);
    // Read again, the record is current: no step runs.
    ran.length = 0;
    await reader(repo).loadPlan(plan.id);
    expect(ran).toEqual([]);
  });

  it('a record written before plans carried their version reads as version 3, unchanged', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2, id: 'unversioned' });
    await repo.savePlan(plan);
    await damage(repo, 'unversioned', (r) => { delete r.schemaVersion; });
    const loaded = await reader(repo).loadPlan(plan.id);
    expect(loaded).toEqual(plan);
  });
});
