import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { changesOf } from '../../src/domain/changes';
import { applyCommand, type Command } from '../../src/domain/commands';
import { journalChanges, type JournalEntry } from '../../src/domain/journal';
import type { Plan } from '../../src/domain/plan';
import { PlannerDatabase } from '../../src/storage/database';
import { JOURNAL_LIMIT } from '../../src/storage/journalStore';
import { PlanRepository, RevisionConflict, TAB_ID } from '../../src/storage/planRepository';
import { code, ind, makeTestPlan, NOW, pct } from '../support/builders';

let n = 0;
const opened: PlannerDatabase[] = [];
function freshRepository() {
  const db = new PlannerDatabase(`journal-db-${++n}`);
  opened.push(db);
  return new PlanRepository(db);
}
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const db of dbs) await Dexie.delete(db.name);
});

/** Applies a command as the session does and commits it with its journal entry. */
async function commitTyped(repo: PlanRepository, plan: Plan, command: Command): Promise<Plan> {
  const r = applyCommand(plan, command, NOW);
  if (!r.ok) throw new Error(r.reason);
  const entry: JournalEntry = { planId: plan.id, revision: r.plan.revision, at: NOW, tab: TAB_ID, source: { kind: 'typed' }, command,
    changes: journalChanges(changesOf(plan, r.plan, r.effect)) };
  await repo.commit(r.plan, r.effect, plan.revision, undefined, [entry]);
  return r.plan;
}

const setTarget = (unit: string, percent: number): Command =>
  ({ type: 'setRate', unitCode: code(unit), indicatorId: ind('online_dossiers'), field: 'target', value: pct(percent) });

describe('the change journal', () => {
  it('records a plan made, then each command with its source, revision and field-level before and after', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    await repo.savePlan(plan, undefined, { source: { kind: 'file', name: 'xa.csv' } });
    const next = await commitTyped(repo, plan, setTarget('10001', 91));
    await commitTyped(repo, next, { type: 'setVolume', unitCode: code('10002'), volume: 5 });
    const journal = await repo.journal(plan.id);
    expect(journal.map((e) => [e.event ?? e.command?.type, e.revision, e.source])).toEqual([
      ['created', 0, { kind: 'file', name: 'xa.csv' }], ['setRate', 1, { kind: 'typed' }], ['setVolume', 2, { kind: 'typed' }],
    ]);
    expect(journal[1]!.changes).toEqual([{ kind: 'field', code: code('10001'), field: { key: 'target', indicatorId: ind('online_dossiers') }, before: pct(80), after: pct(91) }]);
    expect(journal[2]!.changes).toEqual([{ kind: 'field', code: code('10002'), field: { key: 'volume' }, before: 102, after: 5 }]);
    expect(new Set(journal.map((e) => e.tab))).toEqual(new Set([TAB_ID]));
  });

  it('writes nothing of a write storage refuses: the entry exists exactly when the change does', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3 });
    await repo.savePlan(plan);
    await commitTyped(repo, plan, setTarget('10000', 70));
    await expect(commitTyped(repo, plan, setTarget('10000', 71))).rejects.toBeInstanceOf(RevisionConflict);
    expect((await repo.journal(plan.id)).map((e) => e.revision)).toEqual([0, 1]);
  });

  it('keeps one entry of a deleted plan: that it was deleted', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 2 });
    await repo.savePlan(plan);
    await commitTyped(repo, plan, setTarget('10000', 70));
    await repo.deletePlan(plan.id);
    expect((await repo.journal(plan.id)).map((e) => [e.event, e.revision])).toEqual([['deleted', 1]]);
  });

  it(`keeps the latest ${JOURNAL_LIMIT} entries of a plan, and no other plan's are touched`, async () => {
    const repo = freshRepository();
    const other = makeTestPlan({ units: 1 });
    await repo.savePlan(other);
    let plan = makeTestPlan({ units: 2 });
    await repo.savePlan(plan);
    // Entries added straight to the table, as many commits would: the bound is enforced on the next commit that trims.
    const filler = Array.from({ length: JOURNAL_LIMIT + 30 }, (_, k): JournalEntry => ({ planId: plan.id, revision: 0, at: NOW, tab: 'x', source: { kind: 'typed' }, command: null, changes: [], event: k === 0 ? 'created' : undefined }));
    await repo.db.journal.bulkAdd(filler);
    for (let k = 0; k < 50; k++) plan = await commitTyped(repo, plan, setTarget('10000', 50 + (k % 40)));
    const journal = await repo.journal(plan.id);
    expect(journal).toHaveLength(JOURNAL_LIMIT);
    expect(journal.at(-1)!.revision).toBe(50);
    expect((await repo.journal(other.id)).map((e) => e.event)).toEqual(['created']);
  });

  it('keeps a large command\'s changes packed in columns in IndexedDB, and reads them back as they were', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3000 });
    await repo.savePlan(plan);
    const command: Command = { type: 'patchUnits', entries: plan.units.map((u, i) => ({ code: u.code, baseline: {}, target: { [ind('online_dossiers')]: pct(50 + (i % 40)) } })) };
    const applied = applyCommand(plan, command, NOW);
    if (!applied.ok) throw new Error(applied.reason);
    const expected = journalChanges(changesOf(plan, applied.plan, applied.effect));
    expect(expected.length).toBeGreaterThan(2000);
    await commitTyped(repo, plan, command);
    const stored = await repo.db.journal.orderBy('seq').last();
    expect(stored?.changes).toEqual([]);
    expect(stored?.packed?.count).toBe(expected.length);
    const journal = await repo.journal(plan.id);
    expect(journal[journal.length - 1]!.changes).toEqual(expected);
  });
});
