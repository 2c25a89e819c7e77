import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredUnit } from '../../src/storage/database';
import { toColumns, unitsOf } from '../../src/storage/resultColumns';
import { code as unitCode } from '../support/builders';

const resultKeyArb = fc.tuple(fc.constantFrom('2023-07', '2023-08', '2023-12'), fc.constantFrom('online_dossiers', 'e_results'), fc.constantFrom('n', 'd', 'r'))
  .map(([m, id, part]) => `${m}/${id}/${part}`);

const unitArb = fc.record({
  code: fc.string({ minLength: 1, maxLength: 6 }),
  results: fc.option(fc.dictionary(resultKeyArb, fc.integer({ min: 0, max: 1_000_000 }), { maxKeys: 8 }), { nil: undefined }),
}).map(({ code, results }): StoredUnit => ({ code: unitCode(code), name: `Xã ${code}`, type: 'xa', volume: null, baseline: {}, target: {}, ...(results ? { results } : {}) }));

/** What a stored record becomes on the way through IndexedDB: a structured clone. */
const stored = <T>(value: T): T => structuredClone(value);

describe('result columns of a chunk', () => {
  it('give back every unit as it was, results and all, and units without results stay without the key (property)', () => {
    fc.assert(fc.property(fc.array(unitArb, { maxLength: 30 }), (units) => {
      const expected = units.map((u) => (u.results && Object.keys(u.results).length === 0 ? withoutResults(u) : u)); // an empty record is no results
      expect(unitsOf(stored(toColumns(units)))).toEqual(expected);
    }));
  });

  it('keep the results out of the units, one number per unit and key, NaN where a unit has none', () => {
    const units: StoredUnit[] = [
      { code: unitCode('a'), name: 'A', type: 'xa', volume: null, baseline: {}, target: {}, results: { '2023-07/e_results/n': 3 } },
      { code: unitCode('b'), name: 'B', type: 'xa', volume: null, baseline: {}, target: {} },
      { code: unitCode('c'), name: 'C', type: 'xa', volume: null, baseline: {}, target: {}, results: { '2023-07/e_results/d': 9, '2023-07/e_results/n': 4 } },
    ];
    const { units: bare, results } = toColumns(units);
    expect(bare.some((u) => 'results' in u)).toBe(false);
    expect(results?.keys).toEqual(['2023-07/e_results/n', '2023-07/e_results/d']);
    expect([...results!.values]).toEqual([3, NaN, NaN, NaN, 4, 9]);
    expect(units[0]?.results).toEqual({ '2023-07/e_results/n': 3 }); // the plan's own units are not touched
  });

  it('give damaged columns (another length, a key repeated or not a result key) to every unit as they are, for the schema to report', () => {
    const unit: StoredUnit = { code: unitCode('a'), name: 'A', type: 'xa', volume: null, baseline: {}, target: {} };
    for (const keys of [['2023-07/e_results/n', '2023-07/e_results/n'], ['__proto__'], ['2023-07/e_results/n', 'colour']]) {
      const columns = { keys, values: new Float64Array(keys.length).fill(1) };
      expect(unitsOf(stored({ units: [unit], results: columns }))[0]?.results).toEqual(columns);
    }
    const short = { keys: ['2023-07/e_results/n'], values: new Float64Array(0) };
    expect(unitsOf(stored({ units: [unit], results: short }))[0]?.results).toEqual(short);
  });

  it('store no columns for units without results, and read a chunk written before columns as it is', () => {
    const units: StoredUnit[] = [{ code: unitCode('a'), name: 'A', type: 'xa', volume: 5, baseline: {}, target: {}, results: { '2023-08/e_results/r': 8550 } }];
    expect(toColumns([withoutResults(units[0]!)])).toEqual({ units: [withoutResults(units[0]!)] });
    expect(unitsOf(stored({ units }))).toEqual(units);
  });
});

function withoutResults(u: StoredUnit): StoredUnit {
  const { results: _results, ...rest } = u;
  return rest;
}
