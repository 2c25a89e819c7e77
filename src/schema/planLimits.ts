/**
 * The plan's schema version and a unit's limits, apart from the schema itself (`planSchema.ts`, Zod): what the
 * quick checks of stored plans and units need (`unitShape.ts`, `headShape.ts`), so that opening a stored plan
 * does not load Zod, which is then needed only to word what is wrong with a record that fails them.
 */

/** The plan's schema version: the plan-file format version (its history in `planSchema.ts`). */
export const PLAN_SCHEMA_VERSION = 6;

/** Limits of a unit, shared by the schema and the quick check of stored units. */
export const UNIT_LIMITS = { code: 200, name: 1000, type: 300, volume: 100_000_000 } as const;
