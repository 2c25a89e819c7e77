import type { IndicatorId, PlanId, UnitCode } from './ids';
import type { Indicator } from './indicators';
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
}

export type PlanStatus = 'draft' | 'ready';

export interface PlanInfo {
  name: string;
  /** e.g. `2023-H2` */
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
}

export const UNIT_TYPES = ['Xã', 'Phường', 'Thị trấn'] as const;

/** A half-year period, `2023-H2`; the case and surrounding spaces of what was typed do not matter. */
const PERIOD = /^(\d{4})-H([12])$/;

/** `2023-h2 ` → `2023-H2`: how a period is stored. */
export const normalizePeriod = (period: string) => period.trim().toUpperCase();
export const isValidPeriod = (period: string) => PERIOD.test(normalizePeriod(period));

/** The period `steps` half-years away: `2023-H2` ±1 → `2024-H1` / `2023-H1`; anything else → null. */
function shiftPeriod(period: string, steps: number): string | null {
  const m = PERIOD.exec(normalizePeriod(period));
  if (!m) return null;
  const index = Number(m[1]) * 2 + Number(m[2]) - 1 + steps;
  return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
}

export const previousPeriod = (period: string) => shiftPeriod(period, -1);
export const nextPeriod = (period: string) => shiftPeriod(period, 1);
