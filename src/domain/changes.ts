import type { Command, Effect } from './commandTypes';
import type { IndicatorId, UnitCode } from './ids';
import type { ResultKey } from './monitoring/resultKey';
import { indicatorsEqual, type Indicator } from './indicators';
import { lockedIds } from './locks';
import { isLocked, type Plan, type PlanInfo, type PlanStatus, type Unit } from './plan';
import type { Rate } from './rate';
import type { UnitPatch } from './unitPatch';
import { unitPositions } from './unitPositions';

/**
 * What one command changed in a plan, field by field: the record that undo, a change journal and a cell's
 * history read. A unit is held whole before and after (plans are immutable, so these are shared references,
 * not copies), and its fields are compared only when needed: a change to a 10,000-unit plan costs an entry
 * per touched unit, not per field.
 */
export type Change =
  /**
   * A unit changed in place (both), added (`before` null, `index` its new position), removed (`after` null,
   * `index` its old one), or taken out and put back elsewhere (`movedFrom`: its old position; `index` its new one).
   */
  | { kind: 'unit'; code: UnitCode; before: Unit | null; after: Unit | null; index: number; movedFrom?: number }
  | { kind: 'indicators'; before: readonly Indicator[]; after: readonly Indicator[] }
  | { kind: 'info'; field: keyof PlanInfo; before: string; after: string }
  | { kind: 'status'; before: PlanStatus; after: PlanStatus };

/**
 * One field of a unit: its name, type, volume, one indicator's previous result or target, or the lock on one
 * indicator's target cell (value 1 when locked, null when not: a lock is undone and journaled like a value).
 */
export type UnitField = { key: 'name' | 'type' | 'volume' } | { key: 'baseline' | 'target' | 'locked'; indicatorId: IndicatorId }
  /** One monthly figure (`monitoring/resultKey.ts`): a count or a rate entered as a rate. */
  | { key: 'result'; cell: ResultKey };
type FieldValue = string | number | null;

export const INFO_FIELDS: readonly (keyof PlanInfo)[] = ['name', 'period', 'allocatingUnit', 'notes'];

/** The changes from `before` to `after`, from what the command touched (its settled effect). */
export function changesOf(before: Plan, after: Plan, effect: Effect): Change[] {
  const changes: Change[] = [];
  if (before.indicators !== after.indicators && !indicatorsEqual(before.indicators, after.indicators)) {
    changes.push({ kind: 'indicators', before: before.indicators, after: after.indicators });
  }
  const was = unitPositions(before.units);
  const is = unitPositions(after.units);
  // Only a command that moved units can have put one back elsewhere (a batch that removes and re-adds it).
  const moved = effect.unitsMoved ? movedUnits(before.units, after.units, was, is) : undefined;
  // A unit put back elsewhere as it was is in neither list of the effect (its record did not change): add it.
  const touched = effect.removed.length === 0 && !moved?.size ? effect.changed : [...new Set([...effect.changed, ...effect.removed, ...(moved ?? [])])];
  for (const code of touched) {
    const a = was.get(code);
    const b = is.get(code);
    const unitBefore = a === undefined ? null : before.units[a]!;
    const unitAfter = b === undefined ? null : after.units[b]!;
    if (moved?.has(code)) changes.push({ kind: 'unit', code, before: unitBefore, after: unitAfter, index: b!, movedFrom: a! });
    else if (unitChanged(unitBefore, unitAfter)) changes.push({ kind: 'unit', code, before: unitBefore, after: unitAfter, index: b ?? a ?? 0 });
  }
  for (const field of INFO_FIELDS) {
    if (before[field] !== after[field]) changes.push({ kind: 'info', field, before: before[field], after: after[field] });
  }
  if (before.status !== after.status) changes.push({ kind: 'status', before: before.status, after: after.status });
  return changes;
}

/** A unit put back exactly as it was (an import of the same values) is no change: no undo step, nothing journaled. */
export const unitChanged = (before: Unit | null, after: Unit | null): boolean =>
  before !== after && !(before && after && !anyFieldChanged(before, after));

/**
 * The units in both lists whose place among the units common to both differs: those a command took out and
 * put back elsewhere (and, at worst, some it only shifted, which are then restored whole at their place). O(units).
 */
function movedUnits(before: readonly Unit[], after: readonly Unit[], was: ReadonlyMap<UnitCode, number>, is: ReadonlyMap<UnitCode, number>): Set<UnitCode> {
  const rank = new Map<UnitCode, number>();
  let r = 0;
  for (const u of before) if (is.has(u.code)) rank.set(u.code, r++);
  const moved = new Set<UnitCode>();
  r = 0;
  for (const u of after) if (was.has(u.code) && rank.get(u.code) !== r++) moved.add(u.code);
  return moved;
}

/**
 * Calls `visit` with each field that differs between two versions of a unit, in a fixed order, until it returns
 * true; says whether it stopped. Every key of either side is looked at once, without building a set per unit (this
 * runs for every unit a command touches).
 */
function visitChangedFields(a: Unit, b: Unit, visit: (field: UnitField) => boolean | void): boolean {
  for (const key of ['name', 'type', 'volume'] as const) if (a[key] !== b[key] && visit({ key })) return true;
  for (const key of ['baseline', 'target'] as const) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    for (const id in x) if (x[id as IndicatorId] !== y[id as IndicatorId] && visit({ key, indicatorId: id as IndicatorId })) return true;
    for (const id in y) if (!(id in x) && y[id as IndicatorId] !== undefined && visit({ key, indicatorId: id as IndicatorId })) return true;
  }
  if (a.locked !== b.locked) {
    for (const id of new Set([...lockedIds(a), ...lockedIds(b)])) {
      if (isLocked(a, id) !== isLocked(b, id) && visit({ key: 'locked', indicatorId: id })) return true;
    }
  }
  if (a.results !== b.results) {
    const x: Readonly<Record<string, number>> = a.results ?? {};
    const y: Readonly<Record<string, number>> = b.results ?? {};
    for (const cell in x) if (x[cell] !== y[cell] && visit({ key: 'result', cell: cell as ResultKey })) return true;
    for (const cell in y) if (!(cell in x) && visit({ key: 'result', cell: cell as ResultKey })) return true;
  }
  return false;
}

/** Whether any field differs: `changedFields(a, b).length > 0`, stopping at the first difference. */
export const anyFieldChanged = (a: Unit, b: Unit): boolean => a !== b && visitChangedFields(a, b, () => true);

/** Whether every field that differs is a lock (none, too), stopping at the first that is not. */
export const onlyLocksChanged = (a: Unit, b: Unit): boolean => a === b || !visitChangedFields(a, b, (field) => field.key !== 'locked');

/** Every field of a unit whose value differs between `a` and `b`. */
export function changedFields(a: Unit, b: Unit): UnitField[] {
  const fields: UnitField[] = [];
  visitChangedFields(a, b, (field) => {
    fields.push(field);
  });
  return fields;
}

export function fieldValue(unit: Unit, field: UnitField): FieldValue {
  if (field.key === 'locked') return isLocked(unit, field.indicatorId) ? 1 : null;
  if (field.key === 'result') return unit.results?.[field.cell] ?? null;
  return field.key === 'baseline' || field.key === 'target' ? unit[field.key][field.indicatorId] ?? null : unit[field.key];
}

/** Sets one field in a patch (a lock: `true`, or `null` to unlock). */
export function setField(patch: UnitPatch, field: UnitField, value: FieldValue): void {
  if (field.key === 'locked') (patch.locked ??= {})[field.indicatorId] = value === null ? null : true;
  else if (field.key === 'result') (patch.results ??= {})[field.cell] = value as number | null;
  else if (field.key === 'baseline' || field.key === 'target') patch[field.key][field.indicatorId] = value as Rate | null;
  else if (field.key === 'volume') patch.volume = value as number | null;
  else patch[field.key] = value as string;
}

/** Where taking changes back meets a change made since, by someone else: what it would silently overwrite. */
export type Conflict =
  | { kind: 'unit'; code: UnitCode; field: UnitField | null }
  | { kind: 'indicators' | 'status' }
  | { kind: 'info'; field: keyof PlanInfo };

export type Reversal = { ok: true; command: Command } | { ok: false; conflicts: Conflict[] };

/**
 * The command that takes `changes` back on the plan as it is now, field by field: each field is set back only
 * if it still holds what the change left there, so changes made since to other fields (another tab's edits to
 * other cells, even of the same unit) stay. A field changed since is a conflict, and nothing is taken back.
 * Redo is the same, on the changes the undo made.
 */
export function reverseChanges(changes: readonly Change[], current: Plan): Reversal {
  const conflicts: Conflict[] = [];
  const commands: Command[] = [];
  const position = unitPositions(current.units);
  const puts: { unit: Unit; index: number }[] = [];
  const patches: UnitPatch[] = [];
  const removals: UnitCode[] = [];
  for (const change of changes) {
    if (change.kind === 'indicators') {
      if (!indicatorsEqual(current.indicators, change.after)) conflicts.push({ kind: 'indicators' });
      else {
        conflicts.push(...valuesOfDroppedIndicators(change, changes, current));
        commands.push({ type: 'setIndicators', indicators: change.before });
      }
    } else if (change.kind === 'info') {
      if (current[change.field] !== change.after) conflicts.push({ kind: 'info', field: change.field });
      else commands.push({ type: 'setPlanInfo', info: { [change.field]: change.before } });
    } else if (change.kind === 'status') {
      if (current.status !== change.after) conflicts.push({ kind: 'status' });
      else commands.push({ type: 'setStatus', status: change.before });
    } else {
      const at = position.get(change.code);
      const now = at === undefined ? null : current.units[at]!;
      reverseUnit(change, now, conflicts, { puts, patches, removals });
    }
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  // Indicators first (values come back for indicators that exist again), units next, status last.
  const status = commands.filter((c) => c.type === 'setStatus');
  const rest = commands.filter((c) => c.type !== 'setStatus');
  if (removals.length > 0) rest.push({ type: 'removeUnits', unitCodes: removals });
  if (patches.length > 0) rest.push({ type: 'patchUnits', entries: patches });
  if (puts.length > 0) rest.push({ type: 'putUnits', entries: puts.sort((a, b) => a.index - b.index) });
  const all = [...rest, ...status];
  return { ok: true, command: all.length === 1 ? all[0]! : { type: 'batch', commands: all } };
}

/**
 * Values that taking an indicator list back would drop (the indicators it removes again) and that this step did
 * not leave there itself: set since, by another tab, in a cell of an indicator this step added. Dropping them
 * would silently discard that edit, so each is a conflict naming its cell.
 */
function valuesOfDroppedIndicators(change: Extract<Change, { kind: 'indicators' }>, step: readonly Change[], current: Plan): Conflict[] {
  const kept = new Set(change.before.map((i) => i.id));
  const dropped = change.after.map((i) => i.id).filter((id) => !kept.has(id));
  if (dropped.length === 0) return [];
  const leftByStep = new Map<UnitCode, Unit | null>();
  for (const c of step) if (c.kind === 'unit') leftByStep.set(c.code, c.after);
  const conflicts: Conflict[] = [];
  for (const unit of current.units) {
    const left = leftByStep.get(unit.code);
    for (const indicatorId of dropped) {
      for (const key of ['baseline', 'target', 'locked'] as const) {
        const field: UnitField = { key, indicatorId };
        const now = fieldValue(unit, field);
        if (now !== null && now !== (left ? fieldValue(left, field) : null)) conflicts.push({ kind: 'unit', code: unit.code, field });
      }
    }
  }
  return conflicts;
}

/**
 * One unit's change taken back: a removed unit put back, an added one removed, and a changed one patched
 * field by field (`patchUnits`, never the whole unit: if the command is applied again on a newer plan, when
 * this tab's write merges onto another tab's, it still sets back only those fields).
 */
function reverseUnit(change: Extract<Change, { kind: 'unit' }>, now: Unit | null, conflicts: Conflict[],
  out: { puts: { unit: Unit; index: number }[]; patches: UnitPatch[]; removals: UnitCode[] }) {
  const { code, before, after } = change;
  if (change.movedFrom !== undefined) {
    // Put back elsewhere: taken out again and put back at its old place as it was, unless edited since.
    const edited = now ? changedFields(after!, now) : [];
    if (!now || edited.length > 0) conflicts.push({ kind: 'unit', code, field: edited[0] ?? null });
    else {
      out.removals.push(code);
      out.puts.push({ unit: before!, index: change.movedFrom });
    }
    return;
  }
  if (!after) {
    // Removed: it comes back where it was, unless a unit of that code exists again.
    if (now) conflicts.push({ kind: 'unit', code, field: null });
    else out.puts.push({ unit: before!, index: change.index });
    return;
  }
  // A unit put back exactly as it was (an import of the same values) changed nothing to take back, wherever it is now.
  const fields = before ? changedFields(after, before) : [];
  if (before && fields.length === 0) return;
  if (!now) {
    conflicts.push({ kind: 'unit', code, field: null });
    return;
  }
  if (!before) {
    // Added: it goes again, unless it was edited since (removing it would lose that edit).
    const edited = changedFields(after, now);
    if (edited.length > 0) conflicts.push({ kind: 'unit', code, field: edited[0]! });
    else out.removals.push(code);
    return;
  }
  const patch: UnitPatch = { code, baseline: {}, target: {} };
  for (const field of fields) {
    if (fieldValue(now, field) !== fieldValue(after, field)) conflicts.push({ kind: 'unit', code, field });
    else setField(patch, field, fieldValue(before, field));
  }
  out.patches.push(patch);
}
