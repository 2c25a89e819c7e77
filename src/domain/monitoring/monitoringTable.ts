import type { IndicatorId, UnitCode } from '../ids';
import type { Indicator } from '../indicators';
import type { Plan, Unit } from '../plan';
import { unitMonths, unitsMonths } from './monthSums';
import { aggregateTarget, progressOf, unitTarget, type Progress, type ProgressStatus } from './progress';
import { entryOf, type MonthEntry } from './results';
import type { MonthKey } from './resultKey';
import { monthWindow } from './monthProgress';

/** One unit × indicator at a month: what was entered for the month and the progress so far. */
export interface MonitoringCell {
  entry: MonthEntry;
  progress: Progress;
}

export interface MonitoringRow {
  code: UnitCode;
  name: string;
  cells: ReadonlyMap<IndicatorId, MonitoringCell>;
}

export interface MonitoringTable {
  month: MonthKey;
  /** The period's months up to `month`, and how many come after it. */
  months: readonly MonthKey[];
  monthsLeft: number;
  rows: MonitoringRow[];
  /** The allocating unit's progress per indicator: ΣN / ΣD over all its units. */
  aggregate: ReadonlyMap<IndicatorId, Progress>;
}

/** One unit's row at a month (`months`: the period's months up to it). */
export function monitoringRow(unit: Unit, indicators: readonly Indicator[], month: MonthKey, months: readonly MonthKey[], monthsLeft: number): MonitoringRow {
  const cells = new Map<IndicatorId, MonitoringCell>();
  for (const ind of indicators) {
    cells.set(ind.id, { entry: entryOf(unit, month, ind.id), progress: progressOf(unitMonths(unit, ind.id, months), unitTarget(unit, ind), monthsLeft) });
  }
  return { code: unit.code, name: unit.name, cells };
}

/** The follow-up of a plan at `month`, every unit and the aggregate; null when the month is outside the plan's period. */
export function monitoringTable(plan: Plan, month: MonthKey): MonitoringTable | null {
  const w = monthWindow(plan.period, month);
  if (!w) return null;
  const rows = plan.units.map((u) => monitoringRow(u, plan.indicators, month, w.months, w.left));
  const aggregate = new Map(plan.indicators.map((ind) => [ind.id, progressOf(unitsMonths(plan.units, ind.id, w.months), aggregateTarget(ind), w.left, plan.units.length)]));
  return { month, months: w.months, monthsLeft: w.left, rows, aggregate };
}

/** Statuses from best to worst: the order of a ranking and of the summary's columns. */
export const STATUS_ORDER: readonly ProgressStatus[] = ['met', 'on-track', 'at-risk', 'behind', 'missing'];

/** How far a progress is above (or below) its target, in hundredths × the rate's denominator: only its sign and order matter. */
function margin(p: Progress): number {
  if (!p.rate || p.target === null) return Number.NEGATIVE_INFINITY;
  return Number(p.rate.num - BigInt(p.target) * p.rate.den) / Number(p.rate.den);
}

/**
 * Units from best to worst. On one indicator: by status, then by how far the rate so far is above its target.
 * Over all indicators: by how many are met, then on track, at risk, behind, then by the sum of those margins.
 * Ties keep the plan's order (a stable sort), so the ranking of equal units reads as the grid does.
 */
export function rankRows(rows: readonly MonitoringRow[], indicatorIds: readonly IndicatorId[]): MonitoringRow[] {
  const key = (row: MonitoringRow) => {
    const counts = STATUS_ORDER.map(() => 0);
    let total = 0;
    for (const id of indicatorIds) {
      const p = row.cells.get(id)?.progress;
      if (!p) continue;
      counts[STATUS_ORDER.indexOf(p.status)]!++;
      const m = margin(p);
      total += Number.isFinite(m) ? m : 0;
    }
    return { counts, total };
  };
  const keys = new Map(rows.map((r) => [r, key(r)]));
  return [...rows].sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    for (let k = 0; k < STATUS_ORDER.length - 1; k++) if (x.counts[k] !== y.counts[k]) return y.counts[k]! - x.counts[k]!;
    return y.total - x.total;
  });
}

/** How many units are in each status on one indicator. */
export function statusCounts(rows: readonly MonitoringRow[], id: IndicatorId): Record<ProgressStatus, number> {
  const out: Record<ProgressStatus, number> = { met: 0, 'on-track': 0, 'at-risk': 0, behind: 0, missing: 0 };
  for (const row of rows) {
    const p = row.cells.get(id)?.progress;
    if (p) out[p.status]++;
  }
  return out;
}
