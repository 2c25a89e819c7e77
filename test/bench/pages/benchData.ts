import { planId, unitCode, type IndicatorId } from '../../../src/domain/ids';
import { ILLUSTRATIVE_GENERAL_TARGETS, makeDefaultIndicators } from '../../../src/domain/indicators';
import type { Plan, Unit } from '../../../src/domain/plan';
import { makePlan } from '../../../src/domain/planFactory';
import { rateFromPercent, rateToPercent, type Rate } from '../../../src/domain/rate';
import { seeded } from '../../../src/domain/seeded';

/**
 * The benchmark's plans: `size` member units with the five default indicators, made from a fixed seed so
 * that every run and both sides (the app and the bare libraries) see the same figures. Targets are whole
 * percentages at or above the general target and the unit's previous result, as a finished allocation
 * would be; the edits the benchmark types carry a decimal, so a changed cell always looks different.
 */
export const BENCH_PERIOD = '2023-H2';
export const benchPlanId = (size: number) => planId(`bench-${size}`);
export const benchFilePlanId = (size: number) => planId(`bench-file-${size}`);

const TYPES = ['Xã', 'Phường', 'Thị trấn'] as const;

export function makeBenchPlan(size: number, now = '2026-11-01T00:00:00.000Z'): Plan {
  const indicators = makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS);
  const random = seeded(size);
  const units: Unit[] = [];
  for (let i = 1; i <= size; i++) {
    const baseline: Partial<Record<IndicatorId, Rate>> = {};
    const target: Partial<Record<IndicatorId, Rate>> = {};
    for (const ind of indicators) {
      const h1 = Math.round((20 + random() * 70) * 10) / 10;
      baseline[ind.id] = rateFromPercent(h1);
      target[ind.id] = ind.mandatory ? rateFromPercent(100) : rateFromPercent(Math.min(100, Math.ceil(Math.max(rateToPercent(ind.min ?? (0 as Rate)), h1)) + Math.floor(random() * 5)));
    }
    units.push({
      code: unitCode(String(i).padStart(6, '0')),
      name: `${TYPES[i % 3]} Phước Thành ${i}`,
      type: TYPES[i % 3] ?? 'Xã',
      volume: 500 + Math.floor(random() * 4500),
      baseline, target,
    });
  }
  return makePlan({
    id: benchPlanId(size), name: `Kế hoạch đo hiệu năng ${size}`, period: BENCH_PERIOD,
    allocatingUnit: 'UBND huyện đo hiệu năng', indicators, units,
  }, now, () => benchPlanId(size));
}

/** The same plan as a district sends it back: every non-mandatory target moved by one point. */
export function withChangedTargets(plan: Plan): Plan {
  const units = plan.units.map((u): Unit => {
    const target: Partial<Record<IndicatorId, Rate>> = {};
    for (const ind of plan.indicators) {
      const t = u.target[ind.id];
      if (t === undefined) continue;
      target[ind.id] = ind.mandatory ? t : rateFromPercent(rateToPercent(t) >= 100 ? 99 : rateToPercent(t) + 1);
    }
    return { ...u, target };
  });
  return { ...plan, units };
}

/** A plan's units as the bare libraries hold them: one flat row per unit, 14 fields, as the grid shows them. */
export type FloorRow = Record<string, string | number | null>;

export function floorRows(plan: Plan): FloorRow[] {
  return plan.units.map((u) => {
    const row: FloorRow = { code: u.code, name: u.name, type: u.type, volume: u.volume };
    for (const ind of plan.indicators) {
      const b = u.baseline[ind.id];
      const t = u.target[ind.id];
      row[`b_${ind.id}`] = b === undefined ? null : rateToPercent(b);
      row[`t_${ind.id}`] = t === undefined ? null : rateToPercent(t);
    }
    return row;
  });
}

/** The 14 fields of a floor row, in the appendix's column order. */
export const FLOOR_FIELDS = ['code', 'name', 'type', 'volume', ...makeDefaultIndicators().flatMap((ind) => [`b_${ind.id}`, `t_${ind.id}`])];

/** The plan the follow-up is measured on: the benchmark's plan with its own id. */
export const benchMonitoringPlanId = (size: number) => planId(`bench-monitoring-${size}`);
/** The months of the benchmark's period, July to December 2023. */
export const BENCH_MONTHS = ['2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12'] as const;

/** One unit's counts for a month: about a sixth of its volume received, a share online near its target. */
function monthCounts(random: () => number, volume: number, target: Rate): { n: number; d: number } {
  const d = Math.max(1, Math.round((volume / 6) * (0.8 + random() * 0.4)));
  const share = Math.min(1, Math.max(0, rateToPercent(target) / 100 + (random() - 0.6) * 0.2));
  return { n: Math.floor(d * share), d };
}

/**
 * The benchmark's plan with monthly results for every unit and indicator from July to November (five of the
 * period's six months): what a district holds when December's figures come in.
 */
export function makeMonitoringPlan(size: number): Plan {
  const plan = makeBenchPlan(size);
  const random = seeded(size + 1);
  const units = plan.units.map((u): Unit => {
    const results: Record<string, number> = {};
    for (const month of BENCH_MONTHS.slice(0, 5)) {
      for (const ind of plan.indicators) {
        const { n, d } = monthCounts(random, u.volume ?? 1000, u.target[ind.id] ?? (5000 as Rate));
        results[`${month}/${ind.id}/n`] = n;
        results[`${month}/${ind.id}/d`] = d;
      }
    }
    return { ...u, results: results as Unit['results'] };
  });
  return { ...plan, id: benchMonitoringPlanId(size), name: `Theo dõi đo hiệu năng ${size}`, units };
}

/** December's statistics for every unit as a district receives them: `Mã; Tháng;` then a count pair per indicator. */
export function monthResultsCsv(plan: Plan, month: string): string {
  const random = seeded(plan.units.length + 2);
  const header = ['Mã', 'Tháng', ...plan.indicators.flatMap((i) => [`${i.id}.n`, `${i.id}.d`])];
  const rows = plan.units.map((u) => [u.code, `${Number(month.slice(5))}/${month.slice(0, 4)}`, ...plan.indicators.flatMap((i) => {
    const { n, d } = monthCounts(random, u.volume ?? 1000, u.target[i.id] ?? (5000 as Rate));
    return [String(n), String(d)];
  })]);
  return `\ufeff${[header, ...rows].map((r) => r.join(';')).join('\r\n')}\r\n`;
}
