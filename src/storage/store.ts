import { isQuotaError, PlannerDatabase } from './database';
import { PlanRepository } from './planRepository';
import { ReceivedFileRepository } from './receivedFileRepository';

/**
 * Storage as the rest of the app sees it: plans (with their change journal) and the province's received
 * files, behind methods; no Dexie object, table or transaction ever leaves `storage/`. Opening, another tab
 * blocking it, and another tab upgrading it are handled here too.
 */
export type PlanStore = Omit<PlanRepository, 'db'>;
export type ReceivedFileStore = Omit<ReceivedFileRepository, 'db'>;

export interface PlannerStore {
  plans: PlanStore;
  received: ReceivedFileStore;
  /** Opens the database (upgrading it if need be); `onBlocked` is called while another tab keeps an older version open. */
  open(onBlocked: () => void): Promise<void>;
  /** What to do when a newer version of the app, in another tab, wants to upgrade the database: store, let go, reload. */
  onUpgradeElsewhere(handler: () => Promise<void>): void;
  /** Lets go of the database (before a reload into a newer version). */
  close(): void;
}

export function createPlannerStore(name?: string): PlannerStore {
  const db = new PlannerDatabase(name);
  return {
    plans: new PlanRepository(db),
    received: new ReceivedFileRepository(db),
    async open(onBlocked) {
      db.on('blocked', onBlocked);
      try {
        await db.open();
      } finally {
        db.on('blocked').unsubscribe(onBlocked);
      }
    },
    onUpgradeElsewhere(handler) {
      db.onUpgradeElsewhere = handler;
    },
    close: () => db.close(),
  };
}

export { isQuotaError };
export { inStage, PlanNotFound, planFromRecord, RevisionConflict, TAB_ID } from './planRepository';
export type { PlanBeingSaved, PlanListing, PlanSummary, Progress } from './planRepository';
export { DamagedPlan } from './storedPlan';
export type { DamagedPlanSummary } from './storedPlan';
export type { PlanRecord as StoredPlanHead } from './database';
export { UNDO_LIMIT } from './undoStore';
export { JOURNAL_LIMIT } from './journalStore';
export type { StoredUndoStep, UndoOp, UndoStepRef } from './undoStore';
export type { ProvincePlanChoice, StoredReceivedFile } from './receivedFileRepository';
