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
    // 'strict': a write is reported done only once it is on disk, so an edit shown as saved survives a
    // browser or computer crash (Chromium otherwise may acknowledge before flushing).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      plans: 'id, updatedAt',
      units: '[planId+code], planId',
      settings: 'key',
    });
    // A newer version of the app opened in another tab wants to upgrade the database. Instead of Dexie's
    // silent close (after which this tab's writes would fail), the app is told, so it can store what is being
    // typed and reload into the new version.
    this.on('versionchange', () => {
      if (this.onUpgradeElsewhere) {
        void this.onUpgradeElsewhere();
        return false;
      }
      return undefined;
    });
  }

  /** Set by the app: what to do when another tab upgrades the database (store pending edits, close, reload). */
  onUpgradeElsewhere: (() => Promise<void>) | undefined;
}

export const isQuotaError = (e: unknown): boolean => {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
};
