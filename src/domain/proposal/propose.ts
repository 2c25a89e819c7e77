import { meets, truncatedMean } from '../aggregate';
import type { Command } from '../commandTypes';
import type { IndicatorId, UnitCode } from '../ids';
import type { Indicator } from '../indicators';
import type { Plan } from '../plan';
import { PERCENT_100, type Rate } from '../rate';
import type { UnitPatch } from '../unitPatch';
import { makeProposalContext, prepareCells, type PreparedCells, type ProposalContext } from './proposalCells';
import { isInfeasibility, resolveGoal, unitRule } from './proposalGoal';
import { proposedCells } from './proposalReasons';
import { aggregateAt, HEADROOM_STEPS, parameterRange, smallestMeeting, type Family } from './proposalSearch';
import type { IndicatorProposal, Infeasibility, ProposalRequest, ProposalResult } from './proposalTypes';

export { makeProposalContext, type ProposalContext } from './proposalCells';

/** A rule of the unit broken by cells the proposal must keep: nothing it proposes would clear those errors. */
function keptCellsProblem(ind: Indicator, cells: PreparedCells): Infeasibility | null {
  const rule = unitRule(ind);
  if (rule === null) return null;
  if (cells.lockedBelow.length > 0) {
    const unitCodes = cells.lockedBelow;
    if (rule.bound === 'mandatory') return { kind: 'lockedBelowMandatory', unitCodes };
    return rule.bound === 'general' ? { kind: 'lockedBelowMin', unitCodes, min: rule.limit } : { kind: 'lockedBelowFloor', unitCodes, floor: rule.limit };
  }
  if (cells.typedBelow.length > 0) return { kind: 'typedBelowBound', unitCodes: cells.typedBelow, bound: rule.bound, limit: rule.limit };
  return null;
}

function parameterOf(method: Family['method'], p: number, startLevel: number, mandatory: boolean): Extract<IndicatorProposal, { feasible: true }>['parameter'] {
  if (mandatory) return null;
  switch (method) {
    case 'lift-lowest': return { kind: 'level', value: (p * 10) as Rate };
    case 'equal-uplift': return { kind: 'uplift', value: (p * 10) as Rate };
    case 'headroom': return { kind: 'share', value: p / HEADROOM_STEPS };
    case 'same-for-all': return p === startLevel ? null : { kind: 'level', value: (p * 10) as Rate };
  }
}

/**
 * One indicator's proposal: pure, deterministic, O(units · log(parameter range)). Exported so that a caller with a
 * large plan can compute the indicators one at a time and yield in between (see `proposalSteps`).
 */
export function proposeIndicator(plan: Pick<Plan, 'units'>, ind: Indicator, request: ProposalRequest, context: ProposalContext = makeProposalContext(plan)): IndicatorProposal {
  const { volumes } = context;
  const cells = prepareCells(plan, ind, request);
  const before = cells.before.mean(volumes);
  const infeasible = (problem: Infeasibility): IndicatorProposal => ({ indicatorId: ind.id, feasible: false, problem, before });
  const goal = resolveGoal(ind, request.goal);
  if (isInfeasibility(goal)) return infeasible(goal);
  if (!ind.mandatory && ind.mode === 'weighted' && ind.floor !== null && ind.floor > PERCENT_100) return infeasible({ kind: 'floorAbove100', floor: ind.floor });
  const kept = keptCellsProblem(ind, cells);
  if (kept !== null) return infeasible(kept);
  const family: Family = { method: request.method, allowBelowBaseline: request.allowBelowBaseline };
  if (goal.aggregate !== null) {
    const best = aggregateAt(cells, family, null, volumes);
    if (!meets(best, goal.aggregate)) return infeasible({ kind: 'goalUnreachable', goal: goal.aggregate, best: truncatedMean(best) });
  }
  const range = parameterRange(family.method, family.allowBelowBaseline, goal.level);
  const p = goal.aggregate === null ? range[0] : smallestMeeting(cells, family, range, goal.aggregate, volumes);
  const parameter = parameterOf(family.method, p, range[0], ind.mandatory);
  const proposed = proposedCells(plan, ind, cells, family, p, parameter);
  return {
    indicatorId: ind.id, feasible: true, goal: goal.reported, goalRaisedBy: goal.raisedBy, parameter,
    cells: proposed.cells, changed: proposed.changed, before, after: aggregateAt(cells, family, p, volumes),
  };
}

/** The plan's indicators the request names, in plan order (ids it does not know are passed over). */
export const requestedIndicators = (plan: Pick<Plan, 'indicators'>, request: ProposalRequest): Indicator[] => {
  const wanted = new Set<IndicatorId>(request.indicatorIds);
  return plan.indicators.filter((ind) => wanted.has(ind.id));
};

export function combineProposals(indicators: readonly IndicatorProposal[]): ProposalResult {
  let changed = 0;
  for (const p of indicators) if (p.feasible) changed += p.changed;
  return { indicators, feasible: indicators.every((p) => p.feasible), changed };
}

/**
 * The proposal one indicator at a time: each `next()` computes one (about 0.1 s at 100,000 units on a slow machine),
 * so a caller can yield to the page between them; the generator's return value is the whole result.
 */
export function* proposalSteps(plan: Pick<Plan, 'units' | 'indicators'>, request: ProposalRequest): Generator<IndicatorProposal, ProposalResult, void> {
  const context = makeProposalContext(plan);
  const done: IndicatorProposal[] = [];
  for (const ind of requestedIndicators(plan, request)) {
    const one = proposeIndicator(plan, ind, request, context);
    done.push(one);
    yield one;
  }
  return combineProposals(done);
}

/** "Đề xuất phân bổ": every requested indicator's proposal over the plan. Pure and deterministic. */
export function proposeAllocation(plan: Pick<Plan, 'units' | 'indicators'>, request: ProposalRequest): ProposalResult {
  const context = makeProposalContext(plan);
  return combineProposals(requestedIndicators(plan, request).map((ind) => proposeIndicator(plan, ind, request, context)));
}

/**
 * The one command that applies a proposal: every changed target of every indicator, unit by unit in plan order,
 * as field patches (a unit's other fields, changed meanwhile in another tab, are kept). Null when the proposal
 * is infeasible (nothing is applied then) or changes nothing.
 */
export function proposalCommand(plan: Pick<Plan, 'units'>, result: ProposalResult): Command | null {
  if (!result.feasible || result.changed === 0) return null;
  const patches = new Map<UnitCode, UnitPatch>();
  for (const proposal of result.indicators) {
    if (!proposal.feasible) continue;
    for (const cell of proposal.cells) {
      if (cell.after === cell.before) continue;
      let patch = patches.get(cell.unitCode);
      if (patch === undefined) {
        patch = { code: cell.unitCode, baseline: {}, target: {} };
        patches.set(cell.unitCode, patch);
      }
      patch.target[proposal.indicatorId] = cell.after;
    }
  }
  const entries = plan.units.flatMap((unit) => patches.get(unit.code) ?? []);
  return entries.length === 0 ? null : { type: 'patchUnits', entries };
}
