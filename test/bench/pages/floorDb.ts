import Dexie, { type EntityTable } from 'dexie';
import type { FloorRow } from './benchData';

/** The bare-library side of the benchmark keeps its rows in a database of its own: one record per unit. */
export class FloorDatabase extends Dexie {
  rows!: EntityTable<FloorRow & { code: string }, 'code'>;
  constructor() {
    // The same durability as the app's database, so both sides pay for the same disk flushes.
    super('bench-floor', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ rows: 'code' });
  }
}
