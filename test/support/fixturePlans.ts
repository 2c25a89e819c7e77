import { makeDemoPlan } from '../../src/domain/demoPlan';
import { NATIONAL_COUNT_LABELS } from '../../src/domain/indicators';
import { unitCode } from '../../src/domain/ids';
import type { Plan, PlanVersion, Unit } from '../../src/domain/plan';
import type { Rate } from '../../src/domain/rate';
import { makeVersion } from '../../src/domain/versions/planVersion';
import { ind, NOW } from './builders';

/** The demo plan as it was before monthly results (version 6): what the older fixtures hold. */
export const demoBeforeResults = (): Plan => {
  const demo = makeDemoPlan(NOW);
  return { ...demo, units: demo.units.map(({ results: _results, ...u }) => u) };
};

/** The version 3 fixture's plan: the demo with the own-target check on for the first indicator, and digitisation's general target not entered. */
export const v3FixturePlan = (): Plan => {
  const demo = demoBeforeResults();
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

/** The version 6 fixture's plan: the version 5 one with the demo's monthly results (one month given as a rate) and a custom count pair. */
export const v6FixturePlan = (): Plan => {
  const plan = v5FixturePlan();
  const demo = makeDemoPlan(NOW);
  const results = new Map(demo.units.map((u) => [u.code, u.results]));
  const indicators = plan.indicators.map((i) => (i.id === 'digitisation'
    ? { ...i, counts: { num: { vi: 'Hồ sơ số hóa', en: 'Digitised' }, den: { vi: 'Hồ sơ giải quyết', en: 'Resolved' } } } : i));
  return { ...plan, indicators, units: plan.units.map((u) => { const r = results.get(u.code); return r ? { ...u, results: r } : u; }) };
};

/** What the step from version 5 to 6 adds to a plan document: the national indicators' count pairs, in the plan and its versions. */
export function withNationalCounts<T extends Record<string, unknown>>(doc: T): T {
  const add = (list: unknown) => (list as { id: string }[]).map((i) => (NATIONAL_COUNT_LABELS[i.id] ? { ...i, counts: NATIONAL_COUNT_LABELS[i.id] } : i));
  const versions = doc.versions ? { versions: (doc.versions as { indicators: unknown }[]).map((v) => ({ ...v, indicators: add(v.indicators) })) } : {};
  return { ...doc, indicators: add(doc.indicators), ...versions };
}
