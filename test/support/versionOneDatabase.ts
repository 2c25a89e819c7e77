import Dexie from 'dexie';
import type { Plan } from '../../src/domain/plan';

/**
 * Writes `plans` into a database called `name` exactly as version 1 of the app stored them (one record per
 * unit, `order` its position; the plan record with its unit count) and closes it, for upgrade tests.
 */
export async function writeVersionOneDatabase(name: string, plans: readonly Plan[], settings: Record<string, unknown> = {}): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ plans: 'id, updatedAt', units: '[planId+code], planId', settings: 'key' });
  for (const plan of plans) {
    const { units, ...meta } = plan;
    await v1.table('plans').put({ ...meta, unitCount: units.length, lastChange: null });
    await v1.table('units').bulkPut(units.map((u, order) => ({ planId: plan.id, order, ...u })));
  }
  for (const [key, value] of Object.entries(settings)) await v1.table('settings').put({ key, value });
  v1.close();
}
