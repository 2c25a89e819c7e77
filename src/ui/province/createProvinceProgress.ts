import { createMemo, createSignal } from 'solid-js';
import type { Indicator } from '../../domain/indicators';
import { rankRows } from '../../domain/monitoring/monitoringTable';
import { provinceMonthsOf, provinceTable, type DistrictPlan } from '../../domain/monitoring/provinceProgress';
import type { MonthKey } from '../../domain/monitoring/resultKey';

/** What the province's progress is made from: the districts' plans and the indicators to show. */
export interface ProvinceProgressSource {
  districts: readonly DistrictPlan[];
  indicators: readonly Indicator[];
  provinceIndicators?: readonly Indicator[];
}

/**
 * The province's progress at the month chosen (by default the latest with figures): the table of districts,
 * ranked best first, and each district × indicator behind or at risk.
 */
export function createProvinceProgress(source: ProvinceProgressSource) {
  const months = createMemo(() => provinceMonthsOf(source.districts));
  const latestWithFigures = () => {
    const all = months();
    for (let k = all.length - 1; k >= 0; k--) {
      const table = provinceTable(source.districts, source.indicators, all[k]!);
      if (table.rows.some((row) => [...row.cells.values()].some((c) => c.entry.d !== null))) return all[k]!;
    }
    return all[0];
  };
  const [chosen, setChosen] = createSignal<MonthKey>();
  const month = () => chosen() ?? latestWithFigures();
  const table = createMemo(() => (month() ? provinceTable(source.districts, source.indicators, month()!, source.provinceIndicators) : undefined));
  const ids = () => source.indicators.map((i) => i.id);
  const ranked = createMemo(() => (table() ? rankRows(table()!.rows, ids()) : []));
  const behind = createMemo(() => ranked().flatMap((row) => source.indicators
    .map((ind) => ({ row, ind, p: row.cells.get(ind.id)!.progress }))
    .filter((x) => x.p.status === 'behind' || x.p.status === 'at-risk')));
  return { months, month, setMonth: (m: MonthKey) => setChosen(m), table, ranked, behind };
}

export type ProvinceProgressModel = ReturnType<typeof createProvinceProgress>;
export type BehindLine = ReturnType<ProvinceProgressModel['behind']>[number];
