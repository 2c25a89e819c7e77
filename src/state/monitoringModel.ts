import type { IndicatorId, UnitCode } from '../domain/ids';
import { monitoringRow, rankRows, type MonitoringRow } from '../domain/monitoring/monitoringTable';
import { monthWindow } from '../domain/monitoring/monthProgress';
import type { Progress, ProgressStatus } from '../domain/monitoring/progress';
import { periodMonths, type MonthKey } from '../domain/monitoring/resultKey';
import type { Plan, Unit } from '../domain/plan';
import { MonitoringIndex } from './monitoringIndex';

/**
 * What the monitoring view reads, for one plan at one month: each unit's row computed when it is first asked
 * for (the grid asks for the rows it draws only, so opening 10,598 units costs what is on screen) and kept for
 * that unit object — an edited unit is a new object, so only its row is computed again — and the aggregate from
 * the incremental index (an edit moves it by the unit's old and new figures, not by a sum over every unit).
 */
export class MonitoringModel {
  readonly index = new MonitoringIndex();
  private plan: Plan | undefined;
  private month: MonthKey | undefined;
  private window: { months: MonthKey[]; left: number } | null = null;
  private rows = new WeakMap<Unit, MonitoringRow>();
  private aggregates = new Map<IndicatorId, Progress | null>();

  /** The plan as it is now, with the units that changed since the last call (all of them when `changed` is undefined). */
  setPlan(plan: Plan, changed?: { units: readonly Unit[]; removed: readonly UnitCode[] }): void {
    const before = this.plan;
    this.plan = plan;
    const sameRules = !!before && before.indicators === plan.indicators && before.period === plan.period;
    if (!sameRules) this.rows = new WeakMap();
    if (!changed || !this.index.fits(plan) || !sameRules) this.index.reset(plan);
    else this.index.update(changed.units, changed.removed);
    if (this.month && !periodMonths(plan.period).includes(this.month)) this.month = undefined;
    this.window = this.month ? monthWindow(plan.period, this.month) : null;
    this.aggregates.clear();
  }

  setMonth(month: MonthKey): void {
    if (month === this.month) return;
    this.month = month;
    this.window = this.plan ? monthWindow(this.plan.period, month) : null;
    this.rows = new WeakMap();
    this.aggregates.clear();
  }

  /** The month shown: the one asked for, else the latest month with figures, else the period's first month. */
  defaultMonth(plan: Plan): MonthKey | undefined {
    return this.index.latestMonthWithFigures() ?? periodMonths(plan.period)[0];
  }

  row(unit: Unit): MonitoringRow | undefined {
    const w = this.window;
    if (!w || !this.plan || !this.month) return undefined;
    let row = this.rows.get(unit);
    if (!row) this.rows.set(unit, row = monitoringRow(unit, this.plan.indicators, this.month, w.months, w.left));
    return row;
  }

  aggregate(id: IndicatorId): Progress | null {
    if (!this.aggregates.has(id)) {
      const ind = this.plan?.indicators.find((i) => i.id === id);
      this.aggregates.set(id, ind && this.plan && this.month ? this.index.progress(this.plan, ind, this.month) : null);
    }
    return this.aggregates.get(id) ?? null;
  }

  /** The months of the period up to the month shown, and how many come after it. */
  monthWindow(): { months: readonly MonthKey[]; left: number } | null {
    return this.window;
  }

  /** Whether a unit is behind or at risk on any of the indicators (or the one) shown. */
  isLagging(unit: Unit, ids: readonly IndicatorId[]): boolean {
    const row = this.row(unit);
    return !!row && ids.some((id) => LAGGING.has(row.cells.get(id)?.progress.status ?? 'missing'));
  }

  /** Every unit's rank, 1 the best (`rankRows`: by status, then by how far above the target), on the indicators shown. */
  ranks(ids: readonly IndicatorId[]): Map<string, number> {
    const rows = (this.plan?.units ?? []).map((u) => this.row(u)).filter((r): r is MonitoringRow => !!r);
    return new Map(rankRows(rows, ids).map((r, i) => [r.code, i + 1]));
  }
}

const LAGGING: ReadonlySet<ProgressStatus> = new Set(['behind', 'at-risk']);
