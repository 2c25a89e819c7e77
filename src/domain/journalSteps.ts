import { setField, type Change } from './changes';
import type { UnitCode } from './ids';
import type { JournalChange } from './journal';
import type { Plan, Unit } from './plan';
import { applyPatch, type UnitPatch } from './unitPatch';
import { unitPositions } from './unitPositions';

/** A unit no longer in the plan: taking back a change to one of its fields is a conflict, whatever it held. */
const goneUnit = (code: UnitCode): Unit => ({ code, name: '', type: '', volume: null, baseline: {}, target: {} });

/**
 * The changes a journaled step stands for, on the plan as it is now: what undo takes back once the tab that
 * made the step is gone (a reload, a restart), when only the journal's field-level before and after are left.
 * A changed unit becomes the unit as it is now with the step's `after` values (the state the step left) and
 * with its `before` values, so `reverseChanges` sets back exactly those fields and refuses where one of them
 * was changed since; a unit removed and added again in one step (moved) is a move.
 */
export function changesFromJournal(journal: readonly JournalChange[], current: Plan): Change[] {
  const position = unitPositions(current.units);
  const patches = new Map<UnitCode, { before: UnitPatch; after: UnitPatch }>();
  const added = new Map<UnitCode, { unit: Unit; index: number }>();
  const removed = new Map<UnitCode, { unit: Unit; index: number }>();
  const out: Change[] = [];
  for (const c of journal) {
    if (c.kind === 'field') {
      let p = patches.get(c.code);
      if (!p) patches.set(c.code, p = { before: { code: c.code, baseline: {}, target: {} }, after: { code: c.code, baseline: {}, target: {} } });
      setField(p.before, c.field, c.before);
      setField(p.after, c.field, c.after);
    } else if (c.kind === 'unitAdded') added.set(c.unit.code, c);
    else if (c.kind === 'unitRemoved') removed.set(c.unit.code, c);
    else out.push(c);
  }
  for (const [code, p] of patches) {
    const at = position.get(code);
    const now = at === undefined ? goneUnit(code) : current.units[at]!;
    out.push({ kind: 'unit', code, before: applyPatch(now, p.before), after: applyPatch(now, p.after), index: at ?? 0 });
  }
  for (const [code, a] of added) {
    const r = removed.get(code);
    if (r) out.push({ kind: 'unit', code, before: r.unit, after: a.unit, index: a.index, movedFrom: r.index });
    else out.push({ kind: 'unit', code, before: null, after: a.unit, index: a.index });
  }
  for (const [code, r] of removed) if (!added.has(code)) out.push({ kind: 'unit', code, before: r.unit, after: null, index: r.index });
  return out;
}
