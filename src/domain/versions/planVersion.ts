import type { Command } from '../commandTypes';
import { planId, type IndicatorId } from '../ids';
import type { Indicator } from '../indicators';
import type { Plan, PlanVersion, Unit, VersionUnit } from '../plan';
import type { Rate } from '../rate';
import type { UnitPatch } from '../unitPatch';

export type { PlanVersion, VersionUnit } from '../plan';

/** What two sides of a comparison have: a version, or the plan as it is now. */
export type Snapshot = Pick<PlanVersion, 'indicators' | 'units'>;

/** The longest name a version may have (as a plan's). */
export const VERSION_NAME_LIMIT = 200;

/** The plan's targets, assignment and locks under a name. Copies nothing a later edit could change. */
export function makeVersion(plan: Plan, name: string, savedAt: string, id: string): PlanVersion {
  const units = plan.units.map((u): VersionUnit => (u.locked ? { code: u.code, target: u.target, locked: u.locked } : { code: u.code, target: u.target }));
  return { id, name: name.trim().slice(0, VERSION_NAME_LIMIT), savedAt, indicators: plan.indicators, units };
}

/** The plan's current state as a side of a comparison. */
export const currentSnapshot = (plan: Plan): Snapshot => ({ indicators: plan.indicators, units: plan.units });

/**
 * The one command that sets the plan's targets, assignment and locks to the version's (undone as one step):
 * the values of indicators the version does not have are cleared first (so that nothing invisible stays in
 * the plan), then the indicators are the version's, then every unit's targets and locks are the version's
 * (none for a unit the version does not know: it was added since). A unit of the version that the plan no
 * longer has is passed over (`skipped`).
 */
export function restoreVersionCommand(plan: Plan, version: PlanVersion): { command: Command; skipped: number } {
  const kept = new Set(version.indicators.map((i) => i.id));
  const leaving = plan.indicators.filter((i) => !kept.has(i.id)).map((i) => i.id);
  const byCode = new Map(version.units.map((u) => [u.code, u]));
  const clear: UnitPatch[] = [];
  const set: UnitPatch[] = [];
  for (const unit of plan.units) {
    if (leaving.length > 0 && leaving.some((id) => hasAny(unit, id))) clear.push(clearPatch(unit, leaving));
    set.push(setPatch(unit, byCode.get(unit.code), version.indicators));
  }
  const present = new Set(plan.units.map((u) => u.code));
  const skipped = version.units.reduce((n, u) => n + (present.has(u.code) ? 0 : 1), 0);
  const commands: Command[] = [];
  if (clear.length > 0) commands.push({ type: 'patchUnits', entries: clear });
  commands.push({ type: 'setIndicators', indicators: version.indicators }, { type: 'patchUnits', entries: set });
  return { command: { type: 'batch', commands }, skipped };
}

const hasAny = (u: Unit, id: IndicatorId) => u.target[id] !== undefined || u.baseline[id] !== undefined || u.locked?.[id] !== undefined;

function clearPatch(unit: Unit, ids: readonly IndicatorId[]): UnitPatch {
  const none: Partial<Record<IndicatorId, null>> = {};
  for (const id of ids) none[id] = null;
  return { code: unit.code, baseline: none, target: none, locked: none };
}

function setPatch(unit: Unit, saved: VersionUnit | undefined, indicators: readonly Indicator[]): UnitPatch {
  const target: UnitPatch['target'] = {};
  const locked: NonNullable<UnitPatch['locked']> = {};
  for (const { id } of indicators) {
    target[id] = saved?.target[id] ?? null;
    locked[id] = saved?.locked?.[id] === true ? true : null;
  }
  return { code: unit.code, baseline: {}, target, locked };
}

/**
 * A new plan from this one with the version's targets, assignment and locks (the planner's "restore as a new
 * plan"): the plan's units, names, volumes and previous results, the version's decisions, no versions.
 */
export function planFromVersion(plan: Plan, version: PlanVersion, name: string, now: string, newId: () => string): Plan {
  const byCode = new Map(version.units.map((u) => [u.code, u]));
  const ids = new Set(version.indicators.map((i) => i.id));
  const units = plan.units.map((u): Unit => {
    const saved = byCode.get(u.code);
    const baseline: Partial<Record<IndicatorId, Rate>> = {};
    for (const [id, v] of Object.entries(u.baseline) as [IndicatorId, Rate][]) if (ids.has(id)) baseline[id] = v;
    const unit: Unit = { code: u.code, name: u.name, type: u.type, volume: u.volume, baseline, target: { ...saved?.target } };
    return saved?.locked ? { ...unit, locked: { ...saved.locked } } : unit;
  });
  const { versions: _versions, ...rest } = plan;
  return { ...rest, id: planId(newId()), name, status: 'draft', indicators: version.indicators, units, revision: 0, createdAt: now, updatedAt: now };
}
