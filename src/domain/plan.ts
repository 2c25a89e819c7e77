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

export function findUnitIndex(plan: Pick<Plan, 'units'>, code: UnitCode): number {
  return plan.units.findIndex((u) => u.code === code);
}

/** `2023-H2` → `2023-H1`; `2024-H1` → `2023-H2`; anything else → null. */
export function previousPeriod(period: string): string | null {
  const m = /^(\d{4})-H([12])$/i.exec(period.trim());
  if (!m) return null;
  const year = Number(m[1]);
  return m[2] === '2' ? `${year}-H1` : `${year - 1}-H2`;
}

export function nextPeriod(period: string): string | null {
  const m = /^(\d{4})-H([12])$/i.exec(period.trim());
  if (!m) return null;
  const year = Number(m[1]);
  return m[2] === '1' ? `${year}-H2` : `${year + 1}-H1`;
}

/** `2023-h2 ` → `2023-H2`: how a period is stored. */
export const normalizePeriod = (period: string) => period.trim().toUpperCase();
export const isValidPeriod = (period: string) => /^\d{4}-H[12]$/.test(normalizePeriod(period));
