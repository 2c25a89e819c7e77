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

/** The plan file has had one version so far: nothing to migrate yet, but the machinery runs on every import. */
export const planFileMigrations: MigrationChain = { current: 1, steps: {} };
