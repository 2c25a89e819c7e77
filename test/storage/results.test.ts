import { describe, expect, it } from 'vitest';
import { changesOf } from '../../src/domain/changes';
import { applyCommand, type Command } from '../../src/domain/commands';
import { journalChanges, type JournalEntry } from '../../src/domain/journal';
import { resultKey, type MonthKey } from '../../src/domain/monitoring/resultKey';
import type { Plan } from '../../src/domain/plan';
import { PlanRepository, TAB_ID } from '../../src/storage/planRepository';
import { DamagedPlan } from '../../src/storage/storedPlan';
import { storageRepositories } from '../support/storageRepositories';
import { code, ind, makeTestPlan, NOW } from '../support/builders';

const { fresh: freshRepository, reader } = storageRepositories('results-db');

const ONLINE = ind('online_dossiers');
const JUL = '2023-07' as MonthKey;
const OCT = '2023-10' as MonthKey;

async function commit(repo: PlanRepository, plan: Plan, command: Command): Promise<Plan> {
  const r = applyCommand(plan, command, NOW);
  if (!r.ok) throw new Error(r.reason);
  const entry: JournalEntry = { planId: plan.id, revision: r.plan.revision, at: NOW, tab: TAB_ID, source: { kind: 'typed' } as JournalEntry['source'], command,
    changes: journalChanges(changesOf(plan, r.plan, r.effect)) };
  await repo.commit(r.plan, r.effect, plan.revision, undefined, [entry]);
  return r.plan;
}

describe('monthly results in IndexedDB', () => {
  it('persist unit by unit, and the journal holds each figure as a field with its before and after', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 620, id: 'results' });
    await repo.savePlan(plan);
    const written = await commit(repo, plan, { type: 'patchUnits', entries: [
      { code: code('10001'), baseline: {}, target: {}, results: { [resultKey(JUL, ONLINE, 'n')]: 40, [resultKey(JUL, ONLINE, 'd')]: 100 } },
      { code: code('10600'), baseline: {}, target: {}, results: { [resultKey(OCT, ONLINE, 'r')]: 8550, [resultKey(OCT, ONLINE, 'd')]: 20 } },
    ] });
    const loaded = await reader(repo).loadPlan(plan.id);
    expect(loaded).toEqual(written);
    // Stored as columns beside the units (resultColumns.ts), not inside them.
    const chunk = await repo.db.unitChunks.get(['results', 1]);
    expect(chunk?.units.some((u) => 'results' in u)).toBe(false);
    expect(chunk?.results?.keys).toEqual([resultKey(OCT, ONLINE, 'r'), resultKey(OCT, ONLINE, 'd')]);
    expect(chunk?.results?.values).toBeInstanceOf(Float64Array);
    expect(loaded?.units[600]?.results).toEqual({ [resultKey(OCT, ONLINE, 'r')]: 8550, [resultKey(OCT, ONLINE, 'd')]: 20 });
    expect(loaded?.units[2]).not.toHaveProperty('results');
    const journal = await repo.journal(plan.id);
    expect(journal.at(-1)?.changes).toEqual(expect.arrayContaining([
      { kind: 'field', code: '10001', field: { key: 'result', cell: resultKey(JUL, ONLINE, 'n') }, before: null, after: 40 },
      { kind: 'field', code: '10600', field: { key: 'result', cell: resultKey(OCT, ONLINE, 'r') }, before: null, after: 8550 },
    ]));
    // Cleared again, the unit is stored without the key.
    await commit(repo, written, { type: 'patchUnits', entries: [{ code: code('10001'), baseline: {}, target: {}, results: { [resultKey(JUL, ONLINE, 'n')]: null, [resultKey(JUL, ONLINE, 'd')]: null } }] });
    expect((await reader(repo).loadPlan(plan.id))?.units[1]).not.toHaveProperty('results');
  });

  it('reads a chunk whose result columns do not fit its units as damaged, never as a plan without results', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3, id: 'torn' });
    await repo.savePlan(plan);
    await commit(repo, plan, { type: 'patchUnits', entries: [
      { code: code('10001'), baseline: {}, target: {}, results: { [resultKey(JUL, ONLINE, 'd')]: 100 } },
    ] });
    await repo.db.unitChunks.where('[planId+chunk]').equals(['torn', 0]).modify((c) => {
      c.results = { keys: c.results!.keys, values: c.results!.values.slice(1) };
    });
    const error = await reader(repo).loadPlan(plan.id).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedPlan);
    expect((error as DamagedPlan).problems[0]?.field).toMatch(/^units\[0\]\.results\b/);
  });

  it('a stored numerator above its denominator, or a month outside the period, makes the plan damaged, naming the field', async () => {
    const repo = freshRepository();
    const plan = makeTestPlan({ units: 3, id: 'bad' });
    await repo.savePlan(plan);
    await repo.db.unitChunks.where('[planId+chunk]').equals(['bad', 0]).modify((c) => {
      c.units[1]!.results = { [resultKey(JUL, ONLINE, 'n')]: 120, [resultKey(JUL, ONLINE, 'd')]: 100 };
      c.units[2]!.results = { [resultKey('2024-01' as MonthKey, ONLINE, 'd')]: 5 };
    });
    const error = await reader(repo).loadPlan(plan.id).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedPlan);
    expect((error as DamagedPlan).problems).toEqual([
      { code: 'invalidValue', file: plan.name, field: 'units[1].results.2023-07/online_dossiers/n', params: { reason: 'aboveDenominator', value: 120 } },
      { code: 'invalidValue', file: plan.name, field: 'units[2].results.2024-01/online_dossiers/d', params: { reason: 'outsidePeriod', value: '2024-01' } },
    ]);
  });
});
