import type { IndicatorId } from '../ids';
import type { Plan, Unit, UnitResults } from '../plan';
import { PERCENT_100, VOLUME_LIMIT, type Rate } from '../rate';
import { settledRecord } from '../settledRecord';
import { parseResultKey, periodMonths, resultKey, resultKeys, type MonthKey, type ResultKey, type ResultPart } from './resultKey';

export type { UnitResults } from '../plan';
/** Values set (a number) or cleared (`null`) by key; a key left out stays as it is. */
export type ResultPatch = Partial<Record<ResultKey, number | null>>;

/** One unit's figures for one indicator and month; null where nothing is entered (missing is never 0). */
export interface MonthEntry {
  n: number | null;
  d: number | null;
  /** Entered as a rate (hundredths) because only a rate was known. */
  r: Rate | null;
}

/**
 * The latest month of the period with a result of any unit on one of the plan's indicators: a count or a rate
 * (dossiers alone are the denominator of results not yet given, as the follow-up counts them,
 * `MonitoringIndex.latestMonthWithFigures`); null when none has any.
 */
export function latestMonthWithResults(plan: Pick<Plan, 'period' | 'indicators' | 'units'>): MonthKey | null {
  const months = periodMonths(plan.period);
  const ids = new Set<string>(plan.indicators.map((i) => i.id));
  let latest = -1;
  for (const unit of plan.units) {
    for (const key of Object.keys(unit.results ?? {})) {
      const parsed = parseResultKey(key);
      if (!parsed || parsed.part === 'd' || !ids.has(parsed.indicatorId)) continue;
      latest = Math.max(latest, months.indexOf(parsed.month));
    }
  }
  return months[latest] ?? null;
}

export function entryOf(unit: Unit, month: MonthKey, id: IndicatorId): MonthEntry {
  const results = unit.results;
  if (!results) return { n: null, d: null, r: null };
  const key = resultKeys(month, id);
  return { n: results[key.n] ?? null, d: results[key.d] ?? null, r: (results[key.r] ?? null) as Rate | null };
}

/** Why a monthly figure is impossible; null when possible. */
export type CountProblem = 'notAnInteger' | 'negative' | 'tooLarge' | 'outOfRange' | 'aboveDenominator' | 'notAResultKey';

/** Why one value is impossible on its own: a count is whole, 0 ≤ count ≤ the volume limit; a rate is 0–100 %. */
export function resultValueProblem(part: ResultPart, value: number): CountProblem | null {
  if (!Number.isFinite(value) || !Number.isInteger(value)) return 'notAnInteger';
  if (value < 0) return 'negative';
  if (part === 'r') return value > PERCENT_100 ? 'outOfRange' : null;
  return value > VOLUME_LIMIT ? 'tooLarge' : null;
}

/** An impossible monthly figure of a unit, with where it is. */
export interface ImpossibleResult {
  key: string;
  value: number;
  problem: CountProblem;
}

/**
 * Every impossible figure of a unit's results: a bad key, a value impossible on its own, or a numerator above
 * its denominator (both entered: "300 online of 200 received" is a typing or file error, never a rate above 100 %).
 */
export function impossibleResults(results: Readonly<Record<string, number>> | undefined, keys: Iterable<string> = Object.keys(results ?? {})): ImpossibleResult[] {
  if (!results) return [];
  const found: ImpossibleResult[] = [];
  for (const key of keys) {
    const value = results[key];
    if (value === undefined) continue;
    const parsed = parseResultKey(key);
    const problem = parsed ? resultValueProblem(parsed.part, value) : 'notAResultKey';
    if (problem) found.push({ key, value, problem });
    else if (parsed!.part === 'n') {
      const d = results[resultKey(parsed!.month, parsed!.indicatorId, 'd')];
      if (d !== undefined && value > d) found.push({ key, value, problem: 'aboveDenominator' });
    }
  }
  return found;
}

/**
 * What `impossibleResults` finds among the figures at `keys` only (a patch's, on a unit that was possible before):
 * those figures, and the numerator of each denominator among them.
 */
export function impossibleResultsAt(results: Readonly<Record<string, number>> | undefined, keys: readonly string[]): ImpossibleResult[] {
  const checked = new Set<string>();
  for (const key of keys) {
    checked.add(key);
    const parsed = parseResultKey(key);
    if (parsed?.part === 'd') checked.add(resultKey(parsed.month, parsed.indicatorId, 'n'));
  }
  return impossibleResults(results, checked);
}

/**
 * The unit with `patch` applied to its results; the key is left out when none remain (never `results: {}`), so
 * a unit whose figures are entered and cleared again is the unit it was. The same object when nothing changes.
 */
export function patchResults(unit: Unit, patch: ResultPatch): Unit {
  const out: Record<string, number> = { ...unit.results };
  let changed = false;
  for (const [key, value] of Object.entries(patch) as [ResultKey, number | null | undefined][]) {
    if (value === undefined || out[key] === (value ?? undefined)) continue;
    if (value === null) delete out[key];
    else out[key] = value;
    changed = true;
  }
  if (!changed) return unit;
  const { results: _old, ...rest } = unit;
  return Object.keys(out).length > 0 ? { ...rest, results: settledRecord(out) as UnitResults } : rest;
}

/** The unit without results of these indicators (they are being removed from the plan). */
export function dropResultsOf(unit: Unit, ids: readonly IndicatorId[]): Unit {
  if (!unit.results) return unit;
  const gone = new Set<string>(ids);
  const patch: ResultPatch = {};
  for (const key of Object.keys(unit.results) as ResultKey[]) {
    if (gone.has(parseResultKey(key)?.indicatorId ?? '')) patch[key] = null;
  }
  return patchResults(unit, patch);
}

/** Whether every key of a patch names one of the plan's indicators and a month of its period. */
export function resultPatchFits(patch: ResultPatch, plan: Pick<Plan, 'indicators' | 'period'>): boolean {
  const { months, ids } = fittingKeys(plan);
  for (const key of Object.keys(patch)) {
    const parsed = parseResultKey(key);
    if (!parsed || !months.has(parsed.month) || !ids.has(parsed.indicatorId)) return false;
  }
  return true;
}

/** The months and indicator ids of the plan a patch was last checked against (a batch checks thousands against one plan). */
let lastFitting: { period: string; indicators: readonly unknown[]; months: Set<string>; ids: Set<string> } | undefined;

function fittingKeys(plan: Pick<Plan, 'indicators' | 'period'>): { months: Set<string>; ids: Set<string> } {
  if (lastFitting?.period !== plan.period || lastFitting.indicators !== plan.indicators) {
    lastFitting = { period: plan.period, indicators: plan.indicators, months: new Set(periodMonths(plan.period)), ids: new Set(plan.indicators.map((i) => i.id)) };
  }
  return lastFitting;
}

/** The unit with only the results of months of `period` (its plan's period changed, or a copy starts another); the same object when all fit. */
export function keepResultsIn(unit: Unit, period: string): Unit {
  if (!unit.results) return unit;
  const months = new Set<string>(periodMonths(period));
  const patch: ResultPatch = {};
  for (const key of Object.keys(unit.results) as ResultKey[]) {
    if (!months.has(parseResultKey(key)?.month ?? '')) patch[key] = null;
  }
  return patchResults(unit, patch);
}
