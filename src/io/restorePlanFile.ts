import type { Plan } from '../domain/plan';
import type { Restored } from '../schema/fileProblem';
import { restorePlan } from '../schema/restorePlan';
import { zodProblems } from '../schema/zodProblems';
import { openEnvelope } from './envelope';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, PlanFileEnvelope } from './planFileFormat';

export interface RestoredPlanFile {
  plan: Plan;
  exportedAt: string;
  exportedBy: string;
  app: string;
  /** The format version the file was written in (before migration). */
  formatVersion: number;
}

/**
 * A plan file from outside → a plan, or every problem found, each with where it is. Order: size, JSON,
 * format, version (a newer one is refused, naming both versions), the envelope, then the plan through the one
 * restore of every plan (`schema/restorePlan.ts`: migrations, schema, consistency).
 * Nothing is written here; the caller writes only a plan that came back ok.
 */
export function restorePlanFile(text: string, file: string, parsed?: { value: unknown }): Restored<RestoredPlanFile> {
  const envelope = openEnvelope(text, file, PLAN_FILE_FORMAT, PLAN_FILE_VERSION, parsed);
  if (!envelope.ok) return envelope;
  const { doc, version } = envelope;
  const checked = PlanFileEnvelope.safeParse(doc);
  if (!checked.success) return { ok: false, problems: zodProblems(checked.error, file) };
  const plan = restorePlan(doc.plan, version, { file, at: ['plan'] });
  if (!plan.ok) return plan;
  const { exportedAt, exportedBy, app } = checked.data;
  return { ok: true, value: { plan: plan.value, exportedAt, exportedBy, app, formatVersion: version } };
}
