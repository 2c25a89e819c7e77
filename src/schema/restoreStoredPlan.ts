import type { Plan } from '../domain/plan';
import type { Restored } from './fileProblem';
import { isSoundStoredHead } from './headShape';
import { normalisePlan } from './normalisePlan';
import { PLAN_SCHEMA_VERSION } from './planLimits';
import type { PlanV6 } from './planSchema';
import { isSoundUnit } from './unitShape';

/**
 * A stored plan of this app's schema version whose head and units are sound as they are (`headShape.ts`,
 * `unitShape.ts`: the answers of `PlanHeadV6` and `UnitV3`), restored without Zod: the plan, or the problems its
 * own consistency has (a repeated code, a rate outside 0–100 %). Undefined when it cannot be answered here (an
 * older record to migrate, a field the schema refuses): `restorePlan` then takes it, with Zod to word the problem.
 * The same answer as `restorePlan(raw, PLAN_SCHEMA_VERSION, { file, rates: 'hundredths' })` (a property test).
 */
export function restoreSoundStoredPlan(raw: Record<string, unknown>, schemaVersion: unknown, file: string): Restored<Plan> | undefined {
  if (schemaVersion !== PLAN_SCHEMA_VERSION || !isSoundStoredHead(raw)) return undefined;
  const head = raw as unknown as Omit<PlanV6, 'units'> & { units: unknown[] };
  const ids = new Set<string>(head.indicators.map((i) => i.id));
  if (!head.units.every((u) => isSoundUnit(u, ids))) return undefined;
  return normalisePlan(head as PlanV6, file, [], 'hundredths');
}
