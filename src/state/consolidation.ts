import { createMemo, createRoot, createSignal } from 'solid-js';
import { consolidate, type ReceivedPlan } from '../domain/consolidation';
import type { PlanId } from '../domain/ids';
import type { Plan } from '../domain/plan';
import { likeliestProvincePlan } from '../domain/provinceMembers';
import { decodeText } from '../io/csvDecode';
import { MAX_FILE_BYTES, type FileProblem } from '../schema/fileProblem';
import { sniffFileKind } from '../io/fileKind';
import { restorePlanFile } from '../io/restorePlanFile';
import type { PlanSummary } from '../storage/store';
import type { ProvincePlanChoice, StoredReceivedFile } from '../storage/store';
import type { AppServices } from './appServices';
import { nowIso } from './services';

/** Where the consolidated view reads and keeps: the app's store (from its context). */
type Stores = Pick<AppServices, 'plans' | 'received'>;

/** A stored received file that no longer reads as a plan file: reported with why, never shown half-read. */
export interface BrokenReceivedFile {
  receivedId: number;
  fileName: string;
  problems: FileProblem[];
}

/**
 * The province's consolidated view of districts' plan files. The received files are kept in IndexedDB (their
 * text, as they came) until the user clears them, and read back through the same plan-file restore as any file;
 * nothing of them becomes one of this computer's plans unless a file is imported on its own.
 */
const store = createRoot(() => {
  const [received, setReceived] = createSignal<ReceivedPlan[]>([]);
  const [problems, setProblems] = createSignal<FileProblem[]>([]);
  const [broken, setBroken] = createSignal<BrokenReceivedFile[]>([]);
  const [notKept, setNotKept] = createSignal(false);
  const [plans, setPlans] = createSignal<PlanSummary[]>([]);
  const [choice, setChoice] = createSignal<ProvincePlanChoice>(undefined);
  const [provincePlan, setProvincePlan] = createSignal<Plan | undefined>(undefined);
  const view = createMemo(() => consolidate(received(), provincePlan()));
  return { received, setReceived, problems, setProblems, broken, setBroken, notKept, setNotKept, plans, setPlans, choice, setChoice, provincePlan, setProvincePlan, view };
});

export const consolidationView = store.view;
export const consolidationProblems = store.problems;
export const brokenReceivedFiles = store.broken;
/** True when storage refused the last files received: they are shown, but will not be there after a reload. */
export const receivedNotKept = store.notKept;
/** This computer's plans, any of which may be the province's own. */
export const provincePlanOptions = store.plans;
/** The province plan compared against, undefined when none. */
export const chosenProvincePlan = store.provincePlan;

/** A received file's text → a received plan, or its problems. */
function readReceived(text: string, fileName: string): { ok: true; value: ReceivedPlan } | { ok: false; problems: FileProblem[] } {
  const restored = restorePlanFile(text, fileName);
  if (!restored.ok) return restored;
  return { ok: true, value: { plan: restored.value.plan, fileName, exportedAt: restored.value.exportedAt } };
}

/** The same file chosen again is not a second file. */
const same = (a: ReceivedPlan, b: ReceivedPlan) => a.fileName === b.fileName && a.exportedAt === b.exportedAt && a.plan.id === b.plan.id;

let loading: Promise<void> | undefined;

/** Reads what storage keeps (again: another tab may have received or cleared files meanwhile). */
export function reloadConsolidation(stores: Stores): Promise<void> {
  loading = (async () => {
    const stored = await stores.received.list();
    const read: ReceivedPlan[] = [];
    const broken: BrokenReceivedFile[] = [];
    for (const f of stored) {
      const r = readReceived(f.text, f.fileName);
      if (r.ok) read.push({ ...r.value, receivedId: f.seq });
      else broken.push({ receivedId: f.seq, fileName: f.fileName, problems: r.problems });
    }
    store.setReceived(read);
    store.setBroken(broken);
    store.setChoice(await stores.received.provincePlanChoice());
    await refreshProvincePlan(stores);
  })();
  return loading;
}

const ensureLoaded = (stores: Stores) => loading ?? reloadConsolidation(stores);

/**
 * The view is opened: what storage keeps is read again (another tab may have changed it), unless the files just
 * received could not be stored; reading storage would then hide them before the user has seen them.
 */
export function openConsolidation(stores: Stores): Promise<void> {
  return store.notKept() ? ensureLoaded(stores) : reloadConsolidation(stores);
}

/**
 * The plan compared against: the user's choice, or, while the user has not chosen, the plan whose member
 * units the received files' districts match most (plans of up to a province's size are looked at).
 */
async function refreshProvincePlan(stores: Stores): Promise<void> {
  const repo = stores.plans;
  const plans = await repo.listPlans();
  store.setPlans(plans);
  const choice = store.choice();
  if (choice !== undefined) {
    store.setProvincePlan(choice === null ? undefined : await repo.loadPlan(choice as PlanId));
    return;
  }
  const received = store.received().map((r) => r.plan);
  const candidates: Plan[] = [];
  if (received.length > 0) {
    for (const p of plans) {
      if (p.unitCount === 0 || p.unitCount > MAX_AUTO_MEMBERS) continue;
      const plan = await repo.loadPlan(p.id);
      if (plan) candidates.push(plan);
    }
  }
  store.setProvincePlan(likeliestProvincePlan(candidates, received));
}

/** A province has tens of districts; a plan of thousands of units is a district's or the whole country's communes. */
const MAX_AUTO_MEMBERS = 1000;

/** Reads many plan files at once into the consolidated view and keeps them; files that cannot be read are listed with why. */
export async function addToConsolidation(stores: Stores, files: readonly File[]): Promise<void> {
  await ensureLoaded(stores);
  const added: { plan: ReceivedPlan; text: string }[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      problems.push({ code: 'tooLarge', file: file.name, params: { limitMb: MAX_FILE_BYTES / 1024 / 1024 } });
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (sniffFileKind(bytes, file.name) !== 'json') {
      problems.push({ code: 'notAPlanFile', file: file.name });
      continue;
    }
    const decoded = decodeText(bytes);
    const text = decoded.ok ? decoded.text : '';
    const r = readReceived(text, file.name);
    if (!r.ok) problems.push(...r.problems);
    else if (!store.received().some((c) => same(c, r.value)) && !added.some((a) => same(a.plan, r.value))) added.push({ plan: r.value, text });
  }
  store.setProblems(problems);
  const at = nowIso();
  let stored: StoredReceivedFile[] | undefined;
  try {
    stored = await stores.received.add(added.map((a) => ({ fileName: a.plan.fileName, text: a.text, receivedAt: at })));
  } catch (e) {
    console.warn('Keeping the received files failed', e);
  }
  store.setNotKept(stored === undefined && added.length > 0);
  store.setReceived((current) => [...current, ...added.map((a, i) => ({ ...a.plan, receivedId: stored?.[i]?.seq }))]);
  await refreshProvincePlan(stores);
}

/** Forgets one received file (a row, or a stored file that no longer reads). */
export async function removeReceivedFile(stores: Stores, receivedId: number | undefined, fileName: string): Promise<void> {
  if (receivedId !== undefined) await stores.received.remove(receivedId);
  store.setReceived((current) => current.filter((r) => (receivedId === undefined ? r.fileName !== fileName : r.receivedId !== receivedId)));
  store.setBroken((current) => current.filter((b) => b.receivedId !== receivedId));
  if (store.choice() === undefined) await refreshProvincePlan(stores);
}

/** The user's choice of the province plan (null: none), kept with the received files. */
export async function chooseProvincePlan(stores: Stores, planId: string | null): Promise<void> {
  store.setChoice(planId);
  await stores.received.setProvincePlanChoice(planId);
  await refreshProvincePlan(stores);
}

/** Forgets every received file and the choice of the province plan. */
export async function clearConsolidation(stores: Stores): Promise<void> {
  await stores.received.clear();
  store.setReceived([]);
  store.setProblems([]);
  store.setBroken([]);
  store.setNotKept(false);
  store.setChoice(undefined);
  store.setProvincePlan(undefined);
}
