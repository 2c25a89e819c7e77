import Dexie, { type EntityTable, type Table } from 'dexie';
import type { IndicatorId, PlanId, UnitCode } from '../domain/ids';
import type { Indicator } from '../domain/indicators';
import type { PlanStatus, VersionUnit } from '../domain/plan';
import type { Rate } from '../domain/rate';
import type { StoredJournalEntry } from './journalCodec';
import { planMigrations } from '../schema/planMigrations';
import { toColumns, type ResultColumns } from './resultColumns';

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
  lastChange: { revision: number; units: UnitCode[] } | null;
  /**
   * The plan's schema version (`schema/planSchema.ts`, the plan-file format version) its record and chunks are
   * written in; absent on records written before plans carried it (`storedPlan.ts`: they are version 3).
   */
  schemaVersion?: number;
}

/** One member unit as stored inside a chunk (the domain's unit, field for field). */
export interface StoredUnit {
  code: UnitCode;
  name: string;
  type: string;
  volume: number | null;
  baseline: Partial<Record<IndicatorId, Rate>>;
  target: Partial<Record<IndicatorId, Rate>>;
  /**
   * Locked target cells (plan schema version 4), absent when none: no Dexie upgrade, since units are checked
   * on read (`schema/unitShape.ts`) and older records, which have none, go through the plan chain as they are.
   */
  locked?: Partial<Record<IndicatorId, true>>;
  /** Monthly results (plan schema version 6), absent when none: like locks, no Dexie upgrade is needed. */
  results?: Record<string, number>;
}

/**
 * Version 1's record of one member unit: the unit with its plan and its position in the plan's list. Kept for
 * the upgrade to version 2, which moves every unit into chunks; nothing else reads or writes it.
 */
export interface UnitRecordV1 extends StoredUnit {
  planId: PlanId;
  order: number;
}

/**
 * Consecutive units of one plan: chunk `k` holds the units at positions `k·UNITS_PER_CHUNK` up to the next
 * chunk's first, in plan order. Why chunks and not one record per unit: IndexedDB charges every record a fixed
 * price (a separate value to clone, send and index), which dominated opening and importing a large plan
 * (10,598 records); 22 chunks cost a fraction of that. An edit rewrites its unit's chunk of small units:
 * a short clone.
 */
export interface UnitChunkRecord {
  planId: PlanId;
  chunk: number;
  /** The units, without their results when the chunk has `results`. */
  units: StoredUnit[];
  /**
   * The units' monthly results as columns (`resultColumns.ts`); absent when none has any, and in chunks written
   * before (their units carry their own). Read back only through `unitsOf`.
   */
  results?: ResultColumns;
}

export const UNITS_PER_CHUNK = 500;

/**
 * A district's plan file the province received, kept for the consolidated view until the user clears it: the
 * file's text as it came (decoded), read back through the same plan-file restore as any file, so a record that
 * no longer passes is reported, never shown half-read.
 */
export interface ReceivedFileRecord {
  /** Assigned by storage, in the order the files came. */
  seq?: number;
  fileName: string;
  text: string;
  receivedAt: string;
}

/**
 * A journal entry as stored: its place in the order of all writes (`seq`, given by IndexedDB); a large entry's
 * changes packed in columns (`journalCodec.ts`).
 */
export type JournalRecord = StoredJournalEntry & { seq?: number };

/**
 * One step of a plan's undo or redo history (Dexie version 7): which journal entry it is. A step is exactly one
 * journal entry (each command, undo and redo is journaled field by field, before and after), so the history
 * holds references, not a second copy: an import's 10,598-unit step costs a row like a typed cell's.
 */
export interface UndoRecord {
  seq?: number;
  planId: PlanId;
  stack: 'undo' | 'redo';
  /** The journal entry's `seq`. */
  entry: number;
}

/**
 * A named version of a plan (`domain/plan.ts` PlanVersion, rates in hundredths), in a table of its own, key
 * `[planId+id]`: a version holds every unit's targets (10,598 units × 5 indicators is about a megabyte to
 * clone), while the plan's record is rewritten with every command, so versions in it would make every edit's
 * write that much bigger. Read back through the plan's version schema (`schema/restoreVersion.ts`).
 */
export interface VersionRecord {
  planId: PlanId;
  id: string;
  name: string;
  savedAt: string;
  indicators: Indicator[];
  units: VersionUnit[];
  /** The plan schema version it was written in (5, the first with versions). */
  schemaVersion: number;
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
  unitChunks!: Table<UnitChunkRecord, [PlanId, number]>;
  settings!: EntityTable<SettingRecord, 'key'>;
  journal!: Table<JournalRecord, number>;
  receivedFiles!: EntityTable<ReceivedFileRecord, 'seq'>;
  undo!: Table<UndoRecord, number>;
  versions!: Table<VersionRecord, [PlanId, string]>;

  constructor(name = 'dvctt-planner') {
    // 'strict': a write is reported done only once it is on disk, so an edit shown as saved survives a
    // browser or computer crash (Chromium otherwise may acknowledge before flushing).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      plans: 'id, updatedAt',
      units: '[planId+code], planId',
      settings: 'key',
    });
    // Version 2: units in chunks. The upgrade moves every plan's units, in their order, into chunks; the
    // old table goes in version 3 (Dexie lets an upgrade read a table only if a later version deletes it).
    this.version(2).stores({
      unitChunks: '[planId+chunk]',
    }).upgrade(async (tx) => {
      // One plan at a time, so that memory holds one plan's units, however many plans there are.
      const units = tx.table<UnitRecordV1>('units');
      const chunks = tx.table<UnitChunkRecord>('unitChunks');
      for (const planId of await tx.table<PlanRecord, PlanId>('plans').toCollection().primaryKeys()) {
        const records = await units.where('planId').equals(planId).toArray();
        records.sort((a, b) => a.order - b.order);
        const list = records.map(({ code, name, type, volume, baseline, target }): StoredUnit => ({ code, name, type, volume, baseline, target }));
        await chunks.bulkPut(Array.from({ length: chunkCount(list.length) }, (_, k) => chunkAt(planId, list, k)));
      }
    });
    this.version(3).stores({ units: null });
    // Version 4: each indicator carries the plan's choice to check the members' aggregate against the
    // allocating unit's own target; plans stored before had no such check, so it starts off: the plan chain's
    // own step 1 → 2, the one plan files take. Later plan versions are not Dexie upgrades: a record carries its
    // schema version and goes through the same chain when read (`storedPlan.ts`, `PlanRepository.loadPlan`).
    this.version(4).stores({}).upgrade((tx) => tx.table<PlanRecord, PlanId>('plans').toCollection().modify((plan) => {
      const step = planMigrations.steps[1]!;
      plan.indicators = step({ indicators: plan.indicators }, 'hundredths').indicators as Indicator[];
    }));
    // Version 5: the plan files the province received, so that the consolidated view survives a reload.
    this.version(5).stores({ receivedFiles: '++seq' });
    // Version 6: each plan's change journal, in the order written (`journal.ts`).
    this.version(6).stores({ journal: '++seq, [planId+seq]' });
    // Version 7: each plan's undo and redo history, so that they survive a reload (`undoStore.ts`). Plans stored
    // before start with none: nothing to upgrade.
    this.version(7).stores({ undo: '++seq, [planId+stack+seq]' });
    // Version 8: each plan's named versions (`VersionRecord`); plans stored before have none.
    this.version(8).stores({ versions: '[planId+id]' });
    // Version 9: a chunk's monthly results as columns beside its units (`resultColumns.ts`). Nothing moves: chunks
    // written before keep their figures in their units and are read as they are. The version is raised for the
    // tabs of an older copy of the app, which would read the columns as no results and write their chunks back
    // without them: such a tab is told (`versionchange`, below) and reloads, and an older copy opening the
    // database is refused by IndexedDB instead of losing figures.
    this.version(9).stores({});
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

/** How many chunks hold `unitCount` units. */
export const chunkCount = (unitCount: number) => Math.ceil(unitCount / UNITS_PER_CHUNK);

/** Chunk `k` of a plan whose units, in order, are `units`: a record of its own (the array is a copy), results in columns. */
export const chunkAt = (planId: PlanId, units: readonly StoredUnit[], k: number): UnitChunkRecord =>
  ({ planId, chunk: k, ...toColumns(units.slice(k * UNITS_PER_CHUNK, (k + 1) * UNITS_PER_CHUNK)) });
