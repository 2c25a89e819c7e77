import { indicatorId, planId, unitCode, type IndicatorId } from '../domain/ids';
import type { Plan, Unit } from '../domain/plan';
import type { Rate } from '../domain/rate';
import { RESERVED_UNIT_CODES } from '../domain/unitLimits';
import { rateProblem } from '../domain/valueRule';
import { formatPath, type FileProblem, type Restored } from './fileProblem';
import { migrate, planMigrations, type RateEncoding } from './planMigrations';
import { PLAN_SCHEMA_VERSION, PlanHeadV6, PlanV6, UnitV3 } from './planSchema';
import { readResults, resultContext, soundStoredResults } from './restoreResults';
import { normaliseIndicators, rateReader } from './rateReader';
import { normaliseVersions } from './restoreVersion';
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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (...problems: FileProblem[]): { ok: false; problems: FileProblem[] } => ({ ok: false, problems });

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
    return fail({ code: 'invalidValue', file, field: 'formatVersion', params: { reason: 'type', expected: 'int' } });
  }
  if (schemaVersion > PLAN_SCHEMA_VERSION) return fail({ code: 'newerVersion', file, params: { fileVersion: schemaVersion, appVersion: PLAN_SCHEMA_VERSION, app: '' } });
  if (raw === undefined) return fail({ code: 'missingField', file, field: formatPath(at) });
  if (!isRecord(raw)) return fail({ code: 'invalidValue', file, field: formatPath(at), params: { reason: 'type', expected: 'object' } });
  const migrated = migrate(raw, schemaVersion, planMigrations, rates).doc;
  if (rates === 'percent') {
    const checked = PlanV6.safeParse(migrated);
    return checked.success ? normalisePlan(checked.data, file, at, rates) : fail(...zodProblems(checked.error, file, at));
  }
  const head = PlanHeadV6.safeParse(migrated);
  if (!head.success) return fail(...zodProblems(head.error, file, at));
  const problems: FileProblem[] = [];
  const ids = new Set(head.data.indicators.map((i) => i.id));
  head.data.units.forEach((u, n) => {
    if (problems.length >= 50 || isSoundUnit(u, ids)) return;
    const checked = UnitV3.safeParse(u);
    if (!checked.success) problems.push(...zodProblems(checked.error, file, [...at, 'units', n]));
  });
  if (problems.length > 0) return fail(...problems);
  return normalisePlan({ ...head.data, units: head.data.units as PlanV6['units'] }, file, at, rates);
}

/** Whether every rate of a stored unit is a known indicator's whole number of hundredths in 0–100 %. */
function soundStoredRates(map: Record<string, number>, ids: ReadonlySet<string>): boolean {
  for (const key in map) {
    if (!Object.hasOwn(map, key)) continue;
    const value = map[key]!;
    if (!ids.has(key) || !Number.isInteger(value) || rateProblem(value) !== null) return false;
  }
  return true;
}

/** Whether every lock of a stored unit (if any) is on one of the plan's indicators. */
function soundStoredLocks(locks: Record<string, true> | undefined, ids: ReadonlySet<string>): boolean {
  if (!locks) return true;
  for (const key in locks) if (Object.hasOwn(locks, key) && !ids.has(key)) return false;
  return true;
}

/**
 * A plan through the schema → a plan of the app, or every problem with its field: rates with more than two
 * decimals or outside 0–100 %, duplicate indicators, duplicate or reserved unit codes, values or locks for
 * indicators the plan does not have.
 */
function normalisePlan(p: PlanV6, file: string, path: readonly PropertyKey[], encoding: RateEncoding): Restored<Plan> {
  const at = formatPath(path);
  const field = (rest: string) => (at ? `${at}.${rest}` : rest);
  const problems: FileProblem[] = [];
  const rate = rateReader(file, problems, encoding);
  const indicators = normaliseIndicators(p.indicators, field, file, problems, rate);
  const ids = new Set<string>(indicators.map((i) => i.id));
  /** A unit's locks, each on one of the plan's indicators; undefined when none is locked. */
  const locks = (map: Record<string, true> | undefined, where: string): Unit['locked'] => {
    const out: Partial<Record<IndicatorId, true>> = {};
    for (const key of Object.keys(map ?? {})) {
      if (ids.has(key)) out[indicatorId(key)] = true;
      else problems.push({ code: 'unknownIndicator', file, field: `${where}.${key}`, params: { id: key } });
    }
    return Object.keys(out).length > 0 ? out : undefined;
  };
  const results = resultContext(file, problems, encoding, ids, p.period);
  const codes = new Map<string, number>();
  const units: Unit[] = p.units.map((u, n) => {
    const earlier = codes.get(u.code);
    if (earlier !== undefined) problems.push({ code: 'duplicateUnit', file, field: field(`units[${n}].code`), params: { code: u.code, first: earlier } });
    codes.set(u.code, n);
    if (RESERVED_UNIT_CODES.includes(u.code)) problems.push({ code: 'reservedCode', file, field: field(`units[${n}].code`), params: { code: u.code } });
    // A stored unit (already of exactly the unit's keys and types, `unitShape.ts`) whose rates are all sound is
    // taken as it is: opening a plan reads a hundred thousand of them, and copying them was most of the cost.
    if (encoding === 'hundredths' && soundStoredRates(u.baseline, ids) && soundStoredRates(u.target, ids) && soundStoredLocks(u.locked, ids)
      && soundStoredResults(u.results, results)) return u as Unit;
    const values = (map: Record<string, number>, kind: 'baseline' | 'target') => {
      const out: Partial<Record<IndicatorId, Rate>> = {};
      for (const [key, value] of Object.entries(map)) {
        const where = field(`units[${n}].${kind}.${key}`);
        if (!ids.has(key)) {
          problems.push({ code: 'unknownIndicator', file, field: where, params: { id: key } });
          continue;
        }
        const r = rate(value, where);
        // Assignment on a fresh object: keys were checked against the plan's ids above.
        if (r !== undefined) out[indicatorId(key)] = r;
      }
      return out;
    };
    const unit: Unit = { code: unitCode(u.code), name: u.name, type: u.type.trim(), volume: u.volume, baseline: values(u.baseline, 'baseline'), target: values(u.target, 'target') };
    const locked = locks(u.locked, field(`units[${n}].locked`));
    const figures = readResults(u.results, field(`units[${n}].results`), results);
    return { ...unit, ...(locked && { locked }), ...(figures && { results: figures }) };
  });
  const versions = p.versions === undefined || p.versions.length === 0 ? undefined : normaliseVersions(p.versions, field, file, problems, encoding);
  if (problems.length > 0) return fail(...problems);
  const plan: Plan = {
    id: planId(p.id), name: p.name, period: p.period, allocatingUnit: p.allocatingUnit, notes: p.notes, status: p.status,
    indicators, units, revision: 0, createdAt: p.createdAt, updatedAt: p.updatedAt,
  };
  return { ok: true, value: versions ? { ...plan, versions } : plan };
}
