import Dexie, { liveQuery, type Table } from 'dexie';
import type { PlanId, UnitCode } from '../domain/ids';
import type { Plan, Unit } from '../domain/plan';
import type { Effect } from '../domain/commands';
import { unitPositions } from '../domain/unitPositions';
import { PlannerDatabase, type PlanRecord, type UnitRecord } from './database';

/**
 * Unit records handed to IndexedDB per request batch. Storing a record costs the page ~40–90 µs of
 * structured cloning and bookkeeping, all of it on the main thread at the moment `put` is called: 100,000
 * records in one `bulkPut` froze the page for 5–7 s. In batches, the page runs between them: the next batch
 * is issued when IndexedDB reports the one before it done (a task of its own, so input and painting get their
 * turn), while the transaction stays one.
 */
export const WRITE_BATCH = 300;
/** Unit records read per request: their deserialisation is one task each (~5,000 records ≈ 20–50 ms). */
export const READ_BATCH = 5000;

/** Progress of a long read or write, 0…1. */
export type Progress = (done: number) => void;

/** A whole plan being stored right now by this copy of the app (`savePlan` under way). */
export interface PlanBeingSaved {
  plan: Plan;
  /** Settles when the write does: resolved once it is stored, rejected if storage refused it (nothing written). */
  done: Promise<void>;
  /** Calls back with the write's progress (at once with where it is now) until unsubscribed. */
  watch(onProgress: Progress): () => void;
}

export type PlanSummary = Pick<PlanRecord, 'id' | 'name' | 'period' | 'allocatingUnit' | 'status' | 'updatedAt' | 'createdAt' | 'unitCount' | 'revision'>;

/** The revision in storage is not the one this copy of the plan started from: another tab wrote first. */
export class RevisionConflict extends Error {
  constructor(readonly stored: number, readonly expected: number) {
    super(`The plan was changed elsewhere (revision ${stored}, expected ${expected}).`);
    this.name = 'RevisionConflict';
  }
}

export class PlanNotFound extends Error {
  constructor(readonly id: PlanId) {
    super(`No plan ${id}.`);
    this.name = 'PlanNotFound';
  }
}

function toRecord(plan: Plan, lastChange: PlanRecord['lastChange']): PlanRecord {
  const { units, ...meta } = plan;
  return { ...meta, indicators: [...plan.indicators], unitCount: units.length, lastChange };
}

// The unit's own value maps: IndexedDB stores a copy (structured clone), and units are never changed in place.
const unitRecord = (planId: PlanId, unit: Unit, order: number): UnitRecord => ({
  planId, order, code: unit.code, name: unit.name, type: unit.type, volume: unit.volume,
  baseline: unit.baseline, target: unit.target,
});

const toUnit = (r: UnitRecord): Unit => ({ code: r.code, name: r.name, type: r.type, volume: r.volume, baseline: r.baseline, target: r.target });

/** The same stored plan record: nothing was written to the plan since (every write moves the revision or the time). */
const sameRecord = (a: PlanRecord, b: PlanRecord) =>
  a.revision === b.revision && a.updatedAt === b.updatedAt && a.unitCount === b.unitCount && a.createdAt === b.createdAt;

/** A plan record with the given units (in plan order) as a plan. */
export function planFromRecord(record: PlanRecord, units: readonly Unit[]): Plan {
  const { unitCount: _count, lastChange: _last, ...meta } = record;
  return { ...meta, units };
}

/** The units in plan order: `order` is the position, so each record goes straight to its place (O(n), no sort). */
function toPlan(record: PlanRecord, records: readonly UnitRecord[]): Plan {
  const units = new Array<Unit>(records.length);
  for (const r of records) {
    if (!Number.isInteger(r.order) || r.order < 0 || r.order >= records.length || units[r.order] !== undefined) {
      // Positions with gaps or repeats (never written by this app): sort, as a plan is its order.
      return planFromRecord(record, [...records].sort((a, b) => a.order - b.order).map(toUnit));
    }
    units[r.order] = toUnit(r);
  }
  return planFromRecord(record, units);
}

/**
 * Puts `count` records into `table` inside the running transaction, `WRITE_BATCH` at a time, each batch built
 * only when it is issued. After issuing a batch, the loop waits for a batch that is still being stored: the one
 * before (IndexedDB works on the new one meanwhile) or, when that one is already stored, the new one. Either
 * way the wait ends with an IndexedDB event, a task of its own, so the page always gets its turn between
 * batches. (Waiting on the batch before alone would not: when IndexedDB keeps up it is already stored, and the
 * loop went on in the same task.) It all stays one transaction: if any batch fails, the error reaches the
 * transaction, which is aborted, and nothing of it is written.
 */
async function putInBatches(table: Table<UnitRecord, [PlanId, UnitCode]>, count: number, record: (i: number) => UnitRecord, onProgress?: Progress): Promise<void> {
  let previous: { put: Promise<unknown>; stored: boolean } | undefined;
  for (let start = 0; start < count; start += WRITE_BATCH) {
    const end = Math.min(count, start + WRITE_BATCH);
    const batch: UnitRecord[] = [];
    for (let i = start; i < end; i++) batch.push(record(i));
    const current = { put: table.bulkPut(batch), stored: false };
    // A failure is thrown where the batch is awaited (below, or at the end); this only marks it handled.
    current.put.then(() => { current.stored = true; }, () => undefined);
    await (previous && !previous.stored ? previous.put : current.put);
    previous = current;
    onProgress?.(end / count);
  }
  if (previous) await previous.put;
}

export class PlanRepository {
  constructor(readonly db: PlannerDatabase) {}

  /**
   * The plan this copy of the app last stored whole (a new or replaced plan), kept until it is first loaded:
   * the page that opens it next takes it from here instead of reading back every unit it just wrote.
   * `loadPlan` uses it only while the stored plan record is still exactly the one written with it.
   */
  private justSaved: { plan: Plan; record: PlanRecord } | undefined;
  private saving = new Map<PlanId, { plan: Plan; done: Promise<void>; progress: number; listeners: Set<Progress> }>();

  /**
   * The plan of that id if this copy of the app is storing it whole right now: the page that opens it can show
   * it meanwhile, with the write's progress, and say when it is stored (or that it could not be).
   */
  beingSaved(id: PlanId): PlanBeingSaved | undefined {
    const entry = this.saving.get(id);
    if (!entry) return undefined;
    return {
      plan: entry.plan, done: entry.done,
      watch: (onProgress) => {
        onProgress(entry.progress);
        entry.listeners.add(onProgress);
        return () => entry.listeners.delete(onProgress);
      },
    };
  }

  async listPlans(): Promise<PlanSummary[]> {
    const records = await this.db.plans.orderBy('updatedAt').reverse().toArray();
    return records.map(({ id, name, period, allocatingUnit, status, updatedAt, createdAt, unitCount, revision }) =>
      ({ id, name, period, allocatingUnit, status, updatedAt, createdAt, unitCount, revision }));
  }

  /** The whole plan, read in one transaction, its units `READ_BATCH` at a time (in key order, by key range). */
  async loadPlan(id: PlanId, onProgress?: Progress): Promise<Plan | undefined> {
    const saved = this.justSaved;
    if (saved?.plan.id === id) this.justSaved = undefined;
    return this.db.transaction('r', this.db.plans, this.db.units, async () => {
      const pageAfter = (last: UnitRecord | undefined) => (last
        ? this.db.units.where('[planId+code]').between([id, last.code], [id, Dexie.maxKey], false, true)
        : this.db.units.where('[planId+code]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)).limit(READ_BATCH).toArray();
      // The plan record and the first units are asked for together: one round trip to IndexedDB, not two
      // (unless the units are likely not needed: the plan this copy has just stored whole).
      const firstPage = saved?.plan.id === id ? undefined : pageAfter(undefined);
      const record = await this.db.plans.get(id);
      if (!record) return undefined;
      if (saved?.plan.id === id && sameRecord(saved.record, record)) return saved.plan;
      const records: UnitRecord[] = [];
      for (let page = await (firstPage ?? pageAfter(undefined)); ; page = await pageAfter(records[records.length - 1])) {
        for (const r of page) records.push(r);
        if (page.length < READ_BATCH) break;
        onProgress?.(Math.min(1, records.length / Math.max(1, record.unitCount)));
      }
      return toPlan(record, records);
    });
  }

  async loadUnits(id: PlanId, codes: readonly UnitCode[]): Promise<(Unit | undefined)[]> {
    const records = await this.db.units.bulkGet(codes.map((code): [PlanId, UnitCode] => [id, code]));
    return records.map((r) => (r ? toUnit(r) : undefined));
  }

  /** Stores a whole plan (new, or replacing one) in one transaction. */
  async savePlan(plan: Plan, onProgress?: Progress): Promise<void> {
    const record = toRecord(plan, null);
    this.justSaved = undefined;
    const entry = { plan, progress: 0, listeners: new Set<Progress>(), done: Promise.resolve() };
    const report = (done: number) => {
      entry.progress = done;
      onProgress?.(done);
      for (const listener of entry.listeners) listener(done);
    };
    entry.done = this.db.transaction('rw', this.db.plans, this.db.units, async () => {
      // The plan's units are one range of the primary key [planId+code]: deleted in one request.
      await this.db.units.where('[planId+code]').between([plan.id, Dexie.minKey], [plan.id, Dexie.maxKey], true, true).delete();
      await putInBatches(this.db.units, plan.units.length, (i) => unitRecord(plan.id, plan.units[i]!, i), report);
      await this.db.plans.put(record);
    }).then(() => {
      this.justSaved = { plan, record };
    });
    this.saving.set(plan.id, entry);
    try {
      await entry.done;
    } finally {
      if (this.saving.get(plan.id) === entry) this.saving.delete(plan.id);
    }
  }

  /**
   * Writes the result of one command: the plan record and the units the command touched, in one
   * transaction, only if storage still holds the revision the command was applied to.
   */
  async commit(next: Plan, effect: Effect, baseRevision: number, onProgress?: Progress): Promise<void> {
    this.justSaved = undefined;
    await this.db.transaction('rw', this.db.plans, this.db.units, async () => {
      const stored = await this.db.plans.get(next.id);
      if (!stored) throw new PlanNotFound(next.id);
      if (stored.revision !== baseRevision) throw new RevisionConflict(stored.revision, baseRevision);
      if (effect.unitsMoved) {
        // Units came or went: every position may have moved, so `order` is rewritten for all (it always
        // equals the position in the plan), and other tabs are told to take the whole list again.
        if (effect.removed.length > 0) await this.db.units.bulkDelete(effect.removed.map((code): [PlanId, UnitCode] => [next.id, code]));
        await putInBatches(this.db.units, next.units.length, (i) => unitRecord(next.id, next.units[i]!, i), onProgress);
      } else if (effect.changed.length > 0) {
        const positions = unitPositions(next.units);
        await putInBatches(this.db.units, effect.changed.length, (k) => {
          const code = effect.changed[k]!;
          const i = positions.get(code);
          if (i === undefined) throw new Error(`Unit ${code} is not in the plan it changed.`);
          return unitRecord(next.id, next.units[i]!, i);
        }, onProgress);
      }
      await this.db.plans.put(toRecord(next, effect.unitsMoved ? null : { revision: next.revision, units: effect.changed, removed: [] }));
    });
  }

  /** The stored plan record alone (small): to check whether storage moved on. */
  getPlanRecord(id: PlanId): Promise<PlanRecord | undefined> {
    return this.db.plans.get(id);
  }

  /**
   * Stores `plan` unless the setting `onceKey` says it was stored before, in one transaction, so that two
   * tabs opening at once cannot both write it (and the second overwrite edits made in the first).
   */
  async savePlanOnce(plan: Plan, onceKey: string): Promise<boolean> {
    // Every start asks: a read answers it without a write transaction, which would hold up the plan's first read.
    if ((await this.db.settings.get(onceKey))?.value) return false;
    return this.db.transaction('rw', this.db.plans, this.db.units, this.db.settings, async () => {
      if ((await this.db.settings.get(onceKey))?.value) return false;
      await this.db.settings.put({ key: onceKey, value: true });
      if (await this.db.plans.get(plan.id)) return false;
      await putInBatches(this.db.units, plan.units.length, (i) => unitRecord(plan.id, plan.units[i]!, i));
      await this.db.plans.put(toRecord(plan, null));
      return true;
    });
  }

  async deletePlan(id: PlanId): Promise<void> {
    if (this.justSaved?.plan.id === id) this.justSaved = undefined;
    await this.db.transaction('rw', this.db.plans, this.db.units, async () => {
      await this.db.units.where('[planId+code]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true).delete();
      await this.db.plans.delete(id);
    });
  }

  /** Calls back with the plan record whenever it changes, in this tab or another. */
  watchPlan(id: PlanId, onChange: (record: PlanRecord | undefined) => void, onError: (e: unknown) => void): () => void {
    const subscription = liveQuery(() => this.db.plans.get(id)).subscribe({ next: onChange, error: onError });
    return () => subscription.unsubscribe();
  }

  watchPlanList(onChange: (plans: PlanSummary[]) => void, onError: (e: unknown) => void): () => void {
    const subscription = liveQuery(() => this.listPlans()).subscribe({ next: onChange, error: onError });
    return () => subscription.unsubscribe();
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }
}
