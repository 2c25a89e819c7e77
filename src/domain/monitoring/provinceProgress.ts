import type { IndicatorId, UnitCode } from '../ids';
import type { Indicator } from '../indicators';
import type { Plan } from '../plan';
import { MonthAccumulator, monthCounts, unitsMonths, type MonthFigures } from './monthSums';
import { aggregateTarget, progressOf } from './progress';
import type { MonitoringCell, MonitoringRow, MonitoringTable } from './monitoringTable';
import { monthWindow } from './monthProgress';
import { periodMonths, type MonthKey } from './resultKey';

/** One district as the province follows it: its plan (with its communes' monthly results) and the row's key. */
export interface DistrictPlan {
  key: string;
  plan: Plan;
}

/**
 * The province's follow-up at `month`: one row per district, each district's progress being its own aggregate
 * (ΣN / ΣD over its communes, judged against its assignment), and the province's total over every commune of
 * every district, judged against `provinceIndicators` when the province has its own plan (else the districts'
 * most common assignment, `indicators`). A district whose period has no such month shows as missing.
 * The rows are those of a plan's follow-up, so the ranking, the status counts and the report take either.
 */
export function provinceTable(districts: readonly DistrictPlan[], indicators: readonly Indicator[], month: MonthKey, provinceIndicators?: readonly Indicator[]): MonitoringTable {
  const rows: MonitoringRow[] = districts.map(({ key, plan }) => {
    const w = monthWindow(plan.period, month);
    const cells = new Map<IndicatorId, MonitoringCell>();
    for (const ind of indicators) {
      const own = plan.indicators.find((i) => i.id === ind.id);
      const figures = w && own ? unitsMonths(plan.units, ind.id, w.months) : [];
      cells.set(ind.id, {
        // The month's own figures, the last of those so far: summed as the district's total row sums them.
        entry: monthCounts(figures.at(-1)),
        progress: progressOf(figures, own ? aggregateTarget(own) : null, w?.left ?? 0, plan.units.length),
      });
    }
    return { code: key as UnitCode, name: plan.allocatingUnit, cells };
  });
  const aggregate = new Map(indicators.map((ind) => {
    const judged = provinceIndicators?.find((i) => i.id === ind.id) ?? ind;
    const communes = districts.reduce((n, d) => n + (monthWindow(d.plan.period, month) ? d.plan.units.length : 0), 0);
    return [ind.id, progressOf(provinceMonths(districts, ind.id, month), aggregateTarget(judged), monthsLeft(districts, month), communes)];
  }));
  const months = districts.map((d) => monthWindow(d.plan.period, month)?.months).find((m) => m) ?? [month];
  return { month, months, monthsLeft: monthsLeft(districts, month), rows, aggregate };
}

/** Every commune's figures of every district, month by month up to `month` (the months of the first district's period that has it). */
function provinceMonths(districts: readonly DistrictPlan[], id: IndicatorId, month: MonthKey): MonthFigures[] {
  const months = districts.map((d) => monthWindow(d.plan.period, month)?.months).find((m) => m) ?? [];
  const perDistrict = districts.filter((d) => monthWindow(d.plan.period, month)).map((d) => unitsMonths(d.plan.units, id, months));
  return months.map((_, k) => {
    const acc = new MonthAccumulator();
    for (const figures of perDistrict) acc.addFigures(figures[k]!);
    return acc.figures();
  });
}

const monthsLeft = (districts: readonly DistrictPlan[], month: MonthKey): number =>
  districts.map((d) => monthWindow(d.plan.period, month)?.left).find((l) => l !== undefined) ?? 0;

/** The months the province can follow: those of its districts' periods, in order, each once. */
export function provinceMonthsOf(districts: readonly DistrictPlan[]): MonthKey[] {
  return [...new Set(districts.flatMap((d) => periodMonths(d.plan.period)))].sort() as MonthKey[];
}
