import Dexie, { type ObservabilitySet } from 'dexie';
import type { PlanId } from '../domain/ids';
import type { Plan } from '../domain/plan';
import type { Progress } from './chunkIo';

/** How long a plan read ahead of its page may wait for it: a press on a link is followed by its click. */
export const AHEAD_MS = 3000;

interface Entry {
  id: PlanId;
  plan: Promise<Plan | undefined>;
  at: number;
  listeners: Set<Progress>;
  progress: number;
  expiry: ReturnType<typeof setTimeout>;
}

/**
 * One plan read ahead of its page (the pointer pressed on its link: the click, the route change and the page
 * follow), for that page to take instead of reading again. Dropped when anything is written to the database,
 * here or in another tab (Dexie's `storagemutated`), on Dexie's `all` (changes may have gone unannounced, as on
 * a page's return from the back-forward cache), after `AHEAD_MS`, or once taken: a page never gets a plan older
 * than storage.
 */
export class ReadAhead {
  private entry: Entry | undefined;

  constructor(private readonly databaseName: string) {}

  /** Starts `read` for the plan `id`, unless it is the one already read ahead. */
  start(id: PlanId, read: (onProgress: Progress) => Promise<Plan | undefined>): void {
    if (this.entry?.id === id) return;
    this.drop();
    const listeners = new Set<Progress>();
    const entry: Entry = {
      id, at: Date.now(), listeners, progress: 0,
      // Not taken (pressed, then dragged away): not kept, with a whole plan in it, until something else drops it.
      expiry: setTimeout(() => { if (this.entry === entry) this.drop(); }, AHEAD_MS),
      plan: read((p) => {
        entry.progress = p;
        for (const f of listeners) f(p);
      }),
    };
    entry.plan.catch(() => { if (this.entry === entry) this.drop(); });
    this.entry = entry;
    Dexie.on.storagemutated.subscribe(this.onMutated);
  }

  /** The plan `id` read ahead, if it still may be taken (once): its page is told the read's progress, now and as it goes. */
  take(id: PlanId, onProgress?: Progress): Promise<Plan | undefined> | undefined {
    const entry = this.entry;
    if (entry?.id !== id) return undefined;
    this.drop();
    if (Date.now() - entry.at > AHEAD_MS) return undefined;
    if (onProgress) {
      onProgress(entry.progress);
      entry.listeners.add(onProgress);
    }
    return entry.plan;
  }

  private readonly onMutated = (parts: ObservabilitySet) => {
    if ('all' in parts || Object.keys(parts).some((part) => part.startsWith(`idb://${this.databaseName}/`))) this.drop();
  };

  private drop() {
    if (!this.entry) return;
    clearTimeout(this.entry.expiry);
    this.entry = undefined;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
  }
}
