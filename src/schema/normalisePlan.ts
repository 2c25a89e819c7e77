import { indicatorId, planId, unitCode, type IndicatorId } from '../domain/ids';
import type { Plan, Unit } from '../domain/plan';
import type { Rate } from '../domain/rate';
import { RESERVED_UNIT_CODES } from '../domain/unitLimits';
import { rateProblem } from '../domain/valueRule';
import { failed, formatPath, type FileProblem, type Restored } from './fileProblem';
import type { RateEncoding } from './planMigrations';
import type { PlanV6 } from './planSchema';
import { readResults, resultContext, soundStoredResults } from './restoreResults';
import { normaliseIndicators, rateReader } from './rateReader';
import { normaliseVersions } from './normaliseVersions';

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
export function normalisePlan(p: PlanV6, file: string, path: readonly PropertyKey[], encoding: RateEncoding): Restored<Plan> {
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
  if (problems.length > 0) return failed(...problems);
  const plan: Plan = {
    id: planId(p.id), name: p.name, period: p.period, allocatingUnit: p.allocatingUnit, notes: p.notes, status: p.status,
    indicators, units, revision: 0, createdAt: p.createdAt, updatedAt: p.updatedAt,
  };
  return { ok: true, value: versions ? { ...plan, versions } : plan };
}
