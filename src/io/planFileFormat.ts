import '../schema/zodConfig';
import { z } from 'zod';
import { PLAN_SCHEMA_VERSION } from '../schema/planSchema';

/**
 * The plan file (`<name>.dvctt.json`): exact exchange between copies of the app.
 * Rates are written as percent numbers with at most two decimals (85.5), counts as integers.
 * Its format version is the plan's schema version (`schema/planSchema.ts`, where the history is): a new one
 * adds a step to `schema/planMigrations.ts` and a fixture.
 */
export const PLAN_FILE_FORMAT = 'dvctt-plan';
export const PLAN_FILE_VERSION = PLAN_SCHEMA_VERSION;

/** The envelope around the plan, the same in every version; the plan itself is `restorePlan`'s. */
export const PlanFileEnvelope = z.strictObject({
  format: z.literal(PLAN_FILE_FORMAT),
  formatVersion: z.number().int(),
  app: z.string().max(40),
  exportedAt: z.string().max(40),
  exportedBy: z.string().max(1000),
  plan: z.unknown(),
});
