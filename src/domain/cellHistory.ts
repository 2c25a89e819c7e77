import type { UnitField } from './changes';
import type { IndicatorId, UnitCode } from './ids';
import type { ChangeSource, JournalEntry } from './journal';
import { parseResultKey, type ResultKey } from './monitoring/resultKey';
import type { Unit } from './plan';
import { formatRate, type Locale, type Rate } from './rate';

/** How a value came to change, as the history says it (the hook `data-how`). */
export type HistoryHow = 'typed' | 'pasted' | 'filled' | 'cleared' | 'proposed' | 'imported' | 'restored' | 'merged' | 'undone' | 'redone';

/** A field whose value a planner sees in a cell: not a lock (a lock is no value). */
export type ValueField = { key: 'name' | 'type' | 'volume' } | { key: 'baseline' | 'target'; indicatorId: IndicatorId } | { key: 'result'; cell: ResultKey };

/** One change of one cell's value: when, from what to what, how, and from which tab. */
export interface HistoryItem {
  at: string;
  revision: number;
  code: UnitCode;
  field: ValueField;
  before: string | number | null;
  after: string | number | null;
  how: HistoryHow;
  /** The file it came from (an import), or the version restored. */
  from?: string;
  tab: string;
}

/**
 * What the journal's source says, as the history names it. The assignment panel, a plan made in the app and
 * a lock change no cell's value by themselves; should one do, it was the user's own hand: typed.
 */
export function howOf(source: ChangeSource): { how: HistoryHow; from?: string } {
  switch (source.kind) {
    case 'paste': return { how: 'pasted' };
    case 'fill': return { how: 'filled' };
    case 'clear': return { how: 'cleared' };
    case 'proposal': return { how: 'proposed' };
    case 'file': return { how: 'imported', from: source.name };
    case 'version': return { how: 'restored', from: source.name };
    case 'undo': return { how: 'undone' };
    case 'redo': return { how: 'redone' };
    case 'merged': return { how: 'merged' };
    default: return { how: 'typed' };
  }
}

const valueOf = (unit: Unit, field: ValueField): string | number | null =>
  field.key === 'result' ? unit.results?.[field.cell] ?? null
    : field.key === 'baseline' || field.key === 'target' ? unit[field.key][field.indicatorId] ?? null : unit[field.key];

/** The value fields of a unit that hold something: what a unit added or removed brought or took. */
function filledFields(unit: Unit): ValueField[] {
  const fields: ValueField[] = [{ key: 'name' }, { key: 'type' }];
  if (unit.volume !== null) fields.push({ key: 'volume' });
  for (const key of ['baseline', 'target'] as const) for (const id of Object.keys(unit[key])) fields.push({ key, indicatorId: id as IndicatorId });
  for (const cell of Object.keys(unit.results ?? {})) fields.push({ key: 'result', cell: cell as ResultKey });
  return fields;
}

/** Every change of a cell's value the journal holds, newest first. */
export function planHistory(entries: readonly JournalEntry[]): HistoryItem[] {
  const items: HistoryItem[] = [];
  for (let k = entries.length - 1; k >= 0; k--) {
    const e = entries[k]!;
    const base = { at: e.at, revision: e.revision, tab: e.tab, ...howOf(e.source) };
    for (let j = e.changes.length - 1; j >= 0; j--) {
      const c = e.changes[j]!;
      if (c.kind === 'field' && c.field.key !== 'locked') items.push({ ...base, code: c.code, field: c.field as ValueField, before: c.before, after: c.after });
      else if (c.kind === 'unitAdded' || c.kind === 'unitRemoved') {
        const added = c.kind === 'unitAdded';
        for (const field of filledFields(c.unit)) {
          const value = valueOf(c.unit, field);
          items.push({ ...base, code: c.unit.code, field, before: added ? null : value, after: added ? value : null });
        }
      }
    }
  }
  return items;
}

export const sameField = (a: UnitField, b: UnitField): boolean =>
  a.key === b.key && ('indicatorId' in a && 'indicatorId' in b ? a.indicatorId === b.indicatorId : 'cell' in a && 'cell' in b ? a.cell === b.cell : true);

/** The history of one cell: the unit's field, newest first. */
export function cellHistory(entries: readonly JournalEntry[], code: UnitCode, field: ValueField): HistoryItem[] {
  return planHistory(entries).filter((i) => i.code === code && sameField(i.field, field));
}

/** A value as text: a rate in percent (`62.5` with the `en` locale, `62,5` with `vi`), a count as digits, text as it is. */
export function historyValueText(field: ValueField, value: string | number | null, locale: Locale): string {
  if (value === null) return '';
  if (field.key === 'baseline' || field.key === 'target' || (field.key === 'result' && field.cell.endsWith('/r'))) return formatRate(value as Rate, locale);
  return String(value);
}

/** The grid's column id of a field (`target.online_dossiers`, `volume`). */
export const fieldColumn = (field: ValueField): string =>
  (field.key === 'result' ? resultColumn(field.cell) : field.key === 'baseline' || field.key === 'target' ? `${field.key}.${field.indicatorId}` : field.key);

/** The results grid's column of a monthly figure: `num.<id>` for a numerator or a rate entered as one, `den.<id>`. */
export function resultColumn(cell: ResultKey): string {
  const parsed = parseResultKey(cell);
  return parsed ? `${parsed.part === 'd' ? 'den' : 'num'}.${parsed.indicatorId}` : 'result';
}

/** The field of a grid column id, if it is a unit's value column. */
export function columnField(colId: string): ValueField | undefined {
  const [key, id] = colId.split('.');
  if ((key === 'baseline' || key === 'target') && id) return { key, indicatorId: id as IndicatorId };
  if (key === 'name' || key === 'type' || key === 'volume') return { key };
  return undefined;
}
