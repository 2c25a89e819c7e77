import type { Plan } from '../domain/plan';
import { failed, formatPath, type FileProblem, type Restored } from './fileProblem';
import { isRecord } from './isRecord';
import { normalisePlan } from './normalisePlan';
import { migrate, planMigrations, type RateEncoding } from './planMigrations';
import { PLAN_SCHEMA_VERSION, PlanHeadV6, PlanV6, UnitV3 } from './planSchema';
import { isSoundUnit } from './unitShape';
import { zodProblems } from './zodProblems';

/** Where a plan comes from: the file (or stored plan) named in problems, and where the plan sits in it. */
export interface PlanSource {
  /** The file's name, or the stored plan's name. */
  file: string;
  /** The plan's path in its document (`['plan']`, `['plans', 2]`); none for a stored record. */
  at?: readonly PropertyKey[];
  /** Files carry percent numbers (85.5); storage carries hundredths (8550) and checks units without Zod. */
  rates?: RateEncoding;
}

export { rateReader, toRate } from './rateReader';

/**
 * The one restore of a plan, whatever it came in: a plan file, a backup, an assignment file's indicators, or a
 * record read from IndexedDB. `raw` is the plan as written at `schemaVersion` (a newer one is refused, naming
 * both versions); it is migrated step by step through the one chain (`planMigrations.ts`), checked against
 * the current schema (Zod; unknown keys are refused), then against the plan's own consistency (rates, unique
 * and unreserved unit codes, known indicators). Every problem names its source and field; nothing is repaired.
 * The plan comes back at revision 0 (storage gives it its stored revision).
 */
export function restorePlan(raw: unknown, schemaVersion: unknown, source: PlanSource): Restored<Plan> {
  const { file, at = [], rates = 'percent' } = source;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return failed({ code: 'invalidValue', file, field: 'formatVersion', params: { reason: 'type', expected: 'int' } });
  }
  if (schemaVersion > PLAN_SCHEMA_VERSION) return failed({ code: 'newerVersion', file, params: { fileVersion: schemaVersion, appVersion: PLAN_SCHEMA_VERSION, app: '' } });
  if (raw === undefined) return failed({ code: 'missingField', file, field: formatPath(at) });
  if (!isRecord(raw)) return failed({ code: 'invalidValue', file, field: formatPath(at), params: { reason: 'type', expected: 'object' } });
  const migrated = migrate(raw, schemaVersion, planMigrations, rates).doc;
  if (rates === 'percent') {
    const checked = PlanV6.safeParse(migrated);
    return checked.success ? normalisePlan(checked.data, file, at, rates) : failed(...zodProblems(checked.error, file, at));
  }
  const head = PlanHeadV6.safeParse(migrated);
  if (!head.success) return failed(...zodProblems(head.error, file, at));
  const problems: FileProblem[] = [];
  const ids = new Set(head.data.indicators.map((i) => i.id));
  head.data.units.forEach((u, n) => {
    if (problems.length >= 50 || isSoundUnit(u, ids)) return;
    const checked = UnitV3.safeParse(u);
    if (!checked.success) problems.push(...zodProblems(checked.error, file, [...at, 'units', n]));
  });
  if (problems.length > 0) return failed(...problems);
  return normalisePlan({ ...head.data, units: head.data.units as PlanV6['units'] }, file, at, rates);
}
