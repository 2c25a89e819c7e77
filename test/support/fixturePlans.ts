import { makeDemoPlan } from '../../src/domain/demoPlan';
import { unitCode } from '../../src/domain/ids';
import type { Plan, PlanVersion, Unit } from '../../src/domain/plan';
import type { Rate } from '../../src/domain/rate';
import { makeVersion } from '../../src/domain/versions/planVersion';
import { ind, NOW } from './builders';

/** The version 3 fixture's plan: the demo with the own-target check on for the first indicator, and digitisation's general target not entered. */
export const v3FixturePlan = (): Plan => {
  const demo = makeDemoPlan(NOW);
  return { ...demo, indicators: demo.indicators.map((i, k) => ({ ...i, checkOwnTarget: k === 0, min: i.id === 'digitisation' ? null : i.min })) };
};

/** The version 4 fixture's plan: the version 3 one with some target cells locked, one of them empty. */
export const v4FixturePlan = (): Plan => {
  const base = v3FixturePlan();
  const locks: Record<string, Unit['locked']> = {
    '21952': { [ind('online_dossiers')]: true }, '21955': { [ind('online_dossiers')]: true, [ind('digitisation')]: true }, '21973': { [ind('online_payment')]: true },
  };
  return { ...base, units: base.units.map((u) => (locks[u.code] ? { ...u, locked: locks[u.code] } : u)) };
};

/**
 * The version 5 fixture's plan: the version 4 one with two named versions — "Phương án 1", the plan as it is
 * (locks included), and "Phương án 2", without digitisation, online dossiers five points higher for the first
 * three units, no locks, and a unit the plan no longer has.
 */
export const v5FixturePlan = (): Plan => {
  const plan = v4FixturePlan();
  const first = makeVersion(plan, 'Phương án 1', '2023-07-10T02:00:00.000Z', 'v-1');
  const kept = plan.indicators.filter((i) => i.id !== 'digitisation');
  const second: PlanVersion = {
    id: 'v-2', name: 'Phương án 2 — bỏ số hóa', savedAt: '2023-07-11T03:30:00.000Z', indicators: kept,
    units: [...plan.units.map((u, n) => {
      const target: Partial<Record<string, Rate>> = {};
      for (const i of kept) {
        const v = u.target[i.id];
        if (v !== undefined) target[i.id] = (i.id === 'online_dossiers' && n < 3 ? Math.min(10_000, v + 500) : v) as Rate;
      }
      return { code: u.code, target: target as Unit['target'] };
    }), { code: unitCode('99999'), target: { [ind('online_dossiers')]: 6000 as Rate } }],
  };
  return { ...plan, versions: [first, second] };
};
