import Dexie, { type EntityTable, type Table } from 'dexie';
import type { IndicatorId, PlanId, UnitCode } from '../domain/ids';
import type { Indicator } from '../domain/indicators';
import type { PlanStatus } from '../domain/plan';
import type { Rate } from '../domain/rate';

/** A plan without its units: small, rewritten with every command (revision, updatedAt). */
export interface PlanRecord {
  id: PlanId;
  name: string;
  period: string;
  allocatingUnit: string;
  notes: string;
  status: PlanStatus;
  indicators: Indicator[];
  revision: number;
  createdAt: string;
  updatedAt: string;
  unitCount: number;
  /** The units the last command changed, so other tabs fetch only those; null when they must reload all. */
  lastChange: { revision: number; units: UnitCode[]; removed: UnitCode[] } | null;
}

/** One member unit of one plan: an edit rewrites only this small record. */
export interface UnitRecord {
  planId: PlanId;
  code: UnitCode;
  /** Position in the plan's unit list. */
  order: number;
  name: string;
  type: string;
  volume: number | null;
  baseline: Partial<Record<IndicatorId, Rate>>;
  target: Partial<Record<IndicatorId, Rate>>;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The database and its full version history. Every later version keeps the declarations of the earlier
 * ones (Dexie needs them to upgrade an old database) and comes with an upgrade test.
 */
export class PlannerDatabase extends Dexie {
  plans!: EntityTable<PlanRecord, 'id'>;
  units!: Table<UnitRecord, [PlanId, UnitCode]>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = 'dvctt-planner') {
    super(name);
    this.version(1).stores({
      plans: 'id, updatedAt',
      units: '[planId+code], planId',
      settings: 'key',
    });
  }
}

export const isQuotaError = (e: unknown): boolean => {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
};
