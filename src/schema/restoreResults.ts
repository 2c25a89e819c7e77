import { settledRecord } from '../domain/settledRecord';
import { impossibleResults, type UnitResults } from '../domain/monitoring/results';
import { parseResultKey, periodMonths, type ResultKey } from '../domain/monitoring/resultKey';
import type { FileProblem } from './fileProblem';
import type { RateEncoding } from './planMigrations';
import { rateReader } from './rateReader';

/** What a unit's results are checked against: the plan's indicators and the months of its period. */
export interface ResultContext {
  file: string;
  problems: FileProblem[];
  encoding: RateEncoding;
  ids: ReadonlySet<string>;
  months: ReadonlySet<string>;
}

export const resultContext = (file: string, problems: FileProblem[], encoding: RateEncoding, ids: ReadonlySet<string>, period: string): ResultContext =>
  ({ file, problems, encoding, ids, months: new Set<string>(periodMonths(period)) });

/** Whether a stored unit's results (in hundredths) are all possible, of known indicators and inside the period: then taken as they are. */
export function soundStoredResults(results: Readonly<Record<string, number>> | undefined, ctx: ResultContext): boolean {
  if (!results) return true;
  for (const key in results) {
    const parsed = parseResultKey(key);
    if (!parsed || !ctx.ids.has(parsed.indicatorId) || !ctx.months.has(parsed.month)) return false;
  }
  return impossibleResults(results).length === 0;
}

/**
 * A unit's results through the schema → the app's, every problem at its field (`…results.2025-07/online_dossiers/n`):
 * an indicator the plan does not have, a month outside its period, a count that is not whole, a rate with more
 * than two decimals or outside 0–100 % (files carry rates in percent), a numerator above its denominator.
 */
export function readResults(map: Readonly<Record<string, number>> | undefined, where: string, ctx: ResultContext): UnitResults | undefined {
  if (!map) return undefined;
  const { file, problems } = ctx;
  const rate = rateReader(file, problems, ctx.encoding);
  const out: Record<string, number> = {};
  for (const key of Object.keys(map)) {
    const value = map[key]!;
    const field = `${where}.${key}`;
    const parsed = parseResultKey(key);
    if (!parsed) problems.push({ code: 'invalidValue', file, field, params: { reason: 'resultKey' } });
    else if (!ctx.ids.has(parsed.indicatorId)) problems.push({ code: 'unknownIndicator', file, field, params: { id: parsed.indicatorId } });
    else if (!ctx.months.has(parsed.month)) problems.push({ code: 'invalidValue', file, field, params: { reason: 'outsidePeriod', value: parsed.month } });
    else if (parsed.part === 'r') {
      const r = rate(value, field);
      if (r !== undefined) out[key] = r;
    } else if (!Number.isInteger(value)) problems.push({ code: 'invalidValue', file, field, params: { reason: 'type', expected: 'int' } });
    else out[key] = value;
  }
  for (const bad of impossibleResults(out)) {
    if (bad.problem === 'aboveDenominator') problems.push({ code: 'invalidValue', file, field: `${where}.${bad.key}`, params: { reason: 'aboveDenominator', value: bad.value } });
  }
  return Object.keys(out).length > 0 ? (settledRecord(out) as Record<ResultKey, number>) : undefined;
}
