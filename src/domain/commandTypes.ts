import type { IndicatorId, UnitCode } from './ids';
import type { Indicator } from './indicators';
import type { Plan, PlanInfo, PlanStatus, Unit } from './plan';
import type { Rate } from './rate';
import type { Field } from './rules';
import type { UnitPatch } from './unitPatch';

/**
 * Every change to a plan is one of these, named in the planner's words. Typing, paste, fill,
 * spread and import all end as commands through the same `dispatch`, so undo and saving treat them alike.
 * What each one does is its handler in `commandHandlers.ts`: a new command is one member here, one handler
 * there, and their tests.
 */
export type Command =
  | { type: 'setRate'; unitCode: UnitCode; indicatorId: IndicatorId; field: Field; value: Rate | null }
  | { type: 'setVolume'; unitCode: UnitCode; volume: number | null }
  | { type: 'renameUnit'; unitCode: UnitCode; name: string }
  | { type: 'setUnitType'; unitCode: UnitCode; unitType: string }
  | { type: 'addUnit'; unit: Unit }
  /**
   * Puts many units at once (import, undo): each replaces the unit of the same code, or is inserted at
   * `index` (positions in the resulting list, taken in ascending order); O(units + entries log entries).
   */
  | { type: 'putUnits'; entries: readonly { unit: Unit; index: number }[] }
  /**
   * Sets some fields of existing units, each on the unit as it is when applied (import updates, undo): a
   * change made meanwhile to another field is kept. O(units + entries).
   */
  | { type: 'patchUnits'; entries: readonly UnitPatch[] }
  | { type: 'removeUnits'; unitCodes: readonly UnitCode[] }
  | { type: 'removeUnit'; unitCode: UnitCode }
  | { type: 'updateIndicator'; indicatorId: IndicatorId; patch: Partial<Omit<Indicator, 'id'>> }
  | { type: 'addIndicator'; indicator: Indicator }
  | { type: 'removeIndicator'; indicatorId: IndicatorId }
  /** Replaces the whole indicator list and assignment (undo, restore). */
  | { type: 'setIndicators'; indicators: readonly Indicator[] }
  | { type: 'setPlanInfo'; info: Partial<PlanInfo> }
  | { type: 'setStatus'; status: PlanStatus }
  /**
   * Locks (or unlocks) target cells against automatic changes (proposals, fills): a cell, a unit's row, an
   * indicator's column or a selection, as one command. Changes no number: a ready plan stays ready.
   */
  | { type: 'setLocks'; cells: readonly LockCell[]; locked: boolean }
  | { type: 'batch'; commands: readonly Command[] };

/** One target cell named for a lock: a unit and an indicator. */
export interface LockCell {
  unitCode: UnitCode;
  indicatorId: IndicatorId;
}

/** What a command touched, so storage writes only that and validation re-checks only that. */
export interface Effect {
  /** Units present after the command whose record is new or different. No duplicates. */
  changed: UnitCode[];
  /** Units present before the command and absent after it. Never also in `changed`. */
  removed: UnitCode[];
  /** The indicators or status changed: every unit must be re-validated. */
  rulesChanged: boolean;
  /** Units were added or removed, so positions moved: views and storage must take the whole list again. */
  unitsMoved: boolean;
}

export type ApplyResult = { ok: true; plan: Plan; effect: Effect } | { ok: false; reason: CommandRefusal };
export type CommandRefusal = 'unknownUnit' | 'unknownIndicator' | 'duplicateCode' | 'emptyCode' | 'emptyName' | 'lastIndicator' | 'reservedCode' | 'tooLong'
  /** A value no plan may hold (a rate outside 0–100, a negative volume…): the one rule of `valueRule.ts`. */
  | 'impossibleValue';
