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
  /**
   * Opens the database (upgrading it if need be); `onBlocked` is called while another tab keeps an older version
   * open. Asked again while opening (or once open), it waits for the same opening.
   */
  open(onBlocked: () => void): Promise<void>;
  /** What to do when a newer version of the app, in another tab, wants to upgrade the database: store, let go, reload. */
  onUpgradeElsewhere(handler: () => Promise<void>): void;
  /** Lets go of the database (before a reload into a newer version). */
  close(): void;
}

export function createPlannerStore(name?: string): PlannerStore {
  const db = new PlannerDatabase(name);
  // One opening however many ask (the app starts it before its pages exist, `state/startStore.ts`; the page
  // that shows the outcome asks again): whoever asks hears of a blocked upgrade, even one that began earlier.
  // Each attempt keeps its own state: a failed or closed one never resets the one asked for after it.
  interface Opening { done: Promise<void>; blocked: boolean; waiting: Set<() => void> }
  let opening: Opening | undefined;
  const startOpening = (): Opening => {
    const attempt: Opening = { done: Promise.resolve(), blocked: false, waiting: new Set() };
    const onBlocked = () => {
      attempt.blocked = true;
      for (const listener of attempt.waiting) listener();
    };
    db.on('blocked', onBlocked);
    attempt.done = db.open().then(() => undefined, (e: unknown) => {
      if (opening === attempt) opening = undefined; // asked again, it tries again
      throw e;
    }).finally(() => db.on('blocked').unsubscribe(onBlocked));
    return attempt;
  };
  return {
    plans: new PlanRepository(db),
    received: new ReceivedFileRepository(db),
    async open(onBlocked) {
      const attempt = (opening ??= startOpening());
      if (attempt.blocked) onBlocked();
      attempt.waiting.add(onBlocked);
      try {
        await attempt.done;
      } finally {
        attempt.waiting.delete(onBlocked);
      }
    },
    onUpgradeElsewhere(handler) {
      db.onUpgradeElsewhere = handler;
    },
    close: () => {
      opening = undefined;
      db.close();
    },
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
