import { PlannerDatabase } from '../storage/database';
import { PlanRepository } from '../storage/planRepository';
import { ReceivedFileRepository } from '../storage/receivedFileRepository';

/** The one database of the running app. Tests build their own repository on a database of their own. */
let repository: PlanRepository | undefined;

export function planRepository(): PlanRepository {
  repository ??= new PlanRepository(new PlannerDatabase());
  return repository;
}

let received: ReceivedFileRepository | undefined;

/** The province's received plan files, in the same database. */
export function receivedFileRepository(): ReceivedFileRepository {
  received ??= new ReceivedFileRepository(planRepository().db);
  return received;
}

export type { PlanRepository, PlanSummary } from '../storage/planRepository';

export const newId = (): string => crypto.randomUUID();
export const nowIso = (): string => new Date().toISOString();
