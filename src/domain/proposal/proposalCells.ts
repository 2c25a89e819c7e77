import { WeightedSums, type VolumeTotals } from '../aggregate';
import type { UnitCode } from '../ids';
import type { Indicator } from '../indicators';
import { isLocked, type Plan } from '../plan';
import { PERCENT_100, type Rate } from '../rate';
import { ceilTenth, unitRule } from './proposalGoal';
import type { CellReason, ProposalRequest } from './proposalTypes';

/** What set a cell's lower bound: its last result (rounded up), a rule, or nothing but 0. */
export type BoundSource = 'baseline' | 'floor' | 'general' | 'mandatory' | 'zero';

/**
 * One indicator's cells, sorted once into those a proposal keeps and those it may change, with the changeable
 * ones' bounds and start values in flat arrays: each probe of the search is then one pass over numbers.
 */
export interface PreparedCells {
  /** Positions in `plan.units` of the cells the proposal may change, in plan order. */
  positions: Int32Array;
  /** Lower bound of each changeable cell, a multiple of 10 (hundredths); the upper bound is 100 %. */
  lower: Int32Array;
  /** Where the method starts from: the last result rounded up to a tenth, or without one the rule's bound (or 0). */
  start: Int32Array;
  volumes: (number | null)[];
  sources: BoundSource[];
  /** The last result of each changeable cell, when it has a usable one. */
  baselines: (Rate | undefined)[];
  /** Why each kept cell is kept, by position in `plan.units`; undefined for the cells that may change. */
  kept: (CellReason | undefined)[];
  /** Σ over the kept cells that have a target: they count in the aggregate as they are. */
  fixed: WeightedSums;
  /** Σ over every cell's target now: the aggregate before the proposal. */
  before: WeightedSums;
  /** Kept cells (locked, or typed when only empty ones are filled) that break the indicator's unit rule. */
  lockedBelow: UnitCode[];
  typedBelow: UnitCode[];
}

/** What every indicator of a plan's proposal shares: the plan's volume totals (the aggregate's weights). */
export interface ProposalContext {
  volumes: VolumeTotals;
}

/** O(units); computed once for all the indicators of one proposal. */
export function makeProposalContext(plan: Pick<Plan, 'units'>): ProposalContext {
  let known = 0;
  let sum = 0;
  for (const unit of plan.units) {
    if (unit.volume === null) continue;
    known += 1;
    sum += unit.volume;
  }
  return { volumes: { known, sum } };
}

const OUT_OF_SCOPE: CellReason = { kind: 'outOfScope' };
const LOCKED: CellReason = { kind: 'locked' };
const TYPED: CellReason = { kind: 'typed' };

/** A previous result outside 0–100 is no yardstick (as in `validateUnit`); plans never hold one, files might. */
const usable = (rate: Rate | undefined): Rate | undefined => (rate !== undefined && rate >= 0 && rate <= PERCENT_100 ? rate : undefined);

export function prepareCells(plan: Pick<Plan, 'units'>, ind: Indicator, request: ProposalRequest): PreparedCells {
  const { units } = plan;
  const id = ind.id;
  const rule = unitRule(ind);
  const ruleLower = rule === null ? 0 : Math.max(0, ceilTenth(rule.limit));
  const positions: number[] = [];
  const lower: number[] = [];
  const start: number[] = [];
  const prepared: PreparedCells = {
    positions: new Int32Array(0), lower: new Int32Array(0), start: new Int32Array(0), volumes: [], sources: [], baselines: [],
    kept: [], fixed: new WeightedSums(), before: new WeightedSums(), lockedBelow: [], typedBelow: [],
  };
  for (let pos = 0; pos < units.length; pos++) {
    const unit = units[pos]!;
    const target = unit.target[id];
    prepared.before.add(unit.volume, target);
    const kept = request.scope !== null && !request.scope.has(unit.code) ? OUT_OF_SCOPE
      : isLocked(unit, id) ? LOCKED
        : request.onlyEmpty && target !== undefined ? TYPED : undefined;
    // Pushed for every unit: an array made at its full length would be a slow, sparse one past ~32,000 units.
    prepared.kept.push(kept);
    if (kept !== undefined) {
      prepared.fixed.add(unit.volume, target);
      if (kept !== OUT_OF_SCOPE && rule !== null && target !== undefined && target < rule.limit) {
        (kept === LOCKED ? prepared.lockedBelow : prepared.typedBelow).push(unit.code);
      }
      continue;
    }
    const baseline = usable(unit.baseline[id]);
    const baseLower = ind.mandatory || request.allowBelowBaseline || baseline === undefined ? 0 : ceilTenth(baseline);
    const bound = Math.max(ruleLower, baseLower);
    positions.push(pos);
    lower.push(bound);
    // Not raised to the bound: "last result + d" for a unit whose last result is below the general target is
    // max(general target, last result + d), never general target + d (the reason would then misstate it).
    start.push(Math.min(PERCENT_100, baseline === undefined ? ruleLower : ceilTenth(baseline)));
    prepared.volumes.push(unit.volume);
    prepared.baselines.push(baseline);
    prepared.sources.push(ind.mandatory ? 'mandatory'
      : baseline !== undefined && baseLower === bound && !request.allowBelowBaseline ? 'baseline'
        : rule !== null && ruleLower === bound ? rule.bound : 'zero');
  }
  prepared.positions = Int32Array.from(positions);
  prepared.lower = Int32Array.from(lower);
  prepared.start = Int32Array.from(start);
  return prepared;
}
