import { liveQuery } from 'dexie';
import type { PlanId, UnitCode } from '../domain/ids';
import type { Plan, Unit } from '../domain/plan';
import type { Effect } from '../domain/commands';
import { PlannerDatabase, type PlanRecord, type UnitRecord } from './database';

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

const unitRecord = (planId: PlanId, unit: Unit, order: number): UnitRecord => ({
  planId, order, code: unit.code, name: unit.name, type: unit.type, volume: unit.volume,
  baseline: { ...unit.baseline }, target: { ...unit.target },
});

const toUnit = (r: UnitRecord): Unit => ({ code: r.code, name: r.name, type: r.type, volume: r.volume, baseline: r.baseline, target: r.target });

/** A plan record with the given units (in plan order) as a plan. */
export function planFromRecord(record: PlanRecord, units: readonly Unit[]): Plan {
  const { unitCount: _count, lastChange: _last, ...meta } = record;
  return { ...meta, units };
}

const toPlan = (record: PlanRecord, units: UnitRecord[]) => planFromRecord(record, units.sort((a, b) => a.order - b.order).map(toUnit));

/**
 * Plans in IndexedDB. A plan is one small record plus one record per unit, so an edit writes two
 * small records in one transaction whatever the plan's size. Every write checks the stored revision
 * inside its transaction: a copy of the plan that is behind can never overwrite newer data.
 */
export class PlanRepository {
  constructor(readonly db: PlannerDatabase) {}

  async listPlans(): Promise<PlanSummary[]> {
    const records = await this.db.plans.orderBy('updatedAt').reverse().toArray();
    return records.map(({ id, name, period, allocatingUnit, status, updatedAt, createdAt, unitCount, revision }) =>
      ({ id, name, period, allocatingUnit, status, updatedAt, createdAt, unitCount, revision }));
  }

  async loadPlan(id: PlanId): Promise<Plan | undefined> {
    return this.db.transaction('r', this.db.plans, this.db.units, async () => {
      const record = await this.db.plans.get(id);
      if (!record) return undefined;
      return toPlan(record, await this.db.units.where('planId').equals(id).toArray());
    });
  }

  async loadUnits(id: PlanId, codes: readonly UnitCode[]): Promise<(Unit | undefined)[]> {
    const records = await this.db.units.bulkGet(codes.map((code): [PlanId, UnitCode] => [id, code]));
    return records.map((r) => (r ? toUnit(r) : undefined));
  }

  /** Stores a whole plan (new, or replacing one) in one transaction. */
  async savePlan(plan: Plan): Promise<void> {
    await this.db.transaction('rw', this.db.plans, this.db.units, async () => {
      await this.db.units.where('planId').equals(plan.id).delete();
      await this.db.units.bulkPut(plan.units.map((u, i) => unitRecord(plan.id, u, i)));
      await this.db.plans.put(toRecord(plan, null));
    });
  }

  /**
   * Writes the result of one command: the plan record and the units the command touched, in one
   * transaction, only if storage still holds the revision the command was applied to.
   */
  async commit(next: Plan, effect: Effect, baseRevision: number): Promise<void> {
    await this.db.transaction('rw', this.db.plans, this.db.units, async () => {
      const stored = await this.db.plans.get(next.id);
      if (!stored) throw new PlanNotFound(next.id);
      if (stored.revision !== baseRevision) throw new RevisionConflict(stored.revision, baseRevision);
      if (effect.unitsMoved) {
        // Units came or went: every position may have moved, so `order` is rewritten for all (it always
        // equals the position in the plan), and other tabs are told to take the whole list again.
        if (effect.removed.length > 0) await this.db.units.bulkDelete(effect.removed.map((code): [PlanId, UnitCode] => [next.id, code]));
        await this.db.units.bulkPut(next.units.map((u, i) => unitRecord(next.id, u, i)));
      } else if (effect.changed.length > 0) {
        const wanted = new Set(effect.changed);
        const records: UnitRecord[] = [];
        next.units.forEach((u, i) => { if (wanted.has(u.code)) records.push(unitRecord(next.id, u, i)); });
        await this.db.units.bulkPut(records);
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
      await this.db.units.bulkPut(plan.units.map((u, i) => unitRecord(plan.id, u, i)));
      await this.db.plans.put(toRecord(plan, null));
      return true;
    });
  }

  async deletePlan(id: PlanId): Promise<void> {
    await this.db.transaction('rw', this.db.plans, this.db.units, async () => {
      await this.db.units.where('planId').equals(id).delete();
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
