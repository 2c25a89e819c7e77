import { liveQuery, type Table } from 'dexie';
import type { PlanId } from '../domain/ids';
import type { Plan, Unit } from '../domain/plan';
import type { Effect } from '../domain/commands';
import { unitPositions } from '../domain/unitPositions';
import type { ChangeSource, JournalEntry } from '../domain/journal';
import { isSoundUnit } from '../schema/unitShape';
import { appendJournal, encodeJournal, readJournal, replaceJournalWith } from './journalStore';
import { applyUndoOps, deleteUndo, dropUndoRows, readUndo, type StoredUndoStep, type UndoOp } from './undoStore';
import { chunkAt, chunkCount, PlannerDatabase, UNITS_PER_CHUNK, type PlanRecord, type UnitChunkRecord } from './database';
import { CHUNKS_PER_READ, planRange, putAllChunks, putInBatches, type Progress } from './chunkIo';
import { PlanNotFound, RevisionConflict } from './storageErrors';
import { unitsOf } from './resultColumns';
import { ReadAhead } from './readAhead';
import { replaceVersions, versionRange, VersionRepository } from './versionRepository';
import { isOlderRecord, nameOf, planFromRecord, restoreStoredPlan, sameRecord, toPlan, toRecord, type DamagedPlanSummary } from './storedPlan';

export { planFromRecord };

export { inStage, READ_BATCH, WRITE_BATCH, type Progress } from './chunkIo';

/** A whole plan being stored right now by this copy of the app (`savePlan` under way). */
export interface PlanBeingSaved {
  plan: Plan;
  /** Settles when the write does: resolved once it is stored, rejected if storage refused it (nothing written). */
  done: Promise<void>;
  /** Calls back with the write's progress (at once with where it is now) until unsubscribed. */
  watch(onProgress: Progress): () => void;
}

export type PlanSummary = Pick<PlanRecord, 'id' | 'name' | 'period' | 'allocatingUnit' | 'status' | 'updatedAt' | 'createdAt' | 'unitCount' | 'revision'>;

export { PlanNotFound, RevisionConflict } from './storageErrors';

/** This page load, as journal entries name it: another tab's entries carry another. */
export const TAB_ID = Math.random().toString(36).slice(2, 10);

/** The journal entry of a plan made, replaced or deleted whole. */
const planEvent = (plan: Plan, event: 'created' | 'replaced' | 'deleted', source: ChangeSource, at = plan.updatedAt): JournalEntry =>
  ({ planId: plan.id, revision: plan.revision, at, tab: TAB_ID, source, command: null, changes: [], event });

/** The stored plans, sound ones as summaries for the list and damaged ones with why (the record alone is read). */
export interface PlanListing {
  plans: PlanSummary[];
  damaged: DamagedPlanSummary[];
}

export class PlanRepository {
  /** The plans' named versions (a table of their own; deleted with their plan, stored with a plan that brings some). */
  readonly versions: VersionRepository;

  constructor(readonly db: PlannerDatabase) {
    this.versions = new VersionRepository(db);
    this.ahead = new ReadAhead(db.name);
  }

  /**
   * The plan this copy of the app last stored whole (a new or replaced plan), kept until it is first loaded:
   * the page that opens it next takes it from here instead of reading back every unit it just wrote.
   * `loadPlan` uses it only while the stored plan record is still exactly the one written with it.
   */
  private justSaved: { plan: Plan; record: PlanRecord } | undefined;
  /** The plan stored in the transaction that created the database (`seedOnCreate`), when this start created it. */
  private seededNow: PlanId | undefined;
  private saving = new Map<PlanId, { plan: Plan; done: Promise<void>; progress: number; listeners: Set<Progress> }>();
  /** The plan read ahead of its page (`readAhead`), until that page takes it, storage changes or it is too old. */
  private readonly ahead: ReadAhead;

  /**
   * Starts reading a plan that is about to be opened (the pointer pressed on its link: the click, the route
   * change and the page follow), so that its page finds it read (`ReadAhead`: never a plan older than storage).
   */
  readAhead(id: PlanId): void {
    if (!this.saving.has(id)) this.ahead.start(id, (onProgress) => this.readPlan(id, onProgress));
  }

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

  /** The sound stored plans, newest first (a damaged one is left out: `listing` names it). */
  async listPlans(): Promise<PlanSummary[]> {
    return (await this.listing()).plans;
  }

  /** Every stored plan record through the plan's schema (its head: cheap), newest first. */
  async listing(): Promise<PlanListing> {
    const records = await this.db.plans.orderBy('updatedAt').reverse().toArray();
    const listing: PlanListing = { plans: [], damaged: [] };
    for (const record of records) {
      const head = await restoreStoredPlan(record, []);
      if (!head.ok) listing.damaged.push({ id: record.id, name: nameOf(record), problems: head.problems });
      else {
        const { id, name, period, allocatingUnit, status, updatedAt, createdAt, unitCount, revision } = record;
        listing.plans.push({ id, name, period, allocatingUnit, status, updatedAt, createdAt, unitCount, revision });
      }
    }
    return listing;
  }

  /** The whole plan, read in one transaction, its chunks `READ_BATCH` units at a time (in key order, by key range). */
  async loadPlan(id: PlanId, onProgress?: Progress): Promise<Plan | undefined> {
    return this.ahead.take(id, onProgress) ?? this.readPlan(id, onProgress);
  }

  private async readPlan(id: PlanId, onProgress?: Progress): Promise<Plan | undefined> {
    const saved = this.justSaved;
    if (saved?.plan.id === id) this.justSaved = undefined;
    return this.db.transaction('r', this.db.plans, this.db.unitChunks, async () => {
      const pageFrom = (chunk: number) => planRange(this.db, id, chunk).limit(CHUNKS_PER_READ).toArray();
      // The plan record and the first chunks are asked for together: one round trip to IndexedDB, not two
      // (unless the units are likely not needed: the plan this copy has just stored whole).
      const firstPage = saved?.plan.id === id ? undefined : pageFrom(0);
      const record = await this.db.plans.get(id);
      if (!record) return undefined;
      if (saved?.plan.id === id && sameRecord(saved.record, record)) return { plan: saved.plan };
      const chunks: UnitChunkRecord[] = [];
      let units = 0;
      for (let page = await (firstPage ?? pageFrom(0)); ; page = await pageFrom(chunks[chunks.length - 1]!.chunk + 1)) {
        for (const c of page) {
          chunks.push(c);
          units += c.units.length;
        }
        if (page.length < CHUNKS_PER_READ) break;
        onProgress?.(Math.min(1, units / Math.max(1, record.unitCount)));
      }
      return { record, chunks };
    }).then(async (read) => {
      if (!read) return undefined;
      if ('plan' in read) return read.plan;
      // Restored once the transaction is over: an older or damaged record may load the schema first.
      const plan = await toPlan(read.record, read.chunks);
      if (isOlderRecord(read.record)) await this.writeBack(plan);
      return plan;
    });
  }

  /**
   * A plan read from a record of an older schema version (migrated on read by the plan chain) is written back
   * whole in the current one, unless another tab wrote meanwhile, so that its record and chunks never mix
   * versions. Not a change of its contents: no revision, no journal entry.
   */
  private async writeBack(plan: Plan): Promise<void> {
    await this.db.transaction('rw', this.db.plans, this.db.unitChunks, async () => {
      const stored = await this.db.plans.get(plan.id);
      if (!stored || stored.revision !== plan.revision || !isOlderRecord(stored)) return;
      await planRange(this.db, plan.id).delete();
      await putAllChunks(this.db, plan);
      await this.db.plans.put(toRecord(plan, null));
    });
  }

  /** The stored units at these positions of the plan (undefined where it has none): a few chunks, not the plan. */
  async loadUnitsAt(id: PlanId, positions: readonly number[]): Promise<(Unit | undefined)[]> {
    const wanted = [...new Set(positions.map((p) => Math.floor(p / UNITS_PER_CHUNK)))];
    const chunks = await this.db.unitChunks.bulkGet(wanted.map((k): [PlanId, number] => [id, k]));
    const byChunk = new Map(wanted.map((k, i) => [k, chunks[i] && unitsOf(chunks[i])]));
    // A unit that fails the plan's schema is not handed out: the caller then reads the whole plan, which reports it.
    return positions.map((p) => {
      const unit = byChunk.get(Math.floor(p / UNITS_PER_CHUNK))?.[p % UNITS_PER_CHUNK];
      return isSoundUnit(unit) ? unit : undefined;
    });
  }

  /**
   * Stores a whole plan (new, or replacing one) in one transaction. `replacing`: the plan of that id, whatever
   * storage holds of it at that moment, is replaced, and the revision written is the one after the stored one
   * (read inside the transaction), so that every tab holding the old plan takes the new one and none of their
   * writes built on the old one goes through. Otherwise the plan's own revision is written.
   */
  async savePlan(plan: Plan, onProgress?: Progress, options: { replacing?: boolean; source?: ChangeSource } = {}): Promise<void> {
    await this.startSaving(plan, onProgress, [this.db.versions], async () => {
      const stored = options.replacing ? await this.db.plans.get(plan.id) : undefined;
      // Its versions go to their own table; a plan that brings none (an older file) leaves those stored as they are.
      const { versions, ...rest } = plan;
      const base: Plan = versions ? rest : plan;
      const written = options.replacing ? { ...base, revision: (stored?.revision ?? -1) + 1 } : base;
      if (versions) await replaceVersions(this.db, plan.id, versions);
      // The plan's chunks are one range of the primary key: deleted in one request.
      await planRange(this.db, plan.id).delete();
      return { written, event: options.replacing ? 'replaced' : 'created', source: options.source };
    });
  }

  /**
   * Starts storing a whole plan, in one transaction (over the plan's tables and `alsoTables`): `prepare` (inside it)
   * clears the way and says what to write, or nothing; then its chunks, its record and its journal entry. Until the
   * write settles, `beingSaved` hands the plan out (a page can show it meanwhile). Resolves, like `beingSaved(…).done`,
   * once it is stored.
   */
  private startSaving(plan: Plan, onProgress: Progress | undefined, alsoTables: Table[],
    prepare: () => Promise<{ written: Plan; event: 'created' | 'replaced'; source?: ChangeSource } | undefined>): Promise<void> {
    this.justSaved = undefined;
    const entry = { plan, progress: 0, listeners: new Set<Progress>(), done: Promise.resolve() };
    const report = (done: number) => {
      entry.progress = done;
      onProgress?.(done);
      for (const listener of entry.listeners) listener(done);
    };
    entry.done = this.db.transaction('rw', [this.db.plans, this.db.unitChunks, this.db.journal, ...alsoTables], async () => {
      const write = await prepare();
      return write && this.writeWhole(write.written, write.event, write.source, report);
    }).then((saved) => {
      if (saved) this.justSaved = saved;
    }).finally(() => {
      if (this.saving.get(plan.id) === entry) this.saving.delete(plan.id);
    });
    this.saving.set(plan.id, entry);
    return entry.done;
  }

  /**
   * A whole plan's chunks, record and journal entry, inside the caller's transaction: what was written. The three
   * are asked for together, not one after the other: IndexedDB carries them out in the order asked, and the
   * transaction makes them one write, so waiting for each before asking the next only cost round trips (three of
   * the demo's five on a first visit).
   */
  private async writeWhole(written: Plan, event: 'created' | 'replaced', source: ChangeSource = { kind: 'app' }, report?: Progress) {
    const record = toRecord(written, null);
    await Promise.all([
      putAllChunks(this.db, written, report),
      this.db.plans.put(record),
      appendJournal(this.db, encodeJournal([planEvent(written, event, source)])),
    ]);
    return { plan: written, record };
  }

  /**
   * Writes the result of one command: the plan record and the units the command touched, in one
   * transaction, only if storage still holds the revision the command was applied to; with its journal entries
   * and what it does to the plan's undo history (`undo`), in the same transaction.
   */
  async commit(next: Plan, effect: Effect, baseRevision: number, onProgress?: Progress, journal: readonly JournalEntry[] = [], undo: readonly UndoOp[] = []): Promise<void> {
    this.justSaved = undefined;
    // Encoded first, in this task: then the transaction's last task only stores them (see `encodeJournal`).
    const journalRecords = encodeJournal(journal.map((entry) => ({ ...entry, revision: next.revision })));
    const rows = await this.db.transaction('rw', [this.db.plans, this.db.unitChunks, this.db.journal, this.db.undo], async () => {
      const stored = await this.db.plans.get(next.id);
      if (!stored) throw new PlanNotFound(next.id);
      if (stored.revision !== baseRevision) throw new RevisionConflict(stored.revision, baseRevision);
      if (effect.unitsMoved) {
        // Units came, went or moved: every position may have changed, so every chunk is written again, those past the
        // new end deleted, and other tabs are told to take the whole list again.
        await planRange(this.db, next.id, chunkCount(next.units.length)).delete();
        await putAllChunks(this.db, next, onProgress);
      } else if (effect.changed.length > 0) {
        const positions = unitPositions(next.units);
        const touched = new Set<number>();
        for (const code of effect.changed) {
          const i = positions.get(code);
          if (i === undefined) throw new Error(`Unit ${code} is not in the plan it changed.`);
          touched.add(Math.floor(i / UNITS_PER_CHUNK));
        }
        const chunks = [...touched].sort((a, b) => a - b);
        await putInBatches(this.db.unitChunks, chunks.length, (k) => chunkAt(next.id, next.units, chunks[k]!), onProgress);
      }
      await this.db.plans.put(toRecord(next, effect.unitsMoved ? null : { revision: next.revision, units: effect.changed }));
      const keys = await appendJournal(this.db, journalRecords);
      return applyUndoOps(this.db, next.id, undo, (entry) => keys[journal.indexOf(entry)]);
    });
    for (const [step, row] of rows) step.row = row;
  }

  /** The stored plan record alone (small): to check whether storage moved on. */
  getPlanRecord(id: PlanId): Promise<PlanRecord | undefined> {
    return this.db.plans.get(id);
  }

  /**
   * Stores `plan` unless the setting `onceKey` says it was stored before (or a plan of its id is there), in one
   * transaction, so that two tabs opening at once cannot both write it (and the second overwrite edits made in the
   * first). For a database made before `seedOnCreate` stored the demo with it. Resolves with whether it stored it.
   */
  async savePlanOnce(plan: Plan, onceKey: string): Promise<boolean> {
    // Every start asks: a read answers it without a write transaction, which would hold up the plan's first read.
    if ((await this.db.settings.get(onceKey))?.value) return false;
    let stored = false;
    await this.startSaving(plan, undefined, [this.db.settings], async () => {
      if ((await this.db.settings.get(onceKey))?.value) return undefined;
      await this.db.settings.put({ key: onceKey, value: true });
      // A plan of its id from before the setting existed is left as it is.
      if (await this.db.plans.get(plan.id)) return undefined;
      stored = true;
      return { written: plan, event: 'created' };
    });
    return stored;
  }

  /**
   * Has `plan()` stored in the very transaction that creates the database (a first visit: the demo), with the
   * setting `onceKey` that `savePlanOnce` reads, so it is never stored uninvited again. The first visit then finds
   * it stored as soon as the database is open: no read to ask whether it is there, no write of its own to wait for.
   * Must be called before the database is opened.
   */
  seedOnCreate(plan: () => Plan, onceKey: string): void {
    this.db.on('populate', async () => {
      // Inside Dexie's upgrade transaction: every table used here joins it.
      const seed = plan();
      const [, saved] = await Promise.all([this.db.settings.put({ key: onceKey, value: true }), this.writeWhole(seed, 'created')]);
      // Its page takes it from here rather than reading it back.
      this.justSaved = saved;
      this.seededNow = seed.id;
    });
  }

  /** The plan `seedOnCreate` stored, if opening created the database in this start. */
  createdWith(): PlanId | undefined {
    return this.seededNow;
  }

  async deletePlan(id: PlanId, source: ChangeSource = { kind: 'app' }): Promise<void> {
    if (this.justSaved?.plan.id === id) this.justSaved = undefined;
    await this.db.transaction('rw', [this.db.plans, this.db.unitChunks, this.db.journal, this.db.undo, this.db.versions], async () => {
      const stored = await this.db.plans.get(id);
      await planRange(this.db, id).delete();
      await deleteUndo(this.db, id);
      await versionRange(this.db, id).delete();
      await this.db.plans.delete(id);
      if (stored) await replaceJournalWith(this.db, id, { ...planEvent(planFromRecord(stored, []), 'deleted', source, new Date().toISOString()), revision: stored.revision });
    });
  }

  /** A plan's change journal, oldest first (the latest `JOURNAL_LIMIT` entries). */
  journal(id: PlanId): Promise<JournalEntry[]> {
    return readJournal(this.db, id);
  }

  /** A plan's stored undo and redo steps, oldest first (see `undoStore.ts`). */
  undoHistory = (id: PlanId): Promise<{ undo: StoredUndoStep[]; redo: StoredUndoStep[] }> => readUndo(this.db, id);
  /** Forgets stored steps outside a command's write (an undo refused and forgotten). */
  dropUndoSteps = (rows: readonly number[]): Promise<void> => dropUndoRows(this.db, rows);

  /** Calls back with the plan record whenever it changes, in this tab or another. */
  watchPlan(id: PlanId, onChange: (record: PlanRecord | undefined) => void, onError: (e: unknown) => void): () => void {
    const subscription = liveQuery(() => this.db.plans.get(id)).subscribe({ next: onChange, error: onError });
    return () => subscription.unsubscribe();
  }

  watchPlanList(onChange: (listing: PlanListing) => void, onError: (e: unknown) => void): () => void {
    const subscription = liveQuery(() => this.listing()).subscribe({ next: onChange, error: onError });
    return () => subscription.unsubscribe();
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }
}
