import { describe, expect, test } from 'vitest';
import { useApp } from './support/browser';
import { eventually, PlanPage } from './support/planPage';
import { readStoredUnit } from './support/durability';

const DEMO = 'demo-tuy-phuoc-2023-h2';

/** The stored target of a unit of the demo plan, read with plain IndexedDB (not through the app). */
async function storedTarget(page: PlanPage['page'], code: string): Promise<number | undefined> {
  return (await readStoredUnit(page, DEMO, code))?.target.online_dossiers;
}

describe('a tab holding an old state', () => {
  const app = useApp();

  test('cannot overwrite newer data: its write is refused, the user told, and its edit applied on top of the newer plan', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    await plan.waitSaved();

    // Another copy of the app writes behind this tab's back, and this tab is not told (a raw IndexedDB
    // write, as from a tab whose notice has not arrived): this tab now holds an old state.
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('dvctt-planner');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['plans', 'unitChunks'], 'readwrite');
        const plans = tx.objectStore('plans');
        const chunks = tx.objectStore('unitChunks');
        const getPlan = plans.get('demo-tuy-phuoc-2023-h2');
        getPlan.onsuccess = () => {
          const record = getPlan.result as { revision: number; lastChange: unknown };
          plans.put({ ...record, revision: record.revision + 1, lastChange: null });
          // The demo plan's units fit in its first chunk.
          const getChunk = chunks.get(['demo-tuy-phuoc-2023-h2', 0]);
          getChunk.onsuccess = () => {
            const chunk = getChunk.result as { units: { code: string; target: Record<string, number> }[] };
            chunks.put({ ...chunk, units: chunk.units.map((u) => (u.code === '21955' ? { ...u, target: { ...u.target, online_dossiers: 9100 } } : u)) });
          };
        };
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    expect(await plan.cellText('21955', 'target.online_dossiers')).toBe('57'); // the stale view

    // The stale tab writes: storage refuses the old base, the tab takes the newer plan and re-applies its edit.
    await plan.typeInto('21952', 'target.online_dossiers', '70');
    await page.getByTestId('save-problem').waitFor();
    expect(await page.getByTestId('save-problem').getAttribute('data-problem')).toBe('merged');
    await plan.waitSaved();
    await eventually(() => plan.cellText('21955', 'target.online_dossiers')).toBe('91');
    expect(await plan.cellText('21952', 'target.online_dossiers')).toBe('70');
    // Storage holds both: the other copy's edit and this tab's.
    expect(await storedTarget(page, '21955')).toBe(9100);
    expect(await storedTarget(page, '21952')).toBe(7000);
    await plan.reload();
    expect([await plan.cellText('21952', 'target.online_dossiers'), await plan.cellText('21955', 'target.online_dossiers')]).toEqual(['70', '91']);
  });
});
