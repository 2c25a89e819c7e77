import type { IndicatorId, UnitCode } from './ids';
import type { Indicator } from './indicators';
import type { Plan, PlanStatus, Unit } from './plan';
import { WeightedSums, type Aggregate, type VolumeTotals } from './aggregate';
import { validateAggregate, validateUnit, type Field, type Issue, type Severity } from './rules';

export interface IndicatorTotals {
  indicator: Indicator;
  baseline: Aggregate;
  target: Aggregate;
  /** The aggregate's own rules broken (general target in `weighted` mode, own target when checked). */
  issues: Issue[];
}

/**
 * The live validation of one plan, kept up to date incrementally: a changed unit is re-checked alone
 * and the aggregates move by its difference, so one edit costs O(indicators), whatever the plan's size.
 * Mutable on purpose (it is a cache of derived data); `reset` rebuilds it from scratch, and a property
 * test checks that any sequence of `updateUnit` calls ends where `reset` would.
 */
export class ValidationIndex {
  private indicators: readonly Indicator[] = [];
  private status: PlanStatus = 'draft';
  private byUnit = new Map<UnitCode, Issue[]>();
  private sums = new Map<IndicatorId, { baseline: WeightedSums; target: WeightedSums }>();
  private volumes: VolumeTotals = { known: 0, sum: 0 };
  private unitErrors = 0;
  private unitWarnings = 0;
  private errorsPerIndicator = new Map<IndicatorId, number>();

  constructor(plan?: Pick<Plan, 'units' | 'indicators' | 'status'>) {
    if (plan) this.reset(plan);
  }

  reset(plan: Pick<Plan, 'units' | 'indicators' | 'status'>): void {
    this.indicators = plan.indicators;
    this.status = plan.status;
    this.byUnit = new Map();
    this.sums = new Map(plan.indicators.map((i) => [i.id, { baseline: new WeightedSums(), target: new WeightedSums() }]));
    this.volumes = { known: 0, sum: 0 };
    this.unitErrors = 0;
    this.unitWarnings = 0;
    this.errorsPerIndicator = new Map();
    for (const unit of plan.units) this.add(unit, 1);
  }

  /**
   * A copy that a large change can be brought into on the side, a slice at a time, while this one keeps
   * describing the plan on screen; `adopt` then takes it over at once. O(units with issues).
   */
  fork(): ValidationIndex {
    const copy = new ValidationIndex();
    copy.indicators = this.indicators;
    copy.status = this.status;
    copy.byUnit = new Map(this.byUnit);
    copy.sums = new Map([...this.sums].map(([id, s]) => [id, { baseline: s.baseline.copy(), target: s.target.copy() }]));
    copy.volumes = { ...this.volumes };
    copy.unitErrors = this.unitErrors;
    copy.unitWarnings = this.unitWarnings;
    copy.errorsPerIndicator = new Map(this.errorsPerIndicator);
    return copy;
  }

  /** Takes over the state of `other` (a fork brought up to date), which must not be used afterwards. O(1). */
  adopt(other: ValidationIndex): void {
    this.indicators = other.indicators;
    this.status = other.status;
    this.byUnit = other.byUnit;
    this.sums = other.sums;
    this.volumes = other.volumes;
    this.unitErrors = other.unitErrors;
    this.unitWarnings = other.unitWarnings;
    this.errorsPerIndicator = other.errorsPerIndicator;
  }

  /** Re-checks one unit: `before` is its previous state (undefined when added), `after` its new one (undefined when removed). */
  updateUnit(before: Unit | undefined, after: Unit | undefined): void {
    if (before) this.add(before, -1);
    if (after) this.add(after, 1);
  }

  private add(unit: Unit, sign: 1 | -1): void {
    if (unit.volume !== null) {
      this.volumes = { known: this.volumes.known + sign, sum: this.volumes.sum + sign * unit.volume };
    }
    for (const ind of this.indicators) {
      const s = this.sums.get(ind.id);
      s?.baseline.add(unit.volume, unit.baseline[ind.id], sign);
      s?.target.add(unit.volume, unit.target[ind.id], sign);
    }
    if (sign === 1) {
      const issues = validateUnit(unit, this.indicators, this.status);
      if (issues.length > 0) this.byUnit.set(unit.code, issues);
      this.count(issues, 1);
    } else {
      this.count(this.byUnit.get(unit.code) ?? [], -1);
      this.byUnit.delete(unit.code);
    }
  }

  private count(issues: readonly Issue[], sign: 1 | -1) {
    for (const issue of issues) {
      if (issue.severity === 'error') {
        this.unitErrors += sign;
        if (issue.field === 'target') this.errorsPerIndicator.set(issue.indicatorId, (this.errorsPerIndicator.get(issue.indicatorId) ?? 0) + sign);
      } else this.unitWarnings += sign;
    }
  }

  totals(): IndicatorTotals[] {
    return this.indicators.map((indicator) => {
      const s = this.sums.get(indicator.id);
      const empty = { num: 0n, den: 0n, count: 0 };
      const target = s ? s.target.mean(this.volumes) : empty;
      return { indicator, baseline: s ? s.baseline.mean(this.volumes) : empty, target, issues: validateAggregate(indicator, target, this.status) };
    });
  }

  aggregateIssues(): Issue[] {
    return this.totals().flatMap((t) => t.issues);
  }

  counts(): Record<Severity, number> {
    const aggregate = this.aggregateIssues();
    const aggregateErrors = aggregate.filter((i) => i.severity === 'error').length;
    return { error: this.unitErrors + aggregateErrors, warning: this.unitWarnings + aggregate.length - aggregateErrors };
  }

  /** Errors on units' targets for one indicator (the aggregate's own rule and previous results not included). */
  unitErrorsFor(indicatorId: IndicatorId): number {
    return this.errorsPerIndicator.get(indicatorId) ?? 0;
  }

  unitIssues(code: UnitCode): readonly Issue[] {
    return this.byUnit.get(code) ?? [];
  }

  cellIssues(code: UnitCode, field: Field, indicatorId: IndicatorId): Issue[] {
    return this.unitIssues(code).filter((i) => i.field === field && i.indicatorId === indicatorId);
  }

  /**
   * Every issue, errors first, then in the plan's unit order (the aggregate first), then indicator order:
   * what sorting by `compareIssues` gives, built in one pass over the units, since each unit's issues are
   * already in indicator order. O(units + issues): for the panel, not the edit path.
   */
  allIssues(units: readonly Unit[]): Issue[] {
    const errors: Issue[] = [];
    const warnings: Issue[] = [];
    for (const issue of this.aggregateIssues()) (issue.severity === 'error' ? errors : warnings).push(issue);
    for (const unit of units) {
      const issues = this.byUnit.get(unit.code);
      if (!issues) continue;
      for (const issue of issues) (issue.severity === 'error' ? errors : warnings).push(issue);
    }
    for (const issue of warnings) errors.push(issue);
    return errors;
  }
}
