import { planId, unitCode, type IndicatorId } from './ids';
import { generalTarget, ILLUSTRATIVE_GENERAL_TARGETS, makeDefaultIndicators, type Indicator } from './indicators';
import type { Plan, Unit } from './plan';
import { rateFromPercent, type Rate } from './rate';
import { makePlan } from './planFactory';
import { seeded } from './seeded';
import { demoResults } from './monitoring/demoResults';
import { periodMonths } from './monitoring/resultKey';

/**
 * The demo plan a first visit opens: Huyện Tuy Phước (Bình Định), period 2023-H2, with its 13 communes and
 * townships (GSO codes and names, 2023). The province's commune-level figures are not public, so every
 * number here is ILLUSTRATIVE, modelled on the shape of the July 2023 decision; the plan says so in its notes.
 * Its monthly results (July–October) are illustrative too.
 */
export const DEMO_PLAN_ID = planId('demo-tuy-phuoc-2023-h2');

const UNITS: [code: string, name: string, type: string][] = [
  ['21952', 'Thị trấn Tuy Phước', 'Thị trấn'], ['21955', 'Thị trấn Diêu Trì', 'Thị trấn'],
  ['21958', 'Xã Phước Thắng', 'Xã'], ['21961', 'Xã Phước Hưng', 'Xã'], ['21964', 'Xã Phước Quang', 'Xã'],
  ['21967', 'Xã Phước Hòa', 'Xã'], ['21970', 'Xã Phước Sơn', 'Xã'], ['21973', 'Xã Phước Hiệp', 'Xã'],
  ['21976', 'Xã Phước Lộc', 'Xã'], ['21979', 'Xã Phước Nghĩa', 'Xã'], ['21982', 'Xã Phước Thuận', 'Xã'],
  ['21985', 'Xã Phước An', 'Xã'], ['21988', 'Xã Phước Thành', 'Xã'],
];

/** The assignment: general targets for communes, and the district's own targets (the decision's shape). */
function demoIndicators(): Indicator[] {
  const own: Record<string, number> = { online_dossiers: 60, online_payment: 51, digitisation: 85, e_results: 100, population_db: 100 };
  return makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS).map((ind) => {
    const ownTarget = rateFromPercent(own[ind.id] ?? 100);
    if (ind.id === 'online_payment') return { ...ind, mode: 'weighted', floor: rateFromPercent(30), ownTarget };
    return { ...ind, ownTarget };
  });
}


/** H1 results near the province's June 2023 averages (42,6 / 42,79 / 44,1 / 34,28 / 88,66 %). */
const H1_CENTRE: Record<string, number> = { online_dossiers: 42.6, online_payment: 42.8, digitisation: 44.1, e_results: 34.3, population_db: 88.7 };

export function makeDemoPlan(now: string): Plan {
  const indicators = demoIndicators();
  const random = seeded(2023);
  const units: Unit[] = UNITS.map(([code, name, type], n) => {
    const township = type === 'Thị trấn';
    const baseline: Partial<Record<IndicatorId, Rate>> = {};
    const target: Partial<Record<IndicatorId, Rate>> = {};
    for (const ind of indicators) {
      const centre = H1_CENTRE[ind.id] ?? 50;
      const h1 = Math.min(100, Math.max(5, centre + (random() - 0.4) * 30 + (township ? 8 : 0)));
      baseline[ind.id] = rateFromPercent(Math.round(h1 * 10) / 10);
      // A draft allocation that meets the rules: at least the general target, never below H1, a little above for the townships.
      const floor = Math.max((generalTarget(ind) ?? 0) / 100, h1);
      const planned = ind.mandatory ? 100 : Math.min(100, Math.ceil(floor + (township ? 5 : 2) + random() * 4));
      target[ind.id] = rateFromPercent(planned);
    }
    // Xã Phước Hiệp is still being discussed: no targets yet, so the demo shows what a draft looks like.
    const undecided = n === 7;
    return {
      code: unitCode(code), name, type,
      volume: Math.round((township ? 2600 : 900) + random() * 900),
      baseline, target: undecided ? {} : target,
    };
  });
  return makePlan({
    id: DEMO_PLAN_ID,
    name: 'Kế hoạch mẫu — Huyện Tuy Phước',
    period: '2023-H2',
    allocatingUnit: 'UBND huyện Tuy Phước',
    notes: 'Số liệu minh họa, không phải số liệu chính thức. Illustrative figures, not official data.',
    indicators,
    // July to October 2023 reported; November and December still ahead.
    units: demoResults(units, indicators, periodMonths('2023-H2').slice(0, 4)),
  }, now, () => DEMO_PLAN_ID);
}
