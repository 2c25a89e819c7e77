import type { IndicatorId } from './ids';
import type { Indicator } from './indicators';
import { impossibleResults, impossibleResultsAt } from './monitoring/results';
import type { Unit } from './plan';
import { hasMoreThanOneDecimal, parseRate, PERCENT_100, VOLUME_LIMIT, type Parsed, type Rate } from './rate';

/**
 * The one rule for what a value may be at all, on every path that puts a value into a plan (typing, paste,
 * CSV, plan files, assignment files, backups, commands): a value this rule refuses is refused everywhere,
 * with a message saying where, and never stored.
 *
 * - A rate (previous result, target, general target, floor, own target) is a percentage in [0, 100], kept in
 *   hundredths: 101 % or −1 % cannot be a share of dossiers, whatever a file says.
 * - A dossier volume is a whole number ≥ 0, at most `VOLUME_LIMIT`.
 * - A monthly count is a whole number ≥ 0, at most `VOLUME_LIMIT`, and a numerator is never above its
 *   denominator; a monthly rate is a rate (`monitoring/results.ts`).
 * - Text where a number belongs never becomes a number (the parsers refuse it; file schemas want numbers).
 *
 * What is possible but breaks a planning rule (below the general target, two decimals on a target, below
 * the previous result) is NOT impossible: it is stored and flagged by `rules.ts`, on every path alike.
 */
export type ValueProblem = 'outOfRange' | 'tooManyDecimals' | 'notAnInteger' | 'negative' | 'tooLarge' | 'notANumber';

/** Why a rate (in hundredths) is impossible, or null when it is a possible value. */
export function rateProblem(rate: number): ValueProblem | null {
  if (!Number.isFinite(rate)) return 'notANumber';
  if (!Number.isInteger(rate)) return 'tooManyDecimals';
  if (rate < 0 || rate > PERCENT_100) return 'outOfRange';
  return null;
}

/** Why a dossier volume is impossible, or null when it is possible. */
export function volumeProblem(volume: number): ValueProblem | null {
  if (!Number.isFinite(volume)) return 'notANumber';
  if (volume < 0) return 'negative';
  if (!Number.isInteger(volume)) return 'notAnInteger';
  if (volume > VOLUME_LIMIT) return 'tooLarge';
  return null;
}

export const isPossibleRate = (rate: number) => rateProblem(rate) === null;

/** Typed or pasted text → a possible rate, or why not: parsing, then the rule. Empty text is "no value". */
export function readRate(text: string): Parsed<Rate> {
  const parsed = parseRate(text);
  if (!parsed.ok || parsed.value === null) return parsed;
  return rateProblem(parsed.value) === 'outOfRange' ? { ok: false, problem: 'outOfRange' } : parsed;
}

/**
 * A rate the planner types once for a whole indicator (a general target, a floor, an own target, a proposal's
 * goal): a possible rate with at most one decimal, as the province's decisions write them. Empty is "no value".
 */
export function readTenthsRate(text: string): Parsed<Rate> | { ok: false; problem: 'oneDecimal' } {
  const parsed = readRate(text);
  if (parsed.ok && parsed.value !== null && hasMoreThanOneDecimal(parsed.value)) return { ok: false, problem: 'oneDecimal' };
  return parsed;
}

/** An impossible value inside a unit or an indicator, with where it is. */
export interface ImpossibleValue {
  field: 'volume' | 'baseline' | 'target' | 'min' | 'floor' | 'ownTarget';
  indicatorId?: IndicatorId;
  value: number;
  problem: ValueProblem;
}

/** Every impossible value of one unit. O(values). */
export function impossibleUnitValues(unit: Unit): ImpossibleValue[] {
  const found: ImpossibleValue[] = [];
  if (unit.volume !== null) {
    const problem = volumeProblem(unit.volume);
    if (problem) found.push({ field: 'volume', value: unit.volume, problem });
  }
  for (const field of ['baseline', 'target'] as const) {
    for (const [id, value] of Object.entries(unit[field]) as [IndicatorId, Rate][]) {
      const problem = rateProblem(value);
      if (problem) found.push({ field, indicatorId: id, value, problem });
    }
  }
  return found;
}

/** Every impossible value of one indicator's assignment (general target, floor, own target). */
export function impossibleIndicatorValues(indicator: Indicator): ImpossibleValue[] {
  const found: ImpossibleValue[] = [];
  for (const field of ['min', 'floor', 'ownTarget'] as const) {
    const value = indicator[field];
    if (value === null) continue;
    const problem = rateProblem(value);
    if (problem) found.push({ field, indicatorId: indicator.id, value, problem });
  }
  return found;
}

/**
 * True when a unit holds only possible values: what every command checks before it puts a unit in a plan.
 * `before`: the unit it replaces, whose results (checked when they came in) need no second look if unchanged.
 */
export function unitIsPossible(unit: Unit, before?: Unit, resultPatch?: Readonly<Record<string, unknown>>): boolean {
  if (unit.volume !== null && volumeProblem(unit.volume) !== null) return false;
  for (const value of Object.values(unit.baseline)) if (!isPossibleRate(value as number)) return false;
  for (const value of Object.values(unit.target)) if (!isPossibleRate(value as number)) return false;
  if (unit.results === before?.results) return true;
  // The unit before was possible (every write checks): only the figures the patch names, with their pairs, can break it.
  return (before && resultPatch ? impossibleResultsAt(unit.results, Object.keys(resultPatch)) : impossibleResults(unit.results)).length === 0;
}
