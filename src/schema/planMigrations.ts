import { NATIONAL_COUNT_LABELS } from '../domain/indicators';
import { isRecord } from './isRecord';

/**
 * The one migration chain of a plan: `planSteps[n]` turns a plan of schema version n into one of version n+1.
 * Plan files, backups, assignment files and the records in IndexedDB all run these same steps (storage on
 * read, `storage/storedPlan.ts`), so a plan changes shape in one place whatever it travels in. Pure, and never
 * removed: a file or a database written years ago must still open. Each step has a before/after test with a
 * fixture kept forever in test/fixtures/plan-files/. Anything not of the expected shape is left as it is, for
 * the schema to report where it is wrong. A step that touches rates must mind `rates`: files carry percent,
 * storage hundredths.
 */
export type RateEncoding = 'percent' | 'hundredths';
export type Migration = (doc: Record<string, unknown>, rates: RateEncoding) => Record<string, unknown>;

export interface MigrationChain {
  current: number;
  steps: Readonly<Record<number, Migration>>;
}

/** Runs the steps from `from` up to `chain.current`; returns which steps ran (a test fails if one never does). */
export function migrate(doc: Record<string, unknown>, from: number, chain: MigrationChain, rates: RateEncoding = 'percent'):
  { doc: Record<string, unknown>; ran: number[] } {
  let current = doc;
  const ran: number[] = [];
  for (let v = from; v < chain.current; v++) {
    const step = chain.steps[v];
    if (!step) throw new Error(`No migration from schema version ${v}`);
    current = step(current, rates);
    ran.push(v);
  }
  return { doc: current, ran };
}

/** A national indicator (by id) without a count pair, with the one the one-stop systems report; anything else as it is. */
const withNationalCounts = (i: unknown) =>
  (isRecord(i) && typeof i.id === 'string' && Object.hasOwn(NATIONAL_COUNT_LABELS, i.id) && !('counts' in i) ? { ...i, counts: NATIONAL_COUNT_LABELS[i.id] } : i);

export const planMigrations: MigrationChain = {
  current: 6,
  steps: {
    // 1 → 2: the own-target check, off (what version 1 did: the own target was shown, never checked).
    1: (plan) => (Array.isArray(plan.indicators)
      ? { ...plan, indicators: plan.indicators.map((i: unknown) => (isRecord(i) ? { ...i, checkOwnTarget: false } : i)) }
      : plan),
    // 2 → 3: nothing to change: version 3 only allows an unset general target (`min: null`), which version 2
    // plans never carry.
    2: (plan) => plan,
    // 3 → 4: nothing to change: version 4 only allows a unit's locked target cells (`locked`), which version 3
    // plans never carry; a unit without it has none locked.
    3: (plan) => plan,
    // 4 → 5: nothing to change: version 5 only allows the plan's named versions (`versions`), which version 4
    // plans never carry; a plan without it has none in its file (stored ones keep theirs apart).
    4: (plan) => plan,
    // 5 → 6: the national indicators get the count pairs the one-stop systems report (in the plan and in its
    // named versions), so their monthly results read with the portal's words; other indicators keep generic
    // labels. Results themselves are new in 6: no plan before it has any.
    5: (plan) => {
      const withCounts = (list: unknown) => (Array.isArray(list) ? list.map(withNationalCounts) : list);
      const versions = Array.isArray(plan.versions) ? { versions: plan.versions.map((v: unknown) => (isRecord(v) ? { ...v, indicators: withCounts(v.indicators) } : v)) } : {};
      return { ...plan, indicators: withCounts(plan.indicators), ...versions };
    },
  },
};
