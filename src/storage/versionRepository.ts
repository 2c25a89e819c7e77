import Dexie, { liveQuery } from 'dexie';
import type { PlanId } from '../domain/ids';
import type { PlanVersion } from '../domain/plan';
import { PLAN_SCHEMA_VERSION } from '../schema/planLimits';
import type { PlannerDatabase, VersionRecord } from './database';

/** A plan's versions, all of them: one range of the primary key [planId+id]. */
export const versionRange = (db: PlannerDatabase, id: PlanId) =>
  db.versions.where('[planId+id]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true);

const toRecord = (planId: PlanId, v: PlanVersion): VersionRecord =>
  ({ planId, id: v.id, name: v.name, savedAt: v.savedAt, indicators: [...v.indicators], units: [...v.units], schemaVersion: PLAN_SCHEMA_VERSION });

/**
 * Puts a plan's versions inside the caller's transaction (which must include `versions`), replacing those it
 * had: a plan stored whole from a file or a backup that carries versions.
 */
export async function replaceVersions(db: PlannerDatabase, planId: PlanId, versions: readonly PlanVersion[]): Promise<void> {
  await versionRange(db, planId).delete();
  await db.versions.bulkPut(versions.map((v) => toRecord(planId, v)));
}

/** The versions of a plan as stored: sound ones, oldest first, and how many fail their schema (left out, never half-read). */
export interface VersionListing {
  versions: PlanVersion[];
  damaged: number;
}

/**
 * The named versions of plans: saved, listed (live, across tabs) and deleted. Not commands: a version changes
 * nothing of the plan (restoring one is a command, `domain/versions/planVersion.ts`).
 */
export class VersionRepository {
  constructor(private readonly db: PlannerDatabase) {}

  async list(planId: PlanId): Promise<VersionListing> {
    const records = await versionRange(this.db, planId).toArray();
    const listing: VersionListing = { versions: [], damaged: 0 };
    if (records.length === 0) return listing;
    // The schema (Zod) loads when there are versions to read, after the read (a live query tracks the reads before any other wait).
    const { restoreStoredVersion } = await import('../schema/restoreVersion');
    for (const record of records) {
      const { planId: _plan, schemaVersion: _version, ...raw } = record;
      const restored = restoreStoredVersion(raw, record.name);
      if (restored.ok) listing.versions.push(restored.value);
      else listing.damaged++;
    }
    listing.versions.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
    return listing;
  }

  async save(planId: PlanId, version: PlanVersion): Promise<void> {
    await this.db.versions.put(toRecord(planId, version));
  }

  async remove(planId: PlanId, id: string): Promise<void> {
    await this.db.versions.delete([planId, id]);
  }

  /** Calls back with the plan's versions whenever they change, in this tab or another. */
  watch(planId: PlanId, onChange: (listing: VersionListing) => void, onError: (e: unknown) => void): () => void {
    const subscription = liveQuery(() => this.list(planId)).subscribe({ next: onChange, error: onError });
    return () => subscription.unsubscribe();
  }
}
