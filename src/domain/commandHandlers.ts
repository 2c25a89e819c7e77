import type { Command, CommandRefusal, Effect } from './commandTypes';
import type { IndicatorId, UnitCode } from './ids';
import { indicatorEqual, indicatorsEqual } from './indicators';
import type { Plan, Unit } from './plan';
import { isTooLong, MAX_NAME_LENGTH, RESERVED_UNIT_CODES } from './unitLimits';
import { anyFieldChanged } from './changes';
import { dropLock, lockedIds, setUnitLocks } from './locks';
import { applyPatch } from './unitPatch';
import { keepPositions, unitPositions } from './unitPositions';
import { dropResultsOf, keepResultsIn, resultPatchFits } from './monitoring/results';
import { impossibleIndicatorValues, rateProblem, unitIsPossible, volumeProblem } from './valueRule';

export type StepResult = { ok: true; plan: Plan } | { ok: false; reason: CommandRefusal };

/**
 * What one command does to a plan, purely: the new plan (the same object when nothing changes) or why it is
 * refused, and what it touched, added to `effect` (which `applyCommand` then settles). A batch's handler runs
 * its commands through `runStep`, each on the plan the previous one left.
 */
type Handler<C extends Command> = (plan: Plan, command: C, effect: Effect) => StepResult;
type Handlers = { [T in Command['type']]: Handler<Extract<Command, { type: T }>> };

const refuse = (reason: CommandRefusal): StepResult => ({ ok: false, reason });
const same = (plan: Plan): StepResult => ({ ok: true, plan });
const impossible = refuse('impossibleValue');

const handlers: Handlers = {
  setRate(plan, command, effect) {
    if (!plan.indicators.some((i) => i.id === command.indicatorId)) return refuse('unknownIndicator');
    if (command.value !== null && rateProblem(command.value)) return impossible;
    return updateUnit(plan, command.unitCode, effect, (u) => {
      const current = u[command.field];
      if (current[command.indicatorId] === (command.value ?? undefined)) return u;
      const values = { ...current };
      if (command.value === null) delete values[command.indicatorId];
      else values[command.indicatorId] = command.value;
      return { ...u, [command.field]: values };
    });
  },

  setVolume(plan, command, effect) {
    if (command.volume !== null && volumeProblem(command.volume)) return impossible;
    return updateUnit(plan, command.unitCode, effect, (u) => (u.volume === command.volume ? u : { ...u, volume: command.volume }));
  },

  renameUnit(plan, command, effect) {
    const name = command.name.trim();
    if (!name) return refuse('emptyName');
    if (name.length > MAX_NAME_LENGTH) return refuse('tooLong');
    return updateUnit(plan, command.unitCode, effect, (u) => (u.name === name ? u : { ...u, name }));
  },

  setUnitType(plan, command, effect) {
    const unitType = command.unitType.trim();
    if (unitType.length > MAX_NAME_LENGTH) return refuse('tooLong');
    return updateUnit(plan, command.unitCode, effect, (u) => (u.type === unitType ? u : { ...u, type: unitType }));
  },

  addUnit(plan, command, effect) {
    const code = command.unit.code.trim() as UnitCode;
    if (!code) return refuse('emptyCode');
    if (!command.unit.name.trim()) return refuse('emptyName');
    if (RESERVED_UNIT_CODES.includes(code)) return refuse('reservedCode');
    if (isTooLong({ ...command.unit, code })) return refuse('tooLong');
    if (!unitIsPossible(command.unit)) return impossible;
    if (plan.units.some((u) => u.code === code)) return refuse('duplicateCode');
    effect.changed.push(code);
    return same({ ...plan, units: [...plan.units, { ...command.unit, code, name: command.unit.name.trim() }] });
  },

  putUnits(plan, command, effect) {
    if (command.entries.length === 0) return same(plan);
    const position = unitPositions(plan.units);
    const units = plan.units.slice();
    const inserts: { unit: Unit; index: number }[] = [];
    const seen = new Set<string>();
    for (const entry of command.entries) {
      const code = entry.unit.code;
      if (!code.trim()) return refuse('emptyCode');
      if (RESERVED_UNIT_CODES.includes(code)) return refuse('reservedCode');
      if (isTooLong(entry.unit)) return refuse('tooLong');
      if (!unitIsPossible(entry.unit)) return impossible;
      if (seen.has(code)) return refuse('duplicateCode');
      seen.add(code);
      const at = position.get(code);
      if (at !== undefined) {
        if (units[at] === entry.unit) continue;
        units[at] = entry.unit;
      } else inserts.push(entry);
      effect.changed.push(code);
    }
    if (inserts.length === 0) {
      keepPositions(plan.units, units);
      return same({ ...plan, units });
    }
    return same({ ...plan, units: insertAt(units, inserts) });
  },

  patchUnits(plan, command, effect) {
    if (command.entries.length === 0) return same(plan);
    const position = unitPositions(plan.units);
    const units = plan.units.slice();
    let touched = false;
    for (const patch of command.entries) {
      const at = position.get(patch.code);
      if (at === undefined) return refuse('unknownUnit');
      const patched = applyPatch(units[at]!, patch);
      if (patch.locked && lockedIds(patched).some((id) => !plan.indicators.some((i) => i.id === id))) return refuse('unknownIndicator');
      if (patched.name.trim() === '') return refuse('emptyName');
      if (isTooLong(patched)) return refuse('tooLong');
      if (patch.results && !resultPatchFits(patch.results, plan)) return refuse('unknownIndicator');
      if (!unitIsPossible(patched, units[at], patch.results)) return impossible;
      // A new results record comes only with a changed figure (`patchResults`): then the unit changed, without
      // comparing its figures one by one (a month's import patches every unit of the plan).
      if (!(patch.results && patched.results !== units[at]!.results) && !anyFieldChanged(units[at]!, patched)) continue;
      units[at] = patched;
      effect.changed.push(patch.code);
      touched = true;
    }
    if (!touched) return same(plan);
    keepPositions(plan.units, units);
    return same({ ...plan, units });
  },

  removeUnits(plan, command, effect) {
    const gone = new Set<string>(command.unitCodes);
    const units = plan.units.filter((u) => !gone.has(u.code));
    if (units.length === plan.units.length) return same(plan);
    effect.removed.push(...command.unitCodes);
    return same({ ...plan, units });
  },

  removeUnit(plan, command, effect) {
    if (!plan.units.some((u) => u.code === command.unitCode)) return refuse('unknownUnit');
    effect.removed.push(command.unitCode);
    return same({ ...plan, units: plan.units.filter((u) => u.code !== command.unitCode) });
  },

  updateIndicator(plan, command, effect) {
    const index = plan.indicators.findIndex((i) => i.id === command.indicatorId);
    const current = plan.indicators[index];
    if (!current) return refuse('unknownIndicator');
    const updated = { ...current, ...command.patch, id: current.id };
    if (indicatorEqual(updated, current)) return same(plan);
    if (impossibleIndicatorValues(updated).length > 0) return impossible;
    effect.rulesChanged = true;
    return same({ ...plan, indicators: plan.indicators.map((i, k) => (k === index ? updated : i)) });
  },

  addIndicator(plan, command, effect) {
    if (plan.indicators.some((i) => i.id === command.indicator.id)) return refuse('duplicateCode');
    if (impossibleIndicatorValues(command.indicator).length > 0) return impossible;
    effect.rulesChanged = true;
    return same({ ...plan, indicators: [...plan.indicators, command.indicator] });
  },

  removeIndicator(plan, command, effect) {
    if (!plan.indicators.some((i) => i.id === command.indicatorId)) return refuse('unknownIndicator');
    if (plan.indicators.length === 1) return refuse('lastIndicator');
    effect.rulesChanged = true;
    return same({ ...plan, units: withoutValuesOf(plan.units, [command.indicatorId], effect), indicators: plan.indicators.filter((i) => i.id !== command.indicatorId) });
  },

  setIndicators(plan, command, effect) {
    if (command.indicators.length === 0) return refuse('lastIndicator');
    if (indicatorsEqual(command.indicators, plan.indicators)) return same(plan);
    if (command.indicators.some((i) => impossibleIndicatorValues(i).length > 0)) return impossible;
    effect.rulesChanged = true;
    // As when removing one: the values of indicators no longer there go too (a stored plan holding them fails its schema).
    const kept = new Set(command.indicators.map((i) => i.id));
    const gone = plan.indicators.map((i) => i.id).filter((id) => !kept.has(id));
    return same({ ...plan, units: gone.length > 0 ? withoutValuesOf(plan.units, gone, effect) : plan.units, indicators: command.indicators });
  },

  setPlanInfo(plan, command, effect) {
    const info = Object.fromEntries(Object.entries(command.info).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));
    if (info.name === '') return refuse('emptyName');
    const next = { ...plan, ...info };
    if (!(['name', 'period', 'allocatingUnit', 'notes'] as const).some((k) => next[k] !== plan[k])) return same(plan);
    if (next.period === plan.period) return same(next);
    // Monthly results of months the new period does not have go with the old period: as unit changes, which
    // undo brings back with the period.
    const units = plan.units.map((u) => {
      const kept = keepResultsIn(u, next.period);
      if (kept !== u) effect.changed.push(u.code);
      return kept;
    });
    return same({ ...next, units: effect.changed.length > 0 ? units : plan.units });
  },

  setStatus(plan, command, effect) {
    if (plan.status === command.status) return same(plan);
    effect.rulesChanged = true;
    return same({ ...plan, status: command.status });
  },

  setLocks(plan, command, effect) {
    const known = new Set<string>(plan.indicators.map((i) => i.id));
    const position = unitPositions(plan.units);
    const byUnit = new Map<UnitCode, IndicatorId[]>();
    for (const cell of command.cells) {
      if (!known.has(cell.indicatorId)) return refuse('unknownIndicator');
      if (!position.has(cell.unitCode)) return refuse('unknownUnit');
      const ids = byUnit.get(cell.unitCode);
      if (ids) ids.push(cell.indicatorId);
      else byUnit.set(cell.unitCode, [cell.indicatorId]);
    }
    let units: Unit[] | undefined;
    for (const [code, ids] of byUnit) {
      const at = position.get(code)!;
      const locked = setUnitLocks(plan.units[at]!, ids, command.locked);
      if (locked === plan.units[at]) continue;
      units ??= plan.units.slice();
      units[at] = locked;
      effect.changed.push(code);
    }
    if (!units) return same(plan);
    keepPositions(plan.units, units);
    return same({ ...plan, units });
  },

  batch(plan, command, effect) {
    let current = plan;
    for (const c of command.commands) {
      const r = runStep(current, c, effect);
      if (!r.ok) return r;
      current = r.plan;
    }
    return same(current);
  },
};

/** Runs one command's handler. */
export function runStep(plan: Plan, command: Command, effect: Effect): StepResult {
  return (handlers[command.type] as Handler<Command>)(plan, command, effect);
}

function updateUnit(plan: Plan, code: UnitCode, effect: Effect, change: (u: Unit) => Unit): StepResult {
  const index = unitPositions(plan.units).get(code) ?? -1;
  const unit = plan.units[index];
  if (!unit) return refuse('unknownUnit');
  const updated = change(unit);
  if (updated === unit) return same(plan);
  effect.changed.push(code);
  const units = plan.units.slice();
  units[index] = updated;
  keepPositions(plan.units, units);
  return same({ ...plan, units });
}

/**
 * `units` with each insert at its `index` in the resulting list (an index past the end appends), in one pass:
 * O(units + inserts log inserts), where splicing them in one by one would move the whole list each time.
 */
export function insertAt(units: readonly Unit[], inserts: readonly { unit: Unit; index: number }[]): Unit[] {
  const sorted = [...inserts].sort((a, b) => a.index - b.index);
  const out: Unit[] = [];
  let next = 0;
  for (const { unit, index } of sorted) {
    while (out.length < index && next < units.length) out.push(units[next++]!);
    out.push(unit);
  }
  while (next < units.length) out.push(units[next++]!);
  return out;
}

/** The units without values, locks or monthly results for these indicators (being removed), so nothing invisible stays in the plan. */
function withoutValuesOf(units: readonly Unit[], ids: readonly IndicatorId[], effect: Effect): Unit[] {
  const drop = (values: Unit['target']) => {
    const copy = { ...values };
    for (const id of ids) delete copy[id];
    return copy;
  };
  return units.map((u) => {
    const results = dropResultsOf(u, ids);
    if (results === u && ids.every((id) => u.target[id] === undefined && u.baseline[id] === undefined && u.locked?.[id] === undefined)) return u;
    effect.changed.push(u.code);
    return ids.reduce((unit, id) => dropLock(unit, id), { ...results, target: drop(u.target), baseline: drop(u.baseline) } as Unit);
  });
}
