import type { IndicatorId, UnitCode } from './ids';
import { indicatorEqual, indicatorsEqual, type Indicator } from './indicators';
import type { Plan, PlanInfo, PlanStatus, Unit } from './plan';
import type { Rate } from './rate';
import type { Field } from './rules';
import { keepPositions, unitPositions } from './unitPositions';
import { impossibleIndicatorValues, rateProblem, unitIsPossible, volumeProblem } from './valueRule';

/**
 * Every change to a plan is one of these, named in the planner's words. Typing, paste, fill,
 * spread and import all end as commands through the same `dispatch`, so undo and saving treat them alike.
 */
export type Command =
  | { type: 'setRate'; unitCode: UnitCode; indicatorId: IndicatorId; field: Field; value: Rate | null }
  | { type: 'setVolume'; unitCode: UnitCode; volume: number | null }
  | { type: 'renameUnit'; unitCode: UnitCode; name: string }
  | { type: 'setUnitType'; unitCode: UnitCode; unitType: string }
  | { type: 'addUnit'; unit: Unit }
  /**
   * Puts many units at once (import, undo): each replaces the unit of the same code, or is inserted at
   * `index` (positions in the resulting list, taken in ascending order) — O(units + entries).
   */
  | { type: 'putUnits'; entries: readonly { unit: Unit; index: number }[] }
  | { type: 'removeUnits'; unitCodes: readonly UnitCode[] }
  | { type: 'removeUnit'; unitCode: UnitCode }
  | { type: 'updateIndicator'; indicatorId: IndicatorId; patch: Partial<Omit<Indicator, 'id'>> }
  | { type: 'addIndicator'; indicator: Indicator }
  | { type: 'removeIndicator'; indicatorId: IndicatorId }
  /** Replaces the whole indicator list and assignment (undo, restore). */
  | { type: 'setIndicators'; indicators: readonly Indicator[] }
  | { type: 'setPlanInfo'; info: Partial<PlanInfo> }
  | { type: 'setStatus'; status: PlanStatus }
  | { type: 'batch'; commands: readonly Command[] };

/** What a command touched, so storage writes only that and validation re-checks only that. */
export interface Effect {
  /** Units present after the command whose record is new or different. No duplicates. */
  changed: UnitCode[];
  /** Units present before the command and absent after it. Never also in `changed`. */
  removed: UnitCode[];
  /** The indicators or status changed: every unit must be re-validated. */
  rulesChanged: boolean;
  /** Units were added or removed, so positions moved: views and storage must take the whole list again. */
  unitsMoved: boolean;
}

export type ApplyResult = { ok: true; plan: Plan; effect: Effect } | { ok: false; reason: CommandRefusal };
export type CommandRefusal = 'unknownUnit' | 'unknownIndicator' | 'duplicateCode' | 'emptyCode' | 'emptyName' | 'lastIndicator' | 'reservedCode' | 'tooLong'
  /** A value no plan may hold (a rate outside 0–100, a negative volume…): the one rule of `valueRule.ts`. */
  | 'impossibleValue';

/** Codes that name the grid's pinned rows (automation hooks); no unit may take them. */
export const RESERVED_UNIT_CODES: readonly string[] = ['min', 'aggregate'];

/** The longest code and name a unit may have: what every file format accepts too, so any plan can be exported. */
export const MAX_CODE_LENGTH = 200;
export const MAX_NAME_LENGTH = 1000;
const tooLong = (unit: Pick<Unit, 'code' | 'name' | 'type'>) =>
  unit.code.length > MAX_CODE_LENGTH || unit.name.length > MAX_NAME_LENGTH || unit.type.length > MAX_NAME_LENGTH;

/**
 * Applies a command to a plan, purely. Any change to the data of a plan marked ready returns it to draft:
 * what was checked is no longer what is there.
 */
export function applyCommand(plan: Plan, command: Command, now: string): ApplyResult {
  const raw: Effect = { changed: [], removed: [], rulesChanged: false, unitsMoved: false };
  const result = step(plan, command, raw);
  if (!result.ok) return result;
  let next = result.plan;
  if (next === plan) return { ok: true, plan, effect: raw };
  const effect = settle(plan, next, raw);
  // A command that sets the status itself (marking ready, or an undo restoring a ready plan) decides it.
  const setsStatus = command.type === 'setStatus' || (command.type === 'batch' && command.commands.some((c) => c.type === 'setStatus'));
  if (!setsStatus && next.status === 'ready') {
    next = { ...next, status: 'draft' };
    effect.rulesChanged = true;
  }
  return { ok: true, plan: { ...next, revision: plan.revision + 1, updatedAt: now }, effect };
}

/**
 * What a command touched, stated once and for all from the plans before and after: a batch may add, change
 * and remove the same unit, and every consumer (validation, grid, storage) needs the net result.
 * `unitsMoved` says whether any unit's position changed: a unit came or went, or one was taken out and put
 * back elsewhere (which shifts every unit in between). When it is false, every unit is where it was, which
 * storage (chunks by position) and other tabs (units fetched by position) rely on.
 */
function settle(before: Plan, after: Plan, raw: Effect): Effect {
  const touched = raw.removed.length === 0 && !hasDuplicates(raw.changed) ? raw.changed : [...new Set([...raw.changed, ...raw.removed])];
  const was = unitPositions(before.units);
  const is = unitPositions(after.units);
  const changed: UnitCode[] = [];
  const removed: UnitCode[] = [];
  let unitsMoved = false;
  for (const code of touched) {
    const a = was.get(code);
    const b = is.get(code);
    if (b !== undefined && (a === undefined || after.units[b] !== before.units[a])) changed.push(code);
    if (a !== undefined && b === undefined) removed.push(code);
    if (a !== b) unitsMoved = true;
  }
  return { changed, removed, rulesChanged: raw.rulesChanged, unitsMoved };
}

function hasDuplicates(codes: readonly UnitCode[]): boolean {
  if (codes.length < 2) return false;
  if (codes.length === 2) return codes[0] === codes[1];
  return new Set(codes).size !== codes.length;
}

type StepResult = { ok: true; plan: Plan } | { ok: false; reason: CommandRefusal };
const impossible: StepResult = { ok: false, reason: 'impossibleValue' };

function step(plan: Plan, command: Command, effect: Effect): StepResult {
  switch (command.type) {
    case 'setRate':
      if (!plan.indicators.some((i) => i.id === command.indicatorId)) return { ok: false, reason: 'unknownIndicator' };
      if (command.value !== null && rateProblem(command.value)) return impossible;
      return updateUnit(plan, command.unitCode, effect, (u) => {
        const current = u[command.field];
        if (current[command.indicatorId] === (command.value ?? undefined)) return u;
        const values = { ...current };
        if (command.value === null) delete values[command.indicatorId];
        else values[command.indicatorId] = command.value;
        return { ...u, [command.field]: values };
      });
    case 'setVolume':
      if (command.volume !== null && volumeProblem(command.volume)) return impossible;
      return updateUnit(plan, command.unitCode, effect, (u) => (u.volume === command.volume ? u : { ...u, volume: command.volume }));
    case 'renameUnit': {
      const name = command.name.trim();
      if (!name) return { ok: false, reason: 'emptyName' };
      if (name.length > MAX_NAME_LENGTH) return { ok: false, reason: 'tooLong' };
      return updateUnit(plan, command.unitCode, effect, (u) => (u.name === name ? u : { ...u, name }));
    }
    case 'setUnitType': {
      const unitType = command.unitType.trim();
      if (unitType.length > MAX_NAME_LENGTH) return { ok: false, reason: 'tooLong' };
      return updateUnit(plan, command.unitCode, effect, (u) => (u.type === unitType ? u : { ...u, type: unitType }));
    }
    case 'addUnit': {
      const code = command.unit.code.trim() as UnitCode;
      if (!code) return { ok: false, reason: 'emptyCode' };
      if (!command.unit.name.trim()) return { ok: false, reason: 'emptyName' };
      if (RESERVED_UNIT_CODES.includes(code)) return { ok: false, reason: 'reservedCode' };
      if (tooLong({ ...command.unit, code })) return { ok: false, reason: 'tooLong' };
      if (!unitIsPossible(command.unit)) return impossible;
      if (plan.units.some((u) => u.code === code)) return { ok: false, reason: 'duplicateCode' };
      effect.changed.push(code);
      return { ok: true, plan: { ...plan, units: [...plan.units, { ...command.unit, code, name: command.unit.name.trim() }] } };
    }
    case 'putUnits': {
      if (command.entries.length === 0) return { ok: true, plan };
      const position = unitPositions(plan.units);
      const units = plan.units.slice();
      const inserts: { unit: Unit; index: number }[] = [];
      const seen = new Set<string>();
      for (const entry of command.entries) {
        const code = entry.unit.code;
        if (!code.trim()) return { ok: false, reason: 'emptyCode' };
        if (RESERVED_UNIT_CODES.includes(code)) return { ok: false, reason: 'reservedCode' };
        if (tooLong(entry.unit)) return { ok: false, reason: 'tooLong' };
        if (!unitIsPossible(entry.unit)) return impossible;
        if (seen.has(code)) return { ok: false, reason: 'duplicateCode' };
        seen.add(code);
        const at = position.get(code);
        if (at !== undefined) {
          if (units[at] === entry.unit) continue;
          units[at] = entry.unit;
        } else inserts.push(entry);
        effect.changed.push(code);
      }
      if (inserts.length === 0) keepPositions(plan.units, units);
      inserts.sort((a, b) => a.index - b.index);
      for (const { unit, index } of inserts) units.splice(Math.max(0, Math.min(index, units.length)), 0, unit);
      return { ok: true, plan: { ...plan, units } };
    }
    case 'removeUnits': {
      const gone = new Set<string>(command.unitCodes);
      const units = plan.units.filter((u) => !gone.has(u.code));
      if (units.length === plan.units.length) return { ok: true, plan };
      effect.removed.push(...command.unitCodes);
      return { ok: true, plan: { ...plan, units } };
    }
    case 'removeUnit': {
      if (!plan.units.some((u) => u.code === command.unitCode)) return { ok: false, reason: 'unknownUnit' };
      effect.removed.push(command.unitCode);
      return { ok: true, plan: { ...plan, units: plan.units.filter((u) => u.code !== command.unitCode) } };
    }
    case 'updateIndicator': {
      const index = plan.indicators.findIndex((i) => i.id === command.indicatorId);
      const current = plan.indicators[index];
      if (!current) return { ok: false, reason: 'unknownIndicator' };
      const updated = { ...current, ...command.patch, id: current.id };
      if (indicatorEqual(updated, current)) return { ok: true, plan };
      if (impossibleIndicatorValues(updated).length > 0) return impossible;
      effect.rulesChanged = true;
      return { ok: true, plan: { ...plan, indicators: plan.indicators.map((i, k) => (k === index ? updated : i)) } };
    }
    case 'addIndicator':
      if (plan.indicators.some((i) => i.id === command.indicator.id)) return { ok: false, reason: 'duplicateCode' };
      if (impossibleIndicatorValues(command.indicator).length > 0) return impossible;
      effect.rulesChanged = true;
      return { ok: true, plan: { ...plan, indicators: [...plan.indicators, command.indicator] } };
    case 'removeIndicator': {
      if (!plan.indicators.some((i) => i.id === command.indicatorId)) return { ok: false, reason: 'unknownIndicator' };
      if (plan.indicators.length === 1) return { ok: false, reason: 'lastIndicator' };
      effect.rulesChanged = true;
      // The units' values for it are dropped too, so nothing invisible stays in the plan.
      const drop = (values: Unit['target']) => {
        const copy = { ...values };
        delete copy[command.indicatorId];
        return copy;
      };
      const units = plan.units.map((u) => {
        if (u.target[command.indicatorId] === undefined && u.baseline[command.indicatorId] === undefined) return u;
        effect.changed.push(u.code);
        return { ...u, target: drop(u.target), baseline: drop(u.baseline) };
      });
      return { ok: true, plan: { ...plan, units, indicators: plan.indicators.filter((i) => i.id !== command.indicatorId) } };
    }
    case 'setIndicators':
      if (command.indicators.length === 0) return { ok: false, reason: 'lastIndicator' };
      if (indicatorsEqual(command.indicators, plan.indicators)) return { ok: true, plan };
      if (command.indicators.some((i) => impossibleIndicatorValues(i).length > 0)) return impossible;
      effect.rulesChanged = true;
      return { ok: true, plan: { ...plan, indicators: command.indicators } };
    case 'setPlanInfo': {
      const info = Object.fromEntries(Object.entries(command.info).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));
      if (info.name === '') return { ok: false, reason: 'emptyName' };
      const next = { ...plan, ...info };
      return { ok: true, plan: (['name', 'period', 'allocatingUnit', 'notes'] as const).some((k) => next[k] !== plan[k]) ? next : plan };
    }
    case 'setStatus':
      if (plan.status === command.status) return { ok: true, plan };
      effect.rulesChanged = true;
      return { ok: true, plan: { ...plan, status: command.status } };
    case 'batch': {
      let current = plan;
      for (const c of command.commands) {
        const r = step(current, c, effect);
        if (!r.ok) return r;
        current = r.plan;
      }
      return { ok: true, plan: current };
    }
  }
}

function updateUnit(plan: Plan, code: UnitCode, effect: Effect, change: (u: Unit) => Unit): StepResult {
  const index = unitPositions(plan.units).get(code) ?? -1;
  const unit = plan.units[index];
  if (!unit) return { ok: false, reason: 'unknownUnit' };
  const updated = change(unit);
  if (updated === unit) return { ok: true, plan };
  effect.changed.push(code);
  const units = plan.units.slice();
  units[index] = updated;
  keepPositions(plan.units, units);
  return { ok: true, plan: { ...plan, units } };
}
