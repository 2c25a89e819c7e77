import type { UnitField } from '../domain/changes';
import type { ResultKey } from '../domain/monitoring/resultKey';
import type { IndicatorId, UnitCode } from '../domain/ids';
import type { JournalChange, JournalEntry } from '../domain/journal';

/**
 * A large command's journal entry in columns. IndexedDB copies a record with the structured-clone algorithm in
 * one task: an entry of 300,000 field changes as objects (a proposal or an import over 100,000 units) took
 * seconds of one task to store. The same changes as a few typed arrays and one string of unit codes are copied
 * as blocks of bytes. Only numeric field changes (rates, volumes, locks: a number or none) go into the columns;
 * every other change (a name, a unit added…) stays an object at its place, so the order is kept exactly.
 */
export interface PackedChanges {
  /** How many changes in all. */
  count: number;
  /** The distinct fields, as `key` or `key:indicatorId`. */
  fields: string[];
  /** Per numeric change: its place among all changes, its field (index into `fields`), its values (NaN: none). */
  at: Int32Array;
  field: Uint16Array;
  before: Float64Array;
  after: Float64Array;
  /** The numeric changes' unit codes, joined by `CODE_SEPARATOR` (a control character no real code holds; checked). */
  codes: string;
  /** Every other change, with its place. */
  others: { at: number; change: JournalChange }[];
}

/** Entries with fewer changes are stored as they are: objects cost nothing worth saving at that size. */
export const PACK_FROM = 2000;
const CODE_SEPARATOR = '\u001f';

const isNumeric = (c: JournalChange): c is Extract<JournalChange, { kind: 'field' }> & { before: number | null; after: number | null } =>
  c.kind === 'field' && typeof c.before !== 'string' && typeof c.after !== 'string';
const fieldName = (f: UnitField) => ('indicatorId' in f ? `${f.key}:${f.indicatorId}` : f.key === 'result' ? `result:${f.cell}` : f.key);
function fieldOf(name: string): UnitField {
  const i = name.indexOf(':');
  if (i < 0) return { key: name as 'name' | 'type' | 'volume' };
  if (name.startsWith('result:')) return { key: 'result', cell: name.slice(i + 1) as ResultKey };
  return { key: name.slice(0, i) as 'baseline' | 'target' | 'locked', indicatorId: name.slice(i + 1) as IndicatorId };
}

/** The changes in columns; null in the (unlikely) case of a unit code holding the separator: kept as objects then. */
export function packChanges(changes: readonly JournalChange[]): PackedChanges | null {
  if (changes.some((c) => c.kind === 'field' && c.code.includes(CODE_SEPARATOR))) return null;
  const numeric = changes.filter(isNumeric).length;
  const packed: PackedChanges = {
    count: changes.length, fields: [], at: new Int32Array(numeric), field: new Uint16Array(numeric),
    before: new Float64Array(numeric), after: new Float64Array(numeric), codes: '', others: [],
  };
  const fieldIndex = new Map<string, number>();
  const codes: string[] = [];
  let n = 0;
  changes.forEach((c, at) => {
    if (!isNumeric(c)) {
      packed.others.push({ at, change: c });
      return;
    }
    const name = fieldName(c.field);
    let index = fieldIndex.get(name);
    if (index === undefined) {
      index = packed.fields.push(name) - 1;
      fieldIndex.set(name, index);
    }
    packed.at[n] = at;
    packed.field[n] = index;
    packed.before[n] = c.before ?? Number.NaN;
    packed.after[n] = c.after ?? Number.NaN;
    codes.push(c.code);
    n++;
  });
  packed.codes = codes.join(CODE_SEPARATOR);
  return packed;
}

export function unpackChanges(packed: PackedChanges): JournalChange[] {
  const out = new Array<JournalChange>(packed.count);
  const fields = packed.fields.map(fieldOf);
  const codes = packed.codes === '' ? [] : packed.codes.split(CODE_SEPARATOR);
  const value = (v: number) => (Number.isNaN(v) ? null : v);
  for (let n = 0; n < packed.at.length; n++) {
    out[packed.at[n]!] = {
      kind: 'field', code: codes[n] as UnitCode, field: fields[packed.field[n]!]!, before: value(packed.before[n]!), after: value(packed.after[n]!),
    };
  }
  for (const { at, change } of packed.others) out[at] = change;
  return out;
}

/** A journal entry as stored: a large one's changes packed (`packed`, with `changes` left empty). */
export type StoredJournalEntry = JournalEntry & { packed?: PackedChanges };

export function toStoredEntry(entry: JournalEntry): StoredJournalEntry {
  const packed = entry.changes.length >= PACK_FROM ? packChanges(entry.changes) : null;
  return packed ? { ...entry, changes: [], packed } : { ...entry };
}

export function fromStoredEntry(stored: StoredJournalEntry): JournalEntry {
  const { packed, ...entry } = stored;
  return packed ? { ...entry, changes: unpackChanges(packed) } : entry;
}
