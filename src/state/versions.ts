import { createSignal, onCleanup } from 'solid-js';
import type { PlanId } from '../domain/ids';
import type { Plan, PlanVersion } from '../domain/plan';
import { makeVersion, planFromVersion } from '../domain/versions/planVersion';
import type { PlanStore } from '../storage/store';
import { newId, nowIso } from './services';

/** The plan with its named versions as stored: what its file and a backup carry. */
export async function withVersions(plan: Plan, repo: PlanStore): Promise<Plan> {
  const { versions } = await repo.versions.list(plan.id);
  // Those stored, never any the plan came with (a plan opened as a file stored it with its versions): they may be gone since.
  const { versions: _brought, ...rest } = plan;
  return versions.length > 0 ? { ...rest, versions } : rest;
}

/**
 * The plan's named versions, oldest first, live across tabs (a version saved in one tab appears in the
 * other), and how many stored ones fail their schema. Must be created inside a Solid owner.
 */
export function createVersionList(repo: PlanStore, planId: PlanId) {
  const [versions, setVersions] = createSignal<readonly PlanVersion[] | undefined>(undefined);
  const [damaged, setDamaged] = createSignal(0);
  const stop = repo.versions.watch(planId, (listing) => {
    setVersions(listing.versions);
    setDamaged(listing.damaged);
  }, (e) => console.error('Listing versions failed', e));
  onCleanup(stop);
  return { versions, damaged };
}

/** Saves the plan's targets, assignment and locks as they are now under `name`; the version saved. */
export async function saveVersion(repo: PlanStore, plan: Plan, name: string): Promise<PlanVersion> {
  const version = makeVersion(plan, name, nowIso(), newId());
  await repo.versions.save(plan.id, version);
  return version;
}

export const deleteVersion = (repo: PlanStore, planId: PlanId, id: string) => repo.versions.remove(planId, id);

/** A new plan from the plan with the version's decisions ("restore as a new plan"); its id. */
export async function restoreAsNewPlan(repo: PlanStore, plan: Plan, version: PlanVersion, name: string): Promise<PlanId> {
  const copy = planFromVersion(plan, version, name, nowIso(), newId);
  await repo.savePlan(copy, undefined, { source: { kind: 'version', name: version.name } });
  return copy.id;
}
