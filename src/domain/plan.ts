import type { IndicatorId, PlanId, UnitCode } from './ids';
import type { Indicator } from './indicators';
import type { ResultKey } from './monitoring/resultKey';
import type { Rate } from './rate';

/** A member unit (commune, ward, township…) with its figures; absent keys mean "no value". */
export interface Unit {
  code: UnitCode;
  name: string;
  /** xã / phường / thị trấn, or any text. */
  type: string;
  /** Expected dossier volume for the period: the unit's weight in the aggregate; null when unknown. */
  volume: number | null;
  /** Results of the previous period (H1), per indicator. */
  baseline: Readonly<Partial<Record<IndicatorId, Rate>>>;
  /** Targets for the plan's period (H2), per indicator. */
  target: Readonly<Partial<Record<IndicatorId, Rate>>>;
  /**
   * Target cells the planner locked, per indicator: proposals and fills never change them (typing still
   * may: a lock guards against automatic changes, not the planner's own hand). Absent when none.
   */
  locked?: Readonly<Partial<Record<IndicatorId, true>>>;
  /** Monthly results (counts, or a rate where only a rate is known), by `monitoring/resultKey.ts` key; absent when none. */
  results?: UnitResults;
}

/** A unit's monthly results, one number per `YYYY-MM/<indicator>/n|d|r` key (`monitoring/resultKey.ts`). */
export type UnitResults = Readonly<Record<ResultKey, number>>;

/** True when the unit's target for the indicator is locked against automatic changes. */
export const isLocked = (unit: Unit, indicatorId: IndicatorId): boolean => unit.locked?.[indicatorId] === true;

export type PlanStatus = 'draft' | 'ready';

export interface PlanInfo {
  name: string;
  /** `2024`, `2024-H1`, `2024-Q3` or `2024-07` (`period.ts`); stored as that text. */
  period: string;
  /** The unit that allocates (a district, or a province since the 2025 reform). */
  allocatingUnit: string;
  notes: string;
}

export interface Plan extends PlanInfo {
  id: PlanId;
  status: PlanStatus;
  indicators: readonly Indicator[];
  units: readonly Unit[];
  /** Increases by one with every saved command; lets storage refuse writes from a stale copy. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  /**
   * The plan's named versions, only while the plan travels in a file or a backup: storage keeps them in a
   * store of their own (a version holds every unit's targets, and the plan's record is rewritten with each
   * command), and an open plan reads them from there.
   */
  versions?: readonly PlanVersion[];
}

/** One unit's part of a version: its targets and its locked target cells, by code. */
export interface VersionUnit {
  code: UnitCode;
  target: Readonly<Partial<Record<IndicatorId, Rate>>>;
  /** Absent when none is locked (as on a unit). */
  locked?: Readonly<Partial<Record<IndicatorId, true>>>;
}

/**
 * A named version of a plan ("Phương án 1"): what the planner decides — the assignment (indicators) and, per
 * unit, the targets and locks — and nothing a version cannot change (names, volumes, previous results stay
 * the plan's). `domain/versions/` saves, restores and compares them.
 */
export interface PlanVersion {
  id: string;
  name: string;
  savedAt: string;
  indicators: readonly Indicator[];
  units: readonly VersionUnit[];
}

export const UNIT_TYPES = ['Xã', 'Phường', 'Thị trấn'] as const;

// A period's text is read and written in period.ts (year, half-year, quarter or month); these names stay
// here too for the many screens that take them with the plan.
export { isValidPeriod, nextPeriod, normalizePeriod, previousPeriod } from './period';
