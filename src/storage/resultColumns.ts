import { parseResultKey } from '../domain/monitoring/resultKey';
import { settledRecord } from '../domain/settledRecord';

/**
 * The monthly results of a chunk's units as columns: one column per result key found in the chunk, and one
 * number per unit and column, row by row (`values[unit · keys.length + column]`), NaN where a unit has none.
 *
 * Why columns: a unit's results are the largest part of it (6 months × 5 indicators × 2 counts = 60 numbers,
 * each under its own key), and IndexedDB clones a record on the page's main thread, property by property. A
 * month's import changes every unit, so every chunk is written again: as objects, 10,598 units' results cost
 * about four times the rest of the units to clone; as one Float64Array per chunk, they are copied as one block.
 * The plan read back is the same: `unitsOf` gives each unit its `results` record again.
 */
export interface ResultColumns {
  keys: string[];
  values: Float64Array;
}

/** A unit as stored (`database.ts` StoredUnit): here, only its results matter. */
interface WithResults {
  results?: Record<string, number>;
}

/** The units without their results, and the results as columns (absent when no unit has a `results` record). */
export function toColumns<U extends WithResults>(units: readonly U[]): { units: U[]; results?: ResultColumns } {
  if (!units.some((u) => u.results)) return { units: units.slice() };
  const column = new Map<string, number>();
  // Units mostly have the same keys in the same order: each unit's keys are mapped to columns once per run of them.
  let previous: { keys: string[]; columns: number[] } = { keys: [], columns: [] };
  const rows = units.map((u) => {
    if (!u.results) return undefined;
    const keys = Object.keys(u.results);
    if (!sameKeys(keys, previous.keys)) previous = { keys, columns: keys.map((k) => column.get(k) ?? column.set(k, column.size).size - 1) };
    return previous;
  });
  const width = column.size;
  const values = new Float64Array(units.length * width).fill(NaN);
  const bare = units.map((u, row) => {
    const at = rows[row];
    if (!at || !u.results) return u;
    const { results, ...rest } = u;
    for (let i = 0; i < at.keys.length; i++) values[row * width + at.columns[i]!] = results[at.keys[i]!]!;
    return rest as U;
  });
  return { units: bare, results: { keys: [...column.keys()], values } };
}

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * A chunk's units as stored, each with its `results` record again (a chunk written before results were columns
 * carries them in its units: those are taken as they are). Columns that do not fit their units (another length, a
 * key repeated or not a result key) are not dropped: every unit is given them as its `results`, which the plan's schema then reports, so a damaged chunk is never
 * read as a plan without results.
 */
export function unitsOf<U extends WithResults>(chunk: { units: readonly U[]; results?: unknown }): U[] {
  const columns = chunk.results;
  if (columns === undefined) return chunk.units as U[];
  if (!fits(columns, chunk.units.length)) return chunk.units.map((u) => ({ ...u, results: columns as Record<string, number> }));
  const { keys, values } = columns;
  const width = keys.length;
  // The units are those just read from IndexedDB (copies no one else holds): given their results in place.
  const units = chunk.units as U[];
  units.forEach((u, row) => {
    let results: Record<string, number> | undefined;
    for (let c = 0; c < width; c++) {
      const v = values[row * width + c]!;
      if (v === v) (results ??= {})[keys[c]!] = v;
    }
    if (results) u.results = settledRecord(results);
  });
  return units;
}

/**
 * Columns of the expected shape for `rows` units: distinct result keys (`monitoring/resultKey.ts`; the restore checks
 * their months and indicators against the plan) and one number per unit and key.
 */
const fits = (columns: unknown, rows: number): columns is ResultColumns => {
  const c = columns as Partial<ResultColumns> | null;
  return typeof c === 'object' && c !== null && Array.isArray(c.keys) && c.keys.every((k) => typeof k === 'string' && parseResultKey(k) !== null)
    && new Set(c.keys).size === c.keys.length && c.values instanceof Float64Array && c.values.length === rows * c.keys.length;
};
