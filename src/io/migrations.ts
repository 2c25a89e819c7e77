/**
 * Step-by-step upgrades of files written by older versions of the app: `migrations[n]` turns a
 * format-version-n document into a version n+1 one. Pure, and never removed: a file written years ago
 * must still open. Each step has a before/after test with a fixture kept forever in test/fixtures/.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export interface MigrationChain {
  current: number;
  steps: Readonly<Record<number, Migration>>;
}

/** Runs the steps from `from` up to `chain.current`; returns which steps ran (for tests and warnings). */
export function migrate(doc: Record<string, unknown>, from: number, chain: MigrationChain): { doc: Record<string, unknown>; ran: number[] } {
  let current = doc;
  const ran: number[] = [];
  for (let v = from; v < chain.current; v++) {
    const step = chain.steps[v];
    if (!step) throw new Error(`No migration from format version ${v}`);
    current = { ...step(current), formatVersion: v + 1 };
    ran.push(v);
  }
  return { doc: current, ran };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Steps on one plan as files carry it, shared by plan files (one plan) and backups (a list of plans), so a
 * plan changes shape in one place whatever file it travels in. Anything not of the expected shape is left
 * as it is, for the schema to report where it is wrong.
 */
const planSteps: Readonly<Record<number, (plan: unknown) => unknown>> = {
  // 1 → 2: the own-target check, off (what version 1 did: the own target was shown, never checked).
  1: (plan) => (isRecord(plan) && Array.isArray(plan.indicators)
    ? { ...plan, indicators: plan.indicators.map((i: unknown) => (isRecord(i) ? { ...i, checkOwnTarget: false } : i)) }
    : plan),
  // 2 → 3: nothing to change: version 3 only allows an unset general target (`min: null`), which version 2
  // files never carry.
  2: (plan) => plan,
};

const stepsOn = (apply: (doc: Record<string, unknown>, step: (plan: unknown) => unknown) => Record<string, unknown>) =>
  Object.fromEntries(Object.entries(planSteps).map(([v, step]) => [v, (doc: Record<string, unknown>) => apply(doc, step)]));

/** The plan file (`plan`): one plan. */
export const planFileMigrations: MigrationChain = {
  current: 3,
  steps: stepsOn((doc, step) => ({ ...doc, plan: step(doc.plan) })),
};

/** The backup (`plans`): every plan, each through the same steps as in a plan file. */
export const backupMigrations: MigrationChain = {
  current: 3,
  steps: stepsOn((doc, step) => ({ ...doc, plans: Array.isArray(doc.plans) ? doc.plans.map(step) : doc.plans })),
};
