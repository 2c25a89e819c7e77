import { PlannerDatabase } from '../storage/database';
import { PlanRepository } from '../storage/planRepository';

/** The one database of the running app. Tests build their own repository on a database of their own. */
let repository: PlanRepository | undefined;

export function planRepository(): PlanRepository {
  repository ??= new PlanRepository(new PlannerDatabase());
  return repository;
}

export type { PlanRepository, PlanSummary } from '../storage/planRepository';

export const newId = (): string => crypto.randomUUID();
export const nowIso = (): string => new Date().toISOString();
