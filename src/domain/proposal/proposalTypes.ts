import type { Aggregate } from '../aggregate';
import type { IndicatorId, UnitCode } from '../ids';
import type { Rate } from '../rate';

/**
 * What a planner asks of "Đề xuất phân bổ" (propose an allocation), and what they get back. The solver
 * (`propose.ts`) is pure: same plan and request, same result. Rates are hundredths of a percent (`rate.ts`);
 * every proposed target has at most one decimal (a multiple of 10).
 */

/**
 * The method, each a family of allocations with one parameter, monotone in it; the solver takes the smallest
 * parameter that meets the goal.
 * - `lift-lowest`: every unit below a level L is raised to L (L in tenths).
 * - `equal-uplift`: every unit gets its last result + d (d in tenths), capped at 100.
 * - `headroom`: last result + k · (100 − last result), rounded up to a tenth: far from 100 takes more.
 * - `same-for-all`: every unit gets the same level, at least the goal.
 */
export type ProposalMethod = 'lift-lowest' | 'equal-uplift' | 'headroom' | 'same-for-all';
export const PROPOSAL_METHODS: readonly ProposalMethod[] = ['lift-lowest', 'equal-uplift', 'headroom', 'same-for-all'];

/** The goal of one indicator's aggregate: the general target, the allocating unit's own target, or a number typed. */
export type GoalChoice = { kind: 'general' } | { kind: 'own' } | { kind: 'custom'; value: Rate };

export interface ProposalRequest {
  /** The indicators to propose for, in plan order. */
  indicatorIds: readonly IndicatorId[];
  method: ProposalMethod;
  goal: GoalChoice;
  /** Keep every target already entered; propose only for empty cells. */
  onlyEmpty: boolean;
  /** Let a target go below the unit's last result (the warning then stays on that cell). */
  allowBelowBaseline: boolean;
  /** The units the proposal may change (selected or filtered); null for every unit. */
  scope: ReadonlySet<UnitCode> | null;
}

/** Why a cell got its proposed number, or why it was kept, in terms the preview puts into words. */
export type CellReason =
  | { kind: 'level'; level: Rate }            // lifted to the level L
  | { kind: 'uplift'; by: Rate }              // last result + d
  | { kind: 'headroom'; share: number }       // last result + k·(100 − last result), k as a fraction 0–1
  | { kind: 'sameForAll'; level: Rate }       // the level every unit gets
  | { kind: 'keptBaseline'; baseline: Rate }  // its last result is already higher than the method asks
  | { kind: 'bound'; bound: 'floor' | 'general' | 'mandatory' | 'cap100' } // a rule set it
  | { kind: 'locked' }
  | { kind: 'typed' }                         // only-empty: a target was already entered
  | { kind: 'outOfScope' };                   // not among the selected or filtered units

export interface ProposedCell {
  unitCode: UnitCode;
  before: Rate | null;
  after: Rate | null;
  reason: CellReason;
  /** The unit has no last result: the method started from the floor, the general target or 0. */
  noBaseline: boolean;
}

/** Why no allocation within the bounds meets the goal; nothing is applied. */
export type Infeasibility =
  /** Even with every unit that may change at its upper bound, the aggregate (truncated to a tenth) stays at `best`. */
  | { kind: 'goalUnreachable'; goal: Rate; best: Rate | null }
  | { kind: 'floorAbove100'; floor: Rate }
  /** Mandatory (100 %), but these locked cells hold less. */
  | { kind: 'lockedBelowMandatory'; unitCodes: readonly UnitCode[] }
  /** `each` mode, but these locked cells hold less than the general target. */
  | { kind: 'lockedBelowMin'; unitCodes: readonly UnitCode[]; min: Rate }
  /** `weighted` mode with a floor, but these locked cells hold less than the floor. */
  | { kind: 'lockedBelowFloor'; unitCodes: readonly UnitCode[]; floor: Rate }
  /**
   * Only empty targets are filled, but these targets already typed (in the units the proposal covers) break the
   * rule named: the indicator would still show their errors. Correct them, or propose for every cell.
   */
  | { kind: 'typedBelowBound'; unitCodes: readonly UnitCode[]; bound: 'mandatory' | 'general' | 'floor'; limit: Rate }
  /** The goal chosen is not there: the general target or own target not entered. */
  | { kind: 'goalUnset'; goal: 'general' | 'own' };

export type IndicatorProposal =
  | {
    indicatorId: IndicatorId;
    feasible: true;
    /**
     * The goal the aggregate meets: the one chosen, raised to what validation requires when that is higher.
     * In `each` mode with the general target chosen it is met unit by unit (every unit at least the general
     * target); the aggregate is then only brought to what validation checks (the own target, when checked).
     * Null for a mandatory indicator whose aggregate nothing checks.
     */
    goal: Rate | null;
    /** Set when the goal chosen was below what validation requires, and which rule raised it. */
    goalRaisedBy: 'general' | 'own' | null;
    /** The method's parameter found: L or d in hundredths, k as a fraction; null for `same-for-all` at the goal. */
    parameter: { kind: 'level' | 'uplift'; value: Rate } | { kind: 'share'; value: number } | null;
    /** Every unit of the plan in plan order, with its before, after and reason (kept cells have after = before). */
    cells: readonly ProposedCell[];
    /** Cells whose target changes. */
    changed: number;
    before: Aggregate;
    after: Aggregate;
  }
  | { indicatorId: IndicatorId; feasible: false; problem: Infeasibility; before: Aggregate };

export interface ProposalResult {
  indicators: readonly IndicatorProposal[];
  /** Every indicator feasible: only then may the proposal be applied. */
  feasible: boolean;
  /** Cells that change, over every indicator. */
  changed: number;
}
