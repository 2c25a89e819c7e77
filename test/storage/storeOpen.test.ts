/**
 * Opening the store: the app starts it before its pages exist and asks again when it shows the outcome, so every
 * ask waits for one opening, and whoever asks hears of another tab keeping the database, even from before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPlannerStore, type PlannerStore } from '../../src/storage/store';
import { databaseNumber } from '../support/planRepositories';

const stores: PlannerStore[] = [];
const held: IDBDatabase[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const db of held.splice(0)) db.close();
});

const newStore = (name: string) => {
  const store = createPlannerStore(name);
  stores.push(store);
  return store;
};

/** A connection at IndexedDB version 10 (the app's first version) that ignores requests to close: a hung tab. */
const holdOldVersion = (name: string) => new Promise<IDBDatabase>((resolve, reject) => {
  const request = indexedDB.open(name, 10);
  request.onupgradeneeded = () => request.result.createObjectStore('settings', { keyPath: 'key' });
  request.onsuccess = () => { held.push(request.result); resolve(request.result); };
  request.onerror = () => reject(request.error);
});

/** A store whose opening another tab blocks: the opening under way, once it has been told of the block. */
async function blockedOpening(label: string) {
  const name = `${label}-${databaseNumber()}`;
  const holder = await holdOldVersion(name);
  const store = newStore(name);
  const told: string[] = [];
  const opening = store.open(() => told.push('blocked'));
  await expect.poll(() => told).toEqual(['blocked']);
  return { holder, store, opening };
}

describe('PlannerStore.open', () => {
  it('opens once however many ask, and the store works for all of them', async () => {
    const store = newStore(`open-${databaseNumber()}`);
    const first = store.open(() => undefined);
    const second = store.open(() => undefined);
    await Promise.all([first, second]);
    await store.open(() => undefined); // once open, asking again is answered at once
    expect(await store.plans.listPlans()).toEqual([]);
  });

  it('tells a later ask that the opening is blocked by another tab, and both go on once that tab lets go', async () => {
    const { holder, store, opening } = await blockedOpening('blocked');

    // The page that shows the outcome asks after the block began: it is told at once.
    const late: string[] = [];
    const shown = store.open(() => late.push('blocked'));
    expect(late).toEqual(['blocked']);

    holder.close();
    await Promise.all([opening, shown]);
    expect(await store.plans.listPlans()).toEqual([]);
  });

  it('tries again when asked after an opening that failed', async () => {
    const { holder, store, opening } = await blockedOpening('failed');
    // Let go while blocked (as before a reload): that opening fails…
    store.close();
    // …and one asked for at once is an attempt of its own: not told of the old one's block.
    const early: string[] = [];
    const next = store.open(() => early.push('blocked')).catch(() => 'failed');
    expect(early).toEqual([]);
    await expect(opening).rejects.toThrow();
    holder.close();
    await next;
    // …and the next ask opens the database anew, rather than answering with the old failure or its block.
    const told: string[] = [];
    await store.open(() => told.push('blocked'));
    expect(told).toEqual([]);
    expect(await store.plans.listPlans()).toEqual([]);
  });
});
