import type { CDPSession, Page } from 'playwright-core';
import type { PlanPage } from './planPage';

/** The app's IndexedDB database (src/storage/database.ts). */
export const DATABASE_NAME = 'dvctt-planner';

/** A unit as IndexedDB holds it (inside its chunk, its results beside it), read without the app (no Dexie, no app code). */
export interface StoredUnit {
  code: string;
  target: Record<string, number>;
  baseline: Record<string, number>;
  results?: Record<string, number>;
}

/**
 * Reads one unit of a plan straight from IndexedDB, in the page's origin: the `unitChunks` store holds a
 * plan's units in chunks keyed [planId, chunk]; the unit is looked for in all of them, with its monthly results.
 */
export function readStoredUnit(page: Page, planId: string, code: string): Promise<StoredUnit | null> {
  return page.evaluate(([name, plan, unit]) => new Promise<StoredUnit | null>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(new Error(`indexedDB.open: ${String(open.error)}`));
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction('unitChunks', 'readonly').objectStore('unitChunks').getAll(IDBKeyRange.bound([plan, 0], [plan, Infinity]));
      request.onerror = () => { db.close(); reject(new Error(`unitChunks.getAll: ${String(request.error)}`)); };
      request.onsuccess = () => {
        db.close();
        // A chunk's monthly results are columns beside its units (src/storage/resultColumns.ts): the unit's row of them.
        for (const c of request.result as { units: StoredUnit[]; results?: { keys: string[]; values: Float64Array } }[]) {
          const row = c.units.findIndex((u) => u.code === unit);
          if (row < 0) continue;
          const found = c.units[row]!;
          if (!c.results) return resolve(found);
          const { keys, values } = c.results;
          const results = Object.fromEntries(keys.map((k, i) => [k, values[row * keys.length + i]!]).filter(([, v]) => !Number.isNaN(v)));
          return resolve(Object.keys(results).length > 0 ? { ...found, results } : found);
        }
        resolve(null);
      };
    };
  }), [DATABASE_NAME, planId, code] as const);
}

/** What the origin uses and may use, as the page sees it (`navigator.storage.estimate()`). */
export function storageEstimate(page: Page): Promise<{ usage: number; quota: number }> {
  return page.evaluate(async () => {
    const { usage, quota } = await navigator.storage.estimate();
    return { usage: usage ?? 0, quota: quota ?? 0 };
  });
}

/**
 * Overrides the origin's storage quota through the DevTools protocol (Chromium only); `undefined` removes
 * the override and gives the origin its default quota back.
 */
export async function overrideQuota(cdp: CDPSession, origin: string, quotaSize: number | undefined): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', quotaSize === undefined ? { origin } : { origin, quotaSize });
}

/**
 * The displayed text of many grid cells, read in one round trip: `{ "<row>|<col>": text }`. A missing
 * cell reads as `null`, so a row or column the grid does not show fails a comparison loudly.
 */
export function readCells(plan: PlanPage, rows: readonly string[], cols: readonly string[]): Promise<Record<string, string | null>> {
  return plan.grid.evaluate((grid, [rowIds, colIds]) => {
    const out: Record<string, string | null> = {};
    for (const row of rowIds) {
      for (const col of colIds) {
        const cells = grid.querySelectorAll(`[role="row"][row-id="${row}"] [role="gridcell"][col-id="${col}"]`);
        out[`${row}|${col}`] = cells.length === 1 ? (cells[0]!.textContent ?? '').trim() : null;
      }
    }
    return out;
  }, [rows, cols] as const);
}

/** A small seeded generator (mulberry32), so a failing soak run can be replayed with its printed seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A target from 40,0 to 99,9 in tenths, as the grid displays it in Vietnamese (`57,5`; `57` for 57,0). */
export function viTarget(tenths: number): string {
  const whole = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  return decimal === 0 ? String(whole) : `${whole},${decimal}`;
}

/**
 * Tries to store `bytes` of incompressible data in a scratch database of the origin and returns the
 * name of the error storage answered with (or `null` when it stored it); the scratch database is deleted.
 *
 * Why: Chromium's IndexedDB caches the space the quota manager last granted and lets writes smaller than
 * that allowance through without asking again for up to 30 s (BucketContext::CheckCanUseDiskSpace), so a
 * lowered quota is not seen by small writes at once. A write larger than the allowance makes it ask the
 * quota manager, and after a refusal the allowance is zero: every later write is checked.
 */
export function tryScratchWrite(page: Page, bytes: number): Promise<string | null> {
  return page.evaluate(async (size) => {
    const name = 'durability-scratch';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('blobs');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(`indexedDB.open: ${String(open.error)}`));
    });
    const data = new Uint8Array(size);
    for (let i = 0; i < size; i += 65_536) crypto.getRandomValues(data.subarray(i, Math.min(size, i + 65_536)));
    const refusal = await new Promise<string | null>((resolve) => {
      const tx = db.transaction('blobs', 'readwrite');
      tx.objectStore('blobs').put(data, 1);
      tx.oncomplete = () => resolve(null);
      tx.onabort = () => resolve(tx.error?.name ?? 'AbortError');
    });
    db.close();
    await new Promise<void>((resolve, reject) => {
      const del = indexedDB.deleteDatabase(name);
      del.onsuccess = () => resolve();
      del.onerror = () => reject(new Error(`deleteDatabase: ${String(del.error)}`));
    });
    return refusal;
  }, bytes);
}
