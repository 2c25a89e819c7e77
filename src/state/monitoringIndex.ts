import type { IndicatorId, UnitCode } from '../domain/ids';
import type { Indicator } from '../domain/indicators';
import { ExactSum, NO_FIGURES, type MonthFigures } from '../domain/monitoring/monthSums';
import { monthWindow } from '../domain/monitoring/monthProgress';
import { aggregateTarget, progressOf, type Progress } from '../domain/monitoring/progress';
import { periodMonths, resultKey, type MonthKey } from '../domain/monitoring/resultKey';
import type { Plan, Unit } from '../domain/plan';
import { PERCENT_100 } from '../domain/rate';

/** One indicator's month, summed over every unit: what `MonthAccumulator` would give, kept up to date by edits. */
class MonthCell {
  readonly num = new ExactSum();
  readonly den = new ExactSum();
  reported = 0;
  unweighted = 0;

  figures(): MonthFigures {
    return this.reported === 0 && this.unweighted === 0 ? NO_FIGURES
      : { num: this.num.value(), den: this.den.value(), reported: this.reported, unweighted: this.unweighted };
  }
}

/** The three keys of an indicator's month, made once rather than for every unit. */
interface Keys { n: string; d: string; r: string }

/**
 * The allocating unit's monthly figures per indicator, kept incrementally: an edited unit's old figures are taken
 * out and its new ones put in, so an edit costs O(indicators × months) instead of O(units). Its sums are those of
 * `unitsMonths` over the plan (a property test holds them equal after random edits). Rebuilt whole when the plan's
 * indicators or period change.
 */
export class MonitoringIndex {
  private months: MonthKey[] = [];
  private ids: IndicatorId[] = [];
  private keys: Keys[][] = [];
  private cells: MonthCell[][] = [];
  /** The unit each code was last counted as: what an edit takes out. */
  private counted = new Map<UnitCode, Unit>();
  private shape = '';

  /** Every unit anew (the plan opened, replaced, or its indicators or period changed). */
  reset(plan: Pick<Plan, 'period' | 'indicators' | 'units'>): void {
    this.months = periodMonths(plan.period);
    this.ids = plan.indicators.map((i) => i.id);
    this.shape = shapeOf(plan);
    this.keys = this.ids.map((id) => this.months.map((m) => ({ n: resultKey(m, id, 'n'), d: resultKey(m, id, 'd'), r: resultKey(m, id, 'r') })));
    this.cells = this.ids.map(() => this.months.map(() => new MonthCell()));
    this.counted.clear();
    for (const unit of plan.units) {
      this.counted.set(unit.code, unit);
      this.count(unit, 1);
    }
  }

  /** Whether the index was built for the plan's indicators and period (otherwise `reset` it). */
  fits(plan: Pick<Plan, 'period' | 'indicators'>): boolean {
    return this.shape === shapeOf(plan);
  }

  /** Units changed or removed: their old figures out, their new ones in. */
  update(changed: readonly Unit[], removed: readonly UnitCode[]): void {
    for (const code of removed) {
      const old = this.counted.get(code);
      if (old) this.count(old, -1);
      this.counted.delete(code);
    }
    for (const unit of changed) {
      const old = this.counted.get(unit.code);
      if (old === unit) continue;
      if (old) this.count(old, -1);
      this.counted.set(unit.code, unit);
      this.count(unit, 1);
    }
  }

  /** One indicator's figures for the months of the period up to `month`, in order (none when unknown). */
  figures(id: IndicatorId, months: readonly MonthKey[]): MonthFigures[] {
    const i = this.ids.indexOf(id);
    if (i < 0) return months.map(() => NO_FIGURES);
    return months.map((m) => this.cells[i]![this.months.indexOf(m)]?.figures() ?? NO_FIGURES);
  }

  /** The allocating unit's progress on an indicator at `month` (cumulative from the period's start). */
  progress(plan: Pick<Plan, 'period' | 'units'>, ind: Indicator, month: MonthKey): Progress | null {
    const w = monthWindow(plan.period, month);
    return w && progressOf(this.figures(ind.id, w.months), aggregateTarget(ind), w.left, plan.units.length);
  }

  /** The latest month of the period with any figure of any unit; null when none has any. */
  latestMonthWithFigures(): MonthKey | null {
    for (let m = this.months.length - 1; m >= 0; m--) {
      if (this.cells.some((row) => row[m]!.reported + row[m]!.unweighted > 0)) return this.months[m]!;
    }
    return null;
  }

  /** Adds (`sign` 1) or takes out (−1) a unit's figures, entry by entry exactly as `MonthAccumulator.add` counts them. */
  private count(unit: Unit, sign: 1 | -1): void {
    const results = unit.results as Readonly<Record<string, number>> | undefined;
    if (!results) return;
    for (let i = 0; i < this.keys.length; i++) {
      const row = this.keys[i]!;
      for (let m = 0; m < row.length; m++) {
        const k = row[m]!;
        const d = results[k.d];
        const r = results[k.r];
        const n = results[k.n];
        if (d === undefined) {
          if (r !== undefined || n !== undefined) this.cells[i]![m]!.unweighted += sign;
          continue;
        }
        let num: number;
        if (r !== undefined) num = r * d;
        else if (n !== undefined) num = n * PERCENT_100;
        else continue; // a denominator alone is a row half typed: not yet a result
        const cell = this.cells[i]![m]!;
        cell.num.add(sign * num);
        cell.den.add(sign * d);
        cell.reported += sign;
      }
    }
  }
}

const shapeOf = (plan: Pick<Plan, 'period' | 'indicators'>) => `${plan.period}|${plan.indicators.map((i) => i.id).join(',')}`;
