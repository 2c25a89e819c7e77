import type { IndicatorId, UnitCode } from '../ids';
import type { Indicator } from '../indicators';
import type { Plan, Unit } from '../plan';
import type { Rate } from '../rate';
import { ValidationIndex, type IndicatorTotals } from '../validationIndex';
import type { Snapshot } from './planVersion';

/** One side of a comparison, summed up: per indicator its totals (aggregate, exact), and the rule counts. */
export interface SideSummary {
  /** Per indicator of this side, in its order. */
  totals: IndicatorTotals[];
  /** Errors among the units' targets, per indicator of this side. */
  unitErrors: ReadonlyMap<IndicatorId, number>;
  errors: number;
  warnings: number;
}

/** One unit's row: its target per indicator of the comparison on each side (undefined: none). */
export interface ComparisonRow {
  code: UnitCode;
  name: string;
  before: readonly (Rate | undefined)[];
  after: readonly (Rate | undefined)[];
  /** How many of its cells differ. */
  changed: number;
}

export interface VersionComparison {
  /** Every indicator of either side: the `after` side's in its order, then those only `before` has. */
  indicators: readonly Indicator[];
  rows: readonly ComparisonRow[];
  /** Target cells whose value differs between the sides (a value on one side only counts). */
  changedCells: number;
  changedUnits: number;
  before: SideSummary;
  after: SideSummary;
}

/**
 * Compares two snapshots of the same plan (two versions, or a version and the plan as it is now), cell by
 * cell: a target on one side and another (or none) on the other is a changed cell. Each side is judged as a plan
 * would be with its own targets and assignment, and the plan's current units for what a version does not
 * keep (names, volumes, previous results): a unit the plan no longer has weighs as a unit of unknown volume.
 * Rows go in the plan's order, then units only a snapshot knows. O(units × indicators).
 */
export function compareSnapshots(plan: Plan, before: Snapshot, after: Snapshot): VersionComparison {
  const indicators = [...after.indicators];
  const seen = new Set(indicators.map((i) => i.id));
  for (const i of before.indicators) if (!seen.has(i.id)) indicators.push(i);
  const ids = indicators.map((i) => i.id);
  const beforeUnits = new Map(before.units.map((u) => [u.code, u]));
  const afterUnits = new Map(after.units.map((u) => [u.code, u]));
  const codes: UnitCode[] = plan.units.map((u) => u.code);
  const known = new Set(codes);
  for (const u of [...after.units, ...before.units]) {
    if (known.has(u.code)) continue;
    known.add(u.code);
    codes.push(u.code);
  }
  const planUnits = new Map(plan.units.map((u) => [u.code, u]));
  const rows: ComparisonRow[] = [];
  let changedCells = 0;
  let changedUnits = 0;
  for (const code of codes) {
    const b = beforeUnits.get(code)?.target;
    const a = afterUnits.get(code)?.target;
    const beforeRow = ids.map((id) => b?.[id]);
    const afterRow = ids.map((id) => a?.[id]);
    let changed = 0;
    for (let k = 0; k < ids.length; k++) if (beforeRow[k] !== afterRow[k]) changed++;
    changedCells += changed;
    if (changed > 0) changedUnits++;
    rows.push({ code, name: planUnits.get(code)?.name ?? code, before: beforeRow, after: afterRow, changed });
  }
  return { indicators, rows, changedCells, changedUnits, before: summarise(plan, before), after: summarise(plan, after) };
}

/**
 * A snapshot judged as a plan: its indicators, its units' targets, the plan's units for the rest. Each side is judged
 * once per plan (plans, versions and their units never change in place): the versions' list judges every version, so
 * comparing one with the plan judges only the plan, and choosing another version as a side judges nothing new. At
 * 100,000 units a judgement is a validation of every unit: a side judged twice was a third of choosing it.
 */
export function summarise(plan: Plan, side: Snapshot): SideSummary {
  let bySide = judged.get(plan);
  if (!bySide) judged.set(plan, (bySide = new WeakMap()));
  const known = bySide.get(side.units);
  if (known && known.indicators === side.indicators) return known.summary;
  const summary = judge(plan, side);
  bySide.set(side.units, { indicators: side.indicators, summary });
  return summary;
}

const judged = new WeakMap<Plan, WeakMap<Snapshot['units'], { indicators: Snapshot['indicators']; summary: SideSummary }>>();

function judge(plan: Plan, side: Snapshot): SideSummary {
  const planUnits = new Map(plan.units.map((u) => [u.code, u]));
  const units = side.units.map((s): Unit => {
    const u = planUnits.get(s.code);
    return { code: s.code, name: u?.name ?? s.code, type: u?.type ?? '', volume: u?.volume ?? null, baseline: u?.baseline ?? {}, target: s.target };
  });
  const index = new ValidationIndex({ units, indicators: side.indicators, status: 'draft' });
  const counts = index.counts();
  const unitErrors = new Map(side.indicators.map((i) => [i.id, index.unitErrorsFor(i.id)]));
  return { totals: index.totals(), unitErrors, errors: counts.error, warnings: counts.warning };
}
