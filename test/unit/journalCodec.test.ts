import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UnitField } from '../../src/domain/changes';
import { indicatorId, unitCode } from '../../src/domain/ids';
import type { JournalChange, JournalEntry } from '../../src/domain/journal';
import { fromStoredEntry, PACK_FROM, packChanges, toStoredEntry, unpackChanges } from '../../src/storage/journalCodec';

const field: fc.Arbitrary<UnitField> = fc.oneof(
  fc.constantFrom<UnitField>({ key: 'name' }, { key: 'type' }, { key: 'volume' }),
  fc.record({ key: fc.constantFrom('baseline' as const, 'target' as const, 'locked' as const), indicatorId: fc.constantFrom('online_dossiers', 'a.b-c', 'x_1').map(indicatorId) }),
);
const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 100_000_000 }), fc.string({ maxLength: 8 }));
const change: fc.Arbitrary<JournalChange> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('field' as const), code: fc.string({ minLength: 1, maxLength: 6 }).map(unitCode), field, before: value, after: value }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('status' as const), before: fc.constant('draft' as const), after: fc.constant('ready' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('info' as const), field: fc.constant('name' as const), before: fc.string(), after: fc.string() }) },
);

describe('the journal codec', () => {
  it('gives back exactly the changes it packed, in their order', () => {
    fc.assert(fc.property(fc.array(change, { maxLength: 300 }), (changes) => {
      const packed = packChanges(changes);
      if (changes.some((c) => c.kind === 'field' && c.code.includes('\u001f'))) expect(packed).toBeNull();
      else expect(unpackChanges(packed!)).toEqual(changes);
    }), { numRuns: 300 });
  });

  it('packs a large entry into columns, keeps a small one as it is, and reads both back', () => {
    const changes: JournalChange[] = Array.from({ length: PACK_FROM }, (_, i) => ({
      kind: 'field', code: unitCode(String(10_000 + i)), field: { key: 'target', indicatorId: indicatorId('online_payment') }, before: i % 3 === 0 ? null : i, after: 5000,
    }));
    const entry: JournalEntry = { planId: 'p' as JournalEntry['planId'], revision: 3, at: 'now', tab: 't', source: { kind: 'proposal' }, command: null, changes };
    const stored = toStoredEntry(entry);
    expect(stored.changes).toEqual([]);
    expect(stored.packed?.fields).toEqual(['target:online_payment']);
    expect(stored.packed?.before).toBeInstanceOf(Float64Array);
    expect(fromStoredEntry(structuredClone(stored))).toEqual(entry);
    const small = { ...entry, changes: changes.slice(0, 3) };
    expect(toStoredEntry(small)).toEqual(small);
    expect(fromStoredEntry(toStoredEntry(small))).toEqual(small);
  });

  it('a unit code holding the separator keeps the entry as objects', () => {
    const changes: JournalChange[] = Array.from({ length: PACK_FROM }, (_, i) => ({
      kind: 'field', code: unitCode(i === 7 ? 'a\u001fb' : String(i)), field: { key: 'volume' }, before: 1, after: 2,
    }));
    const entry: JournalEntry = { planId: 'p' as JournalEntry['planId'], revision: 1, at: 'now', tab: 't', source: { kind: 'typed' }, command: null, changes };
    expect(toStoredEntry(entry).packed).toBeUndefined();
    expect(fromStoredEntry(toStoredEntry(entry))).toEqual(entry);
  });
});
