import { createSignal, onCleanup } from 'solid-js';
import { applyCommand, type Command } from '../domain/commands';
import type { PlanId } from '../domain/ids';
import type { Unit } from '../domain/plan';
import { DEMO_PLAN_ID, makeDemoPlan } from '../domain/demoPlan';
import { unitsWithAchieved } from '../domain/monitoring/achieved';
import { latestMonthWithResults } from '../domain/monitoring/results';
import { periodMonths, type MonthKey } from '../domain/monitoring/resultKey';
import { duplicatePlan, makePlan, type DuplicateOptions } from '../domain/planFactory';
import type { DamagedPlanSummary, PlanStore, PlanSummary } from '../storage/store';
import { newId, nowIso } from './services';
import { isQuotaError } from '../storage/store';

/** What a failed write of the plan list means to the user. */
export const storageProblem = (e: unknown): 'quota' | 'failed' => (isQuotaError(e) ? 'quota' : 'failed');

/**
 * The list of stored plans, live across tabs, and the stored plans that fail the plan's schema (each with
 * why), which are listed apart and never opened. Must be created inside a Solid owner.
 */
export function createPlanList(repo: PlanStore) {
  const [plans, setPlans] = createSignal<PlanSummary[] | undefined>(undefined);
  const [damaged, setDamaged] = createSignal<DamagedPlanSummary[]>([]);
  const stop = repo.watchPlanList((listing) => {
    setPlans(listing.plans);
    setDamaged(listing.damaged);
  }, (e) => console.error('Listing plans failed', e));
  onCleanup(stop);
  return { plans, damaged };
}

/** The name, period and allocating unit a user gives a plan before it is made. */
export interface PlanInfoDraft {
  name: string;
  period: string;
  allocatingUnit: string;
}

export interface PlanDraft extends PlanInfoDraft {
  units: Unit[];
}

export async function createPlan(repo: PlanStore, draft: PlanDraft): Promise<PlanId> {
  const plan = makePlan(draft, nowIso(), newId);
  await repo.savePlan(plan);
  return plan.id;
}

export const renamePlan = (repo: PlanStore, id: PlanId, name: string) =>
  applyToStoredPlan(repo, id, { type: 'setPlanInfo', info: { name } });

export async function copyPlan(repo: PlanStore, id: PlanId, options: DuplicateOptions): Promise<PlanId | undefined> {
  const plan = await repo.loadPlan(id);
  if (!plan) return undefined;
  const copy = duplicatePlan(plan, options, nowIso(), newId);
  await repo.savePlan(copy);
  return copy.id;
}

/** What a next period would start from: how many of the plan's units have achieved rates, and through which month. */
export interface AchievedSummary {
  units: number;
  of: number;
  /** The latest month with a result; before `last`, the period's figures stop short of its end. */
  through: MonthKey | null;
  /** The period's last month. */
  last: MonthKey | null;
}

/** How many of a stored plan's units have achieved rates to start the next period from, of how many, through which month. */
export async function achievedUnits(repo: PlanStore, id: PlanId): Promise<AchievedSummary | undefined> {
  const plan = await repo.loadPlan(id);
  return plan && { units: unitsWithAchieved(plan), of: plan.units.length, through: latestMonthWithResults(plan), last: periodMonths(plan.period).at(-1) ?? null };
}

export const deletePlan = (repo: PlanStore, id: PlanId) => repo.deletePlan(id);

const DEMO_SEEDED = 'demoSeeded';

/**
 * The demo plan is stored in the transaction that creates the database (`startStore.ts`): a first visit finds
 * it there as soon as the database is open.
 */
export const seedDemoOnCreate = (repo: PlanStore) => repo.seedOnCreate(() => makeDemoPlan(nowIso()), DEMO_SEEDED);

/**
 * The first visit finds the demo plan ready: the one stored with the database, or (a database made by an older
 * copy of the app, without it) stored now. It is created once: a user who deleted it does not get it back
 * uninvited, but can ask for it again from the plan list.
 */
export async function ensureDemoPlan(repo: PlanStore): Promise<PlanId | undefined> {
  const created = repo.createdWith();
  if (created) return created;
  return (await repo.savePlanOnce(makeDemoPlan(nowIso()), DEMO_SEEDED)) ? DEMO_PLAN_ID : undefined;
}

/** Brings the demo back from the plan list (it is offered only when no plan is left). */
export async function restoreDemoPlan(repo: PlanStore): Promise<PlanId> {
  const existing = await repo.loadPlan(DEMO_PLAN_ID);
  if (!existing) await repo.savePlan(makeDemoPlan(nowIso()));
  return DEMO_PLAN_ID;
}

/** Applies one command to a stored plan that is not open: the same pure step and the same checked write as `dispatch`. */
export async function applyToStoredPlan(repo: PlanStore, id: PlanId, command: Command): Promise<boolean> {
  const plan = await repo.loadPlan(id);
  if (!plan) return false;
  const result = applyCommand(plan, command, nowIso());
  if (!result.ok) return false;
  if (result.plan !== plan) await repo.commit(result.plan, result.effect, plan.revision);
  return true;
}
