import type { IndicatorId, UnitCode } from './ids';
import { isUnassigned, type Indicator } from './indicators';
import type { PlanStatus, Unit } from './plan';
import { hasMoreThanOneDecimal, PERCENT_100, type Rate } from './rate';
import { meets, shortfall, truncatedMean, type Aggregate } from './aggregate';

export type Severity = 'error' | 'warning';

/** The rules of the product brief, in the planner's words. */
export type RuleId =
  | 'outOfRange'          // a rate outside [0, 100]
  | 'tooManyDecimals'     // a target with more than one decimal
  | 'belowMin'            // mode `each`: target below the commune-level general target
  | 'belowFloor'          // mode `weighted`: target below the hard floor
  | 'aggregateBelowMin'   // mode `weighted`: the aggregate below the general target
  | 'aggregateBelowOwnTarget' // opted in: the aggregate below the allocating unit's own target
  | 'mandatory'           // a mandatory indicator whose target is not 100
  | 'belowBaseline'       // target below the unit's own previous result
  | 'missing'             // no target yet
  | 'minUnset';           // the province's general target not entered yet: nothing can be judged against it

export type Field = 'target' | 'baseline';

export interface Issue {
  severity: Severity;
  rule: RuleId;
  /** null for the aggregate row. */
  unitCode: UnitCode | null;
  indicatorId: IndicatorId;
  field: Field;
  value: Rate | null;
  /** The limit that was broken (minimum, floor, 100, previous result…), when there is one. */
  limit: Rate | null;
  /** How far off, in hundredths of a percent, always positive; null when not measurable. */
  off: Rate | null;
}

const abs = (r: number) => Math.abs(r) as Rate;

function rangeIssue(unit: Unit, ind: Indicator, field: Field, value: Rate): Issue | null {
  if (value < 0) return { severity: 'error', rule: 'outOfRange', unitCode: unit.code, indicatorId: ind.id, field, value, limit: 0 as Rate, off: abs(value) };
  if (value > PERCENT_100) return { severity: 'error', rule: 'outOfRange', unitCode: unit.code, indicatorId: ind.id, field, value, limit: PERCENT_100, off: abs(value - PERCENT_100) };
  return null;
}

/** Every rule that concerns one unit, for every indicator. Pure and O(indicators). */
export function validateUnit(unit: Unit, indicators: readonly Indicator[], status: PlanStatus): Issue[] {
  const issues: Issue[] = [];
  for (const ind of indicators) {
    let baseline = unit.baseline[ind.id];
    if (baseline !== undefined) {
      const r = rangeIssue(unit, ind, 'baseline', baseline);
      if (r) {
        issues.push(r);
        baseline = undefined; // an impossible previous result is no yardstick for the target
      }
    }
    const target = unit.target[ind.id];
    const base = { unitCode: unit.code, indicatorId: ind.id, field: 'target' as const };
    if (target === undefined) {
      issues.push({ ...base, severity: status === 'ready' ? 'error' : 'warning', rule: 'missing', value: null, limit: null, off: null });
      continue;
    }
    const range = rangeIssue(unit, ind, 'target', target);
    if (range) issues.push(range);
    if (hasMoreThanOneDecimal(target)) {
      issues.push({ ...base, severity: 'error', rule: 'tooManyDecimals', value: target, limit: null, off: null });
    }
    if (ind.mandatory) {
      if (target !== PERCENT_100 && !range) {
        issues.push({ ...base, severity: 'error', rule: 'mandatory', value: target, limit: PERCENT_100, off: abs(PERCENT_100 - target) });
      }
    } else if (ind.mode === 'each') {
      if (ind.min !== null && target < ind.min) issues.push({ ...base, severity: 'error', rule: 'belowMin', value: target, limit: ind.min, off: abs(ind.min - target) });
    } else if (ind.floor !== null && target < ind.floor) {
      issues.push({ ...base, severity: 'error', rule: 'belowFloor', value: target, limit: ind.floor, off: abs(ind.floor - target) });
    }
    if (baseline !== undefined && target < baseline) {
      issues.push({ ...base, severity: 'warning', rule: 'belowBaseline', value: target, limit: baseline, off: abs(baseline - target) });
    }
  }
  return issues;
}

/**
 * The rules on the indicator as a whole: its general target must be entered (a warning in a draft, an error
 * for a plan marked ready, like a missing target); in `weighted` mode (and not mandatory) the aggregate must
 * reach it; and, when the plan opted in for the indicator, the aggregate must reach the allocating unit's own
 * target too.
 */
export function validateAggregate(ind: Indicator, aggregate: Aggregate, status: PlanStatus = 'draft'): Issue[] {
  if (isUnassigned(ind)) {
    return [{ severity: status === 'ready' ? 'error' : 'warning', rule: 'minUnset', unitCode: null, indicatorId: ind.id, field: 'target', value: null, limit: null, off: null }];
  }
  if (aggregate.den <= 0n) return [];
  const issues: Issue[] = [];
  const below = (rule: RuleId, limit: Rate): Issue => ({
    severity: 'error', rule, unitCode: null, indicatorId: ind.id, field: 'target',
    value: truncatedMean(aggregate), limit, off: shortfall(aggregate, limit),
  });
  if (ind.mode === 'weighted' && !ind.mandatory && ind.min !== null && !meets(aggregate, ind.min)) issues.push(below('aggregateBelowMin', ind.min));
  if (ind.checkOwnTarget && ind.ownTarget !== null && !meets(aggregate, ind.ownTarget)) issues.push(below('aggregateBelowOwnTarget', ind.ownTarget));
  return issues;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1 };

/** Errors first; then the plan's unit order (aggregate first), then indicator order. */
export function compareIssues(unitOrder: ReadonlyMap<UnitCode, number>, indicatorOrder: ReadonlyMap<IndicatorId, number>) {
  return (a: Issue, b: Issue) =>
    severityOrder[a.severity] - severityOrder[b.severity]
    || (a.unitCode === null ? -1 : unitOrder.get(a.unitCode) ?? 0) - (b.unitCode === null ? -1 : unitOrder.get(b.unitCode) ?? 0)
    || (indicatorOrder.get(a.indicatorId) ?? 0) - (indicatorOrder.get(b.indicatorId) ?? 0)
    || (a.field === b.field ? 0 : a.field === 'baseline' ? -1 : 1);
}
