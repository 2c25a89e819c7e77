import { truncatedMean } from './aggregate';
import type { IndicatorId } from './ids';
import type { Indicator } from './indicators';
import type { Plan, Unit } from './plan';
import { districtOfPlan, matchMembers } from './provinceMembers';
import { provinceTotal, type TotalIndicator } from './provinceTotal';
import type { Rate } from './rate';
import { ValidationIndex } from './validationIndex';
import { indicatorVerdict, type Verdict } from './verdict';

/** One district's plan as the province received it. */
export interface ReceivedPlan {
  plan: Plan;
  fileName: string;
  exportedAt: string;
  /** Where it is kept on this computer (to remove it by); absent for a file not stored. */
  receivedId?: number;
}

export interface ConsolidatedIndicator {
  indicatorId: IndicatorId;
  /** The district's aggregate target, truncated to one decimal; null without targets. */
  aggregate: Rate | null;
  /** The general target of the district's assignment; null while unset. */
  min: Rate | null;
  /** The same verdict as the district's own aggregate row: never a pass where nothing was checked. */
  verdict: Verdict;
  /** Units with a target, of `unitCount`. */
  withTarget: number;
  unitCount: number;
}

export interface ConsolidatedRow extends ReceivedPlan {
  /** The unit and period the row stands for: one row per key. */
  key: string;
  errors: number;
  warnings: number;
  indicators: ConsolidatedIndicator[];
  /**
   * The district's general targets, modes, floors or mandatory flags differ from those most districts
   * carry: its ✓ is judged against rules it may have changed itself, so the province should look.
   */
  assignmentDiffers: boolean;
  /**
   * With a province plan chosen: false when the district is none of its member units (a file from another
   * province, or a name typed differently); null without a province plan.
   */
  member: boolean | null;
}

export interface Consolidation {
  rows: ConsolidatedRow[];
  /** The indicator columns: all the districts' indicators. */
  indicators: Indicator[];
  /** Files left out because a newer file of the same unit and period was given. */
  superseded: { fileName: string; keptFileName: string; unit: string; period: string }[];
  /** The province plan's member units (districts) that sent no file; empty without a province plan. */
  missing: Unit[];
  /** The whole province, per indicator column: every commune of every district shown. */
  total: TotalIndicator[];
}

/** The province's own plan: its member units are the districts, its indicators carry the communes' general targets. */
export type ProvincePlan = Pick<Plan, 'units' | 'indicators'>;

/**
 * The same allocating unit and period: `UBND huyện Tuy Phước` and `Huyện Tuy Phước` are one district,
 * whatever the case, spacing or diacritics.
 */
const keyOf = (p: Plan) => `${districtOfPlan(p)}|${p.period.toUpperCase()}`;

/** When a file was made, as a time (not as text: `…+07:00` and `…Z` compare by the instant); 0 when unknown. */
const timeOf = (r: ReceivedPlan) => {
  const t = Date.parse(r.exportedAt);
  return Number.isNaN(t) ? Date.parse(r.plan.updatedAt) || 0 : t;
};

/**
 * The province's view of the districts' plans: one row per district and period, the newest file winning
 * (and the others named), each with its errors, warnings and per-indicator aggregate against its assignment.
 */
export function consolidate(received: readonly ReceivedPlan[], province?: ProvincePlan): Consolidation {
  const newest = new Map<string, ReceivedPlan>();
  const superseded: Consolidation['superseded'] = [];
  for (const r of received) {
    const key = keyOf(r.plan);
    const current = newest.get(key);
    if (!current) newest.set(key, r);
    else {
      const [keep, drop] = timeOf(r) > timeOf(current) ? [r, current] : [current, r];
      newest.set(key, keep);
      superseded.push({ fileName: drop.fileName, keptFileName: keep.fileName, unit: keep.plan.allocatingUnit, period: keep.plan.period });
    }
  }
  const kept = [...newest.values()];
  const match = province ? matchMembers(province.units, kept.map((r) => r.plan)) : undefined;
  const common = mostCommon(kept.map((r) => rulesOf(r.plan)));
  const rows = kept.map((r, k): ConsolidatedRow => {
    const index = new ValidationIndex(r.plan);
    const counts = index.counts();
    return {
      ...r, key: keyOf(r.plan), errors: counts.error, warnings: counts.warning, assignmentDiffers: kept.length > 1 && rulesOf(r.plan) !== common,
      member: match ? match.memberOf[k] !== null : null,
      indicators: index.totals().map((t) => ({
        indicatorId: t.indicator.id, aggregate: truncatedMean(t.target), min: t.indicator.min,
        verdict: indicatorVerdict(t, index.unitErrorsFor(t.indicator.id), r.plan.units.length),
        withTarget: t.target.count, unitCount: r.plan.units.length,
      })),
    };
  });
  rows.sort((a, b) => a.plan.allocatingUnit.localeCompare(b.plan.allocatingUnit, 'vi') || a.plan.period.localeCompare(b.plan.period));
  const indicators = indicatorColumns(rows);
  const missing = match?.missing ?? [];
  const total = provinceTotal(kept.map((r) => r.plan), indicators, (c) => province?.indicators.find((i) => i.id === c.id), missing.length);
  return { rows, superseded, indicators, missing, total };
}

/** The rules a plan carries from its assignment, as one comparable text. */
const rulesOf = (p: Plan) => JSON.stringify(p.indicators.map((i) => [i.id, i.min, i.mode, i.floor, i.mandatory]));

function mostCommon(values: readonly string[]): string | undefined {
  const tally = new Map<string, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Every indicator any district has, in the order first met: a district with more indicators hides none. */
function indicatorColumns(rows: readonly ConsolidatedRow[]): Indicator[] {
  const seen = new Map<IndicatorId, Indicator>();
  for (const r of rows) for (const i of r.plan.indicators) if (!seen.has(i.id)) seen.set(i.id, i);
  return [...seen.values()];
}
