import type { PlanId } from '../domain/ids';
import type { Plan, Unit } from '../domain/plan';
import type { FileProblem, Restored } from '../schema/fileProblem';
import { PLAN_SCHEMA_VERSION } from '../schema/planLimits';
import { restoreSoundStoredPlan } from '../schema/restoreStoredPlan';
import type { PlanRecord, UnitChunkRecord } from './database';
import { unitsOf } from './resultColumns';

/**
 * The schema version of a plan record written before records carried one: 3. Dexie's upgrade to database
 * version 4 ran the plan chain's step 1 → 2 on every stored plan, and step 2 → 3 changes nothing.
 */
export const UNVERSIONED_RECORD = 3;

/** The schema version a stored plan record was written in. */
export const recordVersion = (record: PlanRecord): unknown => record.schemaVersion ?? UNVERSIONED_RECORD;

/** Whether a record is older than this app's plans: it goes through the chain on read and is written back. */
export const isOlderRecord = (record: PlanRecord) => {
  const version = recordVersion(record);
  return typeof version === 'number' && version < PLAN_SCHEMA_VERSION;
};

/** A stored plan that fails the plan's schema: reported with every problem, never shown half-read. */
export class DamagedPlan extends Error {
  constructor(readonly id: PlanId, readonly planName: string, readonly problems: FileProblem[]) {
    super(`The stored plan ${id} is damaged: ${problems.map((p) => `${p.code} ${p.field ?? ''}`).join('; ')}`);
    this.name = 'DamagedPlan';
  }
}

/** A plan in the list that cannot be shown: its id, what it is called (as far as can be read) and why. */
export interface DamagedPlanSummary {
  id: PlanId;
  name: string;
  problems: FileProblem[];
}

/**
 * A plan record and its units (in order) → a plan, through the one restore of every plan: a record of this
 * version whose head and units are sound as they are is restored without Zod (`schema/restoreStoredPlan.ts`, the
 * usual case, so opening a plan never loads Zod); any other goes through `schema/restorePlan.ts`, loaded then:
 * migrated from the record's schema version by the same chain as files, checked against the same schema (rates
 * in hundredths here), with the record's own fields checked besides. `units` empty: the record's head alone (the
 * plan list, which does not read units).
 */
export async function restoreStoredPlan(record: PlanRecord, units: readonly unknown[]): Promise<Restored<Plan>> {
  const { revision, unitCount: _count, lastChange: _last, schemaVersion: _version, ...head } = record;
  const file = nameOf(record);
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) {
    return { ok: false, problems: [{ code: 'invalidValue', file, field: 'revision', params: { reason: 'type', expected: 'int' } }] };
  }
  const raw = { ...head, units };
  const version = recordVersion(record);
  const restored = restoreSoundStoredPlan(raw, version, file)
    ?? (await import('../schema/restorePlan')).restorePlan(raw, version, { file, rates: 'hundredths' });
  return restored.ok ? { ok: true, value: { ...restored.value, revision } } : restored;
}

/** What a stored plan is called, for a problem: its name if it has one, else its id. */
export const nameOf = (record: PlanRecord): string =>
  (typeof record.name === 'string' && record.name.trim() ? record.name : String(record.id));

/** A plan as its record (the units go to chunks), in this app's schema version. */
export function toRecord(plan: Plan, lastChange: PlanRecord['lastChange']): PlanRecord {
  const { units, ...meta } = plan;
  return { ...meta, indicators: [...plan.indicators], unitCount: units.length, lastChange, schemaVersion: PLAN_SCHEMA_VERSION };
}

/** The same stored plan record: nothing was written to the plan since (every write moves the revision or the time). */
export const sameRecord = (a: PlanRecord, b: PlanRecord) =>
  a.revision === b.revision && a.updatedAt === b.updatedAt && a.unitCount === b.unitCount && a.createdAt === b.createdAt;

/** A plan record with the given units (in plan order) as a plan. */
export function planFromRecord(record: PlanRecord, units: readonly Unit[]): Plan {
  const { unitCount: _count, lastChange: _last, schemaVersion: _version, ...meta } = record;
  return { ...meta, units };
}

/**
 * A plan from its record and its chunks in key (chunk) order, through the one restore of every plan
 * (`restoreStoredPlan`): a record that fails it is reported (`DamagedPlan`), never shown half-read.
 */
export async function toPlan(record: PlanRecord, chunks: readonly UnitChunkRecord[]): Promise<Plan> {
  const units: unknown[] = [];
  for (const c of chunks) for (const u of unitsOf(c)) units.push(u);
  const restored = await restoreStoredPlan(record, units);
  if (!restored.ok) throw new DamagedPlan(record.id, nameOf(record), restored.problems);
  return restored.value;
}
