/**
 * For the generated variations of the bad-input corpus (test/unit/badInputVariations*.test.ts): the demo plan in
 * a fresh fake-indexeddb database, checked to be written nothing by any reading, and the app's CSV reading path.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DEMO_PLAN_ID, makeDemoPlan } from '../../src/domain/demoPlan';
import type { Plan } from '../../src/domain/plan';
import { ValidationIndex } from '../../src/domain/validationIndex';
import { readCsvImport, type CsvRead } from '../../src/io/csvImport';
import { sniffFileKind } from '../../src/io/fileKind';
import type { PlannerDatabase } from '../../src/storage/database';
import type { PlanRepository } from '../../src/storage/planRepository';
import { NOW } from './builders';
import { closeDemoDatabases, demoRepository, snapshot } from './demoStorage';

export const demo = makeDemoPlan(NOW);
export const IDS = demo.indicators.map((i) => i.id);
export const totals = (p: Plan) => new ValidationIndex(p).totals();
export const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * One demo database for a group of readings. After each reading nothing may have been written (the write log
 * below Dexie's tables is empty), and at the end of each test storage holds exactly what it held before the
 * first (everything it holds, as the corpus's tests, `badInputCorpus*.test.ts`, compare it).
 */
export function storage(name: string) {
  let db: PlannerDatabase;
  let repo: PlanRepository;
  let writes: string[];
  let stored: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    ({ db, repo, writes } = await demoRepository(name));
    stored = await snapshot(db, repo);
    expect(stored.plan).toEqual(demo);
  });
  afterEach(async () => expect(await snapshot(db, repo)).toEqual(stored));
  afterAll(closeDemoDatabases);
  return {
    repo: () => repo,
    /** Fails when anything was written since the demo plan was stored. */
    noWrites: () => expect(writes).toEqual([]),
  };
}

/** The app's CSV reading path: the kind from the bytes, then the check against the plan as storage holds it. */
export async function readCsvAgainst(repo: PlanRepository, text: string, file = 'ke-hoach.csv'): Promise<{ open: Plan; read: CsvRead }> {
  const bytes = utf8(text);
  expect(sniffFileKind(bytes, file)).toBe('csv');
  const open = (await repo.loadPlan(DEMO_PLAN_ID))!;
  return { open, read: readCsvImport(bytes, { units: open.units, indicators: open.indicators }) };
}
