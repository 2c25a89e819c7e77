import type { Indicator } from '../../src/domain/indicators';
import type { Plan, Unit, UnitResults } from '../../src/domain/plan';
import { resultKey, type MonthKey, type ResultKey } from '../../src/domain/monitoring/resultKey';
import { makeDefaultIndicators } from '../../src/domain/indicators';
import { code, ind, makeTestPlan, makeUnit, pct } from '../support/builders';

export const OD = ind('online_dossiers');
export const M = (m: string) => m as MonthKey;

/** Counts by month: `{ '2023-07': [30, 100] }` (numerator, denominator). */
function results(byMonth: Record<string, [number, number]>): UnitResults {
  const out: Record<string, number> = {};
  for (const [month, [n, d]] of Object.entries(byMonth)) {
    out[resultKey(M(month), OD, 'n')] = n;
    out[resultKey(M(month), OD, 'd')] = d;
  }
  return out as Record<ResultKey, number>;
}

/**
 * A small plan whose report is worked out by hand (report.test.ts): one indicator, online dossiers, general
 * target 50 %, period 2023-H2, figures for July–September.
 * - A (target 60): 30/100, 40/100, 50/100 → 40 %; required (60 % × 600 − 120) / 300 = 80 % > last 50 %: at risk.
 * - B (no own target → 50): 60/100, 70/100, September missing → 65 %: met.
 * - C (target 90): 10/50 × 3 → 20 %; required (90 % × 300 − 30) / 150 = 160 %: behind.
 * Aggregate: July 100/250 = 40 %, August 120/250 = 48 %, September 60/150 = 40 %; so far 280/650 = 43,07… %.
 */
export function smallReportPlan(names: { a?: string } = {}): Plan {
  const indicators: Indicator[] = [{ ...makeDefaultIndicators()[0]!, min: pct(50) }];
  const unit = (n: number, name: string, target: number | null, byMonth: Record<string, [number, number]>): Unit => ({
    ...makeUnit(n, { target: target === null ? {} : { online_dossiers: target } }), code: code(`2100${n}`), name, results: results(byMonth),
  });
  const plan = makeTestPlan({ units: 0, indicators });
  return {
    ...plan, allocatingUnit: 'UBND huyện Thử', units: [
      unit(1, names.a ?? 'Xã An', 60, { '2023-07': [30, 100], '2023-08': [40, 100], '2023-09': [50, 100] }),
      unit(2, 'Xã Bình', null, { '2023-07': [60, 100], '2023-08': [70, 100] }),
      unit(3, 'Xã Cát', 90, { '2023-07': [10, 50], '2023-08': [10, 50], '2023-09': [10, 50] }),
    ],
  };
}
