import { describe, expect, it } from 'vitest';
import { changesOf } from '../../src/domain/changes';
import { applyCommand, type Command } from '../../src/domain/commands';
import { cellHistory, columnField, howOf, planHistory, type HistoryItem } from '../../src/domain/cellHistory';
import { journalChanges, type ChangeSource, type JournalEntry } from '../../src/domain/journal';
import type { Plan } from '../../src/domain/plan';
import { historyCsv } from '../../src/ui/plan/historyCsv';
import { code, ind, makeTestPlan, makeUnit, NOW, pct } from '../support/builders';

/** A journal made as the session makes it: one entry per command, with its source and tab. */
function journalOf(plan: Plan, steps: readonly [Command, ChangeSource, string][]): JournalEntry[] {
  const entries: JournalEntry[] = [];
  let current = plan;
  for (const [command, source, tab] of steps) {
    const r = applyCommand(current, command, NOW);
    if (!r.ok) throw new Error(r.reason);
    entries.push({ planId: plan.id, revision: r.plan.revision, at: NOW, tab, source, command, changes: journalChanges(changesOf(current, r.plan, r.effect)) });
    current = r.plan;
  }
  return entries;
}

const target = (unit: string, value: number | null): Command =>
  ({ type: 'setRate', unitCode: code(unit), indicatorId: ind('online_dossiers'), field: 'target', value: value === null ? null : pct(value) });
const brief = (items: readonly HistoryItem[]) => items.map((i) => `${i.how}${i.from ? `(${i.from})` : ''} ${i.before ?? ''}→${i.after ?? ''} ${i.tab}`);

describe('the history of a cell, from the journal', () => {
  it('lists a cell\'s changes newest first, with how each came and from which tab; locks are no value', () => {
    const plan = makeTestPlan({ units: 3 });
    const journal = journalOf(plan, [
      [target('10001', 70), { kind: 'typed' }, 'a'],
      [target('10002', 71), { kind: 'paste' }, 'a'],
      [target('10001', 72.5), { kind: 'file', name: 'xa.csv' }, 'b'],
      [{ type: 'setLocks', locked: true, cells: [{ unitCode: code('10001'), indicatorId: ind('online_dossiers') }] }, { kind: 'lock' }, 'a'],
      [target('10001', null), { kind: 'clear' }, 'a'],
      [target('10001', 72.5), { kind: 'undo' }, 'a'],
    ]);
    expect(brief(cellHistory(journal, code('10001'), columnField('target.online_dossiers')!))).toEqual([
      'undone →7250 a', 'cleared 7250→ a', 'imported(xa.csv) 7000→7250 b', 'typed 8000→7000 a']);
    expect(planHistory(journal)).toHaveLength(5);
  });

  it('names every source kind, a restored version by its name', () => {
    const kinds: [ChangeSource, string][] = [[{ kind: 'typed' }, 'typed'], [{ kind: 'paste' }, 'pasted'], [{ kind: 'fill' }, 'filled'], [{ kind: 'clear' }, 'cleared'],
      [{ kind: 'proposal' }, 'proposed'], [{ kind: 'file', name: 'f.csv' }, 'imported'], [{ kind: 'version', name: 'Phương án 1' }, 'restored'],
      [{ kind: 'merged' }, 'merged'], [{ kind: 'undo' }, 'undone'], [{ kind: 'redo' }, 'redone'], [{ kind: 'assignment' }, 'typed'], [{ kind: 'app' }, 'typed']];
    expect(kinds.map(([s]) => howOf(s).how)).toEqual(kinds.map(([, how]) => how));
    expect(howOf({ kind: 'version', name: 'Phương án 1' }).from).toBe('Phương án 1');
  });

  it('counts a unit added with its values as changes of its cells', () => {
    const plan = makeTestPlan({ units: 1 });
    const journal = journalOf(plan, [[{ type: 'addUnit', unit: makeUnit(5, { volume: 40, target: { online_dossiers: 66 } }) }, { kind: 'file', name: 'ds.csv' }, 'a']]);
    expect(brief(cellHistory(journal, code('10005'), { key: 'target', indicatorId: ind('online_dossiers') }))).toEqual(['imported(ds.csv) →6600 a']);
    expect(brief(cellHistory(journal, code('10005'), { key: 'volume' }))).toEqual(['imported(ds.csv) →40 a']);
  });

  it('exports as CSV for Excel: BOM, ;, CRLF, decimal commas, formulas neutralised', () => {
    const plan = makeTestPlan({ units: 2 });
    const journal = journalOf(plan, [[target('10001', 62.5), { kind: 'file', name: '=bad;name.csv' }, 'a']]);
    const items = planHistory(journal).map((i) => ({ ...i, otherTab: true }));
    const text = historyCsv(items, { delimiter: ';', locale: 'vi' }, { header: ['a', 'b'], unitName: (c) => `Xã ${c}`, columnLabel: (c) => c, how: (i) => i.how, otherTab: 'khác' });
    expect(text).toBe(`\uFEFFa;b\r\n${NOW};10001;Xã 10001;target.online_dossiers;80;62,5;imported;"'=bad;name.csv";khác\r\n`);
  });
});
