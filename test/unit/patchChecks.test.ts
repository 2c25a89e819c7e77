import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyFieldChanged, changedFields } from '../../src/domain/changes';
import type { IndicatorId } from '../../src/domain/ids';
import { impossibleResults, impossibleResultsAt, patchResults, type ResultPatch } from '../../src/domain/monitoring/results';
import { resultKey, type MonthKey, type ResultKey } from '../../src/domain/monitoring/resultKey';
import type { Unit } from '../../src/domain/plan';
import type { Rate } from '../../src/domain/rate';
import { makeUnit } from '../support/builders';

const MONTHS = ['2023-07', '2023-08'] as MonthKey[];
const IDS = ['online_dossiers', 'online_payment'] as IndicatorId[];
const keyArb = fc.record({ month: fc.constantFrom(...MONTHS), id: fc.constantFrom(...IDS), part: fc.constantFrom('n' as const, 'd' as const, 'r' as const) })
  .map(({ month, id, part }) => resultKey(month, id, part));

/** A unit's figures as every write leaves them: whole counts, each numerator at most its denominator. */
const possibleResults = fc.array(fc.record({ month: fc.constantFrom(...MONTHS), id: fc.constantFrom(...IDS), d: fc.nat(500), share: fc.double({ min: 0, max: 1, noNaN: true }) }))
  .map((pairs) => {
    const results: Record<string, number> = {};
    for (const p of pairs) {
      results[resultKey(p.month, p.id, 'd')] = p.d;
      results[resultKey(p.month, p.id, 'n')] = Math.floor(p.d * p.share);
    }
    return results;
  });

/** A patch of figures, possible or not: out of range, not whole, a numerator above its denominator, cleared. */
const patchArb = fc.dictionary(keyArb, fc.oneof(fc.integer({ min: -3, max: 700 }), fc.constant(null), fc.constant(2.5), fc.integer({ min: 10_001, max: 20_000 })))
  .map((p) => p as ResultPatch);

describe('the checks a patch of units runs, made cheap', () => {
  it('checking only the patched figures and their pairs finds a problem exactly when checking every figure does (property)', () => {
    fc.assert(fc.property(possibleResults, patchArb, (results, patch) => {
      const before: Unit = { ...makeUnit(1), results };
      expect(impossibleResults(before.results)).toEqual([]);
      const after = patchResults(before, patch);
      const whole = impossibleResults(after.results).length === 0;
      expect(impossibleResultsAt(after.results, Object.keys(patch)).length === 0).toBe(whole);
    }), { numRuns: 500 });
  });

  it('a numerator patched above the denominator already there is found through the patched key', () => {
    const before: Unit = { ...makeUnit(1), results: { [resultKey(MONTHS[0]!, IDS[0]!, 'd')]: 10, [resultKey(MONTHS[0]!, IDS[0]!, 'n')]: 5 } };
    const after = patchResults(before, { [resultKey(MONTHS[0]!, IDS[0]!, 'd')]: 4 } as ResultPatch);
    expect(impossibleResultsAt(after.results, [resultKey(MONTHS[0]!, IDS[0]!, 'd')])).toEqual([{ key: resultKey(MONTHS[0]!, IDS[0]!, 'n'), value: 5, problem: 'aboveDenominator' }]);
  });

  it('whether any field changed answers as the list of changed fields does (property)', () => {
    const rates = fc.dictionary(fc.constantFrom(...IDS), fc.constantFrom(1000, 2000) as fc.Arbitrary<number>, { maxKeys: 2 });
    const unitArb = fc.record({
      name: fc.constantFrom('Xã A', 'Xã B'), volume: fc.constantFrom(null, 1, 2), target: rates, baseline: rates,
      locked: fc.option(fc.dictionary(fc.constantFrom(...IDS), fc.constant(true as const), { maxKeys: 2 }), { nil: undefined }),
      results: fc.option(fc.dictionary(keyArb, fc.constantFrom(1, 2), { maxKeys: 3 }), { nil: undefined }),
    }).map((u): Unit => ({ ...makeUnit(1), ...u, target: u.target as Partial<Record<IndicatorId, Rate>>, baseline: u.baseline as Partial<Record<IndicatorId, Rate>>,
      ...(u.results ? { results: u.results as Record<ResultKey, number> } : {}) }));
    fc.assert(fc.property(unitArb, unitArb, (a, b) => {
      expect(anyFieldChanged(a, b)).toBe(changedFields(a, b).length > 0);
      expect(anyFieldChanged(a, a)).toBe(false);
      expect(anyFieldChanged(a, { ...a })).toBe(false);
    }), { numRuns: 1000 });
  });
});
