import { createPlannerStore, type PlannerStore, type PlanStore, type ReceivedFileStore } from '../storage/store';

/** The one store of the running app. Tests build their own on a database of their own. */
let store: PlannerStore | undefined;

export function plannerStore(): PlannerStore {
  store ??= createPlannerStore();
  return store;
}

export const planRepository = (): PlanStore => plannerStore().plans;

/** The province's received plan files, in the same database. */
export const receivedFileRepository = (): ReceivedFileStore => plannerStore().received;

export type { DamagedPlanSummary, PlanStore, PlanSummary } from '../storage/store';

export const newId = (): string => crypto.randomUUID();
export const nowIso = (): string => new Date().toISOString();
