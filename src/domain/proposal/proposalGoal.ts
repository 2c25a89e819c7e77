import { isUnassigned, type Indicator } from '../indicators';
import { PERCENT_100, type Rate } from '../rate';
import type { GoalChoice, Infeasibility } from './proposalTypes';

/** The goal of one indicator's proposal, once the planner's choice meets what validation requires. */
export interface ResolvedGoal {
  /** What the aggregate must reach, or null when nothing checks it (see `IndicatorProposal.goal`). */
  aggregate: Rate | null;
  /** The goal as the preview states it. */
  reported: Rate | null;
  raisedBy: 'general' | 'own' | null;
  /** The lowest level `same-for-all` may give (before rounding up to a tenth). */
  level: Rate;
}

/** A rate rounded up to a tenth of a percent (a multiple of 10 hundredths): what a target may hold. */
export const ceilTenth = (rate: number): number => Math.ceil(rate / 10) * 10;

/** What `validateAggregate` holds the aggregate to, and which rule; null when it checks nothing. */
export function aggregateRequirement(ind: Indicator): { value: Rate; by: 'general' | 'own' } | null {
  if (isUnassigned(ind)) return null;
  let required: { value: Rate; by: 'general' | 'own' } | null = null;
  if (ind.mode === 'weighted' && !ind.mandatory && ind.min !== null) required = { value: ind.min, by: 'general' };
  if (ind.checkOwnTarget && ind.ownTarget !== null && (required === null || ind.ownTarget > required.value)) {
    required = { value: ind.ownTarget, by: 'own' };
  }
  return required;
}

/**
 * The rule every single target of the indicator must meet, when there is one: 100 % when mandatory, the general
 * target in `each` mode, the floor in `weighted` mode (as `validateUnit` checks them).
 */
export function unitRule(ind: Indicator): { limit: Rate; bound: 'mandatory' | 'general' | 'floor' } | null {
  if (ind.mandatory) return { limit: PERCENT_100, bound: 'mandatory' };
  if (ind.mode === 'each') return ind.min === null ? null : { limit: ind.min, bound: 'general' };
  return ind.floor === null ? null : { limit: ind.floor, bound: 'floor' };
}

/**
 * The planner's goal raised to what validation requires. A mandatory indicator ignores the choice (every target
 * is 100 %); only a checked own target holds its aggregate. In `each` mode the general target is met unit by unit,
 * so choosing it asks nothing more of the aggregate than validation does; a units' aggregate below the general
 * target there can only come from units outside the proposal, whose own errors lifting others would not clear.
 */
export function resolveGoal(ind: Indicator, choice: GoalChoice): ResolvedGoal | Infeasibility {
  const required = aggregateRequirement(ind);
  if (ind.mandatory) {
    const value = required?.value ?? null;
    return { aggregate: value, reported: value, raisedBy: null, level: PERCENT_100 };
  }
  const chosen = choice.kind === 'general' ? ind.min : choice.kind === 'own' ? ind.ownTarget : choice.value;
  if (chosen === null) return { kind: 'goalUnset', goal: choice.kind === 'own' ? 'own' : 'general' };
  const raised = required !== null && required.value > chosen;
  const goal = raised ? required.value : chosen;
  const aggregate = ind.mode === 'each' && choice.kind === 'general' ? (required?.value ?? null) : goal;
  const level = ind.mode === 'each' && ind.min !== null && ind.min > goal ? ind.min : goal;
  return { aggregate, reported: goal, raisedBy: raised ? required.by : null, level };
}

export const isInfeasibility = (g: ResolvedGoal | Infeasibility): g is Infeasibility => 'kind' in g;
