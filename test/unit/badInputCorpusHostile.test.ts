/**
 * Hostile files of the bad-input corpus (test/fixtures/bad-inputs/): __proto__ and constructor keys in a plan
 * file, and as codes in a CSV file, pollute nothing, and the plan a CSV would make still validates.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { DEMO_PLAN_ID } from '../../src/domain/demoPlan';
import { ValidationIndex } from '../../src/domain/validationIndex';
import { csvPreviewToCommand, withNewUnitsChoice } from '../../src/io/csvApply';
import { NOW } from '../support/builders';
import { closeDemoDatabases } from '../support/demoStorage';
import { demoRepository, read } from '../support/badInputCorpus/reading';

afterEach(closeDemoDatabases);

describe('hostile files', () => {
  /** Object.prototype as it was before any file was read (this runs when the tests are collected). */
  const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
  const clean = () => {
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  };

  it('a plan file with __proto__ and constructor keys pollutes nothing and is refused', async () => {
    const { repo } = await demoRepository();
    const { outcome } = await read('pf-12-proto-keys.dvctt.json', repo);
    expect(outcome.kind === 'planFile' && 'refused' in outcome).toBe(true);
    clean();
  });

  it('a CSV with __proto__ and constructor as codes pollutes nothing, and the plan it would make still validates', async () => {
    const { repo } = await demoRepository();
    const { preview: p } = await read('csv-69-proto-codes.csv', repo);
    const stored = (await repo.loadPlan(DEMO_PLAN_ID))!;
    const applied = applyCommand(stored, csvPreviewToCommand(withNewUnitsChoice(p!, true), stored), NOW);
    if (!applied.ok) throw new Error(applied.reason);
    expect(applied.plan.units.map((u) => u.code).slice(-2)).toEqual(['__proto__', 'constructor']);
    const index = new ValidationIndex(applied.plan);
    expect(index.totals()).toHaveLength(stored.indicators.length);
    clean();
  });

  afterAll(clean);
});
