import { createSignal, type Accessor, type Setter } from 'solid-js';
import type { Effect } from '../domain/commands';
import type { UnitCode } from '../domain/ids';
import type { Plan, Unit } from '../domain/plan';
import { unitAt, unitPositions } from '../domain/unitPositions';
import { ValidationIndex } from '../domain/validationIndex';
import { afterPaint, inSlices, yieldToBrowser } from './slices';

/** What changed in the plan, for views that update themselves piecemeal (the grid). */
export type PlanChange =
  | { kind: 'units'; changed: Unit[]; removed: UnitCode[] }
  | { kind: 'reset' };

/** Units touched beyond which a change is shown in slices and its write reports progress. */
export const LARGE_CHANGE = 1000;

/** A change of units only, touching more than `LARGE_CHANGE` of them (an import, its undo). */
export const isLargeChange = (effect: Effect) =>
  !effect.rulesChanged && !effect.unitsMoved && effect.changed.length + effect.removed.length > LARGE_CHANGE;

/** A change waiting to be shown, behind a large one being brought into view. */
interface QueuedChange {
  before: Plan;
  next: Plan;
  effect: Effect;
  generation: number;
}

/** What a plan's view works with: how it shows a plan, the changes waiting to be shown, and the generation. */
interface ViewState {
  setPlan: Setter<Plan | undefined>;
  validation: ValidationIndex;
  /** Tells the views (and the validation's readers) of a change shown. */
  notify(change: PlanChange): void;
  onIdle: () => void;
  queue: QueuedChange[];
  showing: Promise<void> | undefined;
  generation: number;
}

/**
 * What one tab shows of a plan: the plan, its validation, and the views told of every change. A change
 * is shown at once; a large one (and whatever comes after it) in order, its validation brought up to date
 * on a copy a slice at a time and then taken over with the plan, so the screen is always one consistent
 * state and never freezes. `generation` counts the successions of plans shown: replacing the plan (with what
 * storage holds) starts a new generation, and queued changes of the old one are dropped.
 */
export function createPlanView(onIdle: () => void) {
  const [plan, setPlan] = createSignal<Plan | undefined>(undefined, { equals: false });
  const [validationVersion, setValidationVersion] = createSignal(0);
  const listeners = new Set<(change: PlanChange) => void>();
  const view: ViewState = {
    setPlan, validation: new ValidationIndex(), onIdle, queue: [], showing: undefined, generation: 0,
    notify(change) {
      setValidationVersion((v) => v + 1);
      for (const listener of listeners) listener(change);
    },
  };

  return {
    plan: plan as Accessor<Plan | undefined>,
    validation: view.validation,
    validationVersion: validationVersion as Accessor<number>,
    /** The current generation (see above): work built on an older one is stale. */
    generation: () => view.generation,
    /** Settles when the queued changes are shown; undefined when none is being shown. */
    busy: () => view.showing,
    /** Shows an accepted change: at once, or after the large ones being brought into view. */
    show(before: Plan, next: Plan, effect: Effect) {
      if (!view.showing && !isLargeChange(effect)) {
        showNow(view, before, next, effect);
        return;
      }
      view.queue.push({ before, next, effect, generation: view.generation });
      showQueued(view);
    },
    /** Shows `next` instead of whatever was shown or queued (a new generation); undefined: no plan. */
    replace(next: Plan | undefined) {
      view.generation++;
      view.queue.length = 0;
      if (next) showAll(view, next);
      else setPlan(undefined);
    },
    subscribe(listener: (change: PlanChange) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function showAll(view: ViewState, next: Plan) {
  view.validation.reset(next);
  view.setPlan(next);
  view.notify({ kind: 'reset' });
  // The lookup of the units by code (O(units) to build, then shared by every list an edit makes from this one)
  // is made once the plan is on screen, not in the key press of its first edit.
  void afterPaint().then(() => unitPositions(next.units));
}

function showUnits(view: ViewState, before: Plan, next: Plan, effect: Pick<Effect, 'changed' | 'removed'>) {
  const changed: Unit[] = [];
  for (const code of effect.changed) {
    const unit = unitAt(next.units, code);
    view.validation.updateUnit(unitAt(before.units, code), unit);
    if (unit) changed.push(unit);
  }
  for (const code of effect.removed) view.validation.updateUnit(unitAt(before.units, code), undefined);
  view.setPlan(next);
  view.notify({ kind: 'units', changed, removed: [...effect.removed] });
}

function showNow(view: ViewState, before: Plan, next: Plan, effect: Effect) {
  if (effect.rulesChanged || effect.unitsMoved) showAll(view, next);
  else showUnits(view, before, next, effect);
}

function showQueued(view: ViewState) {
  if (view.showing) return;
  view.showing = showInOrder(view)
    .catch((e) => console.error('Showing the plan failed', e))
    .finally(() => {
      view.showing = undefined;
      if (view.queue.length > 0) showQueued(view);
      else view.onIdle();
    });
}

async function showInOrder(view: ViewState): Promise<void> {
  for (let change = view.queue.shift(); change; change = view.queue.shift()) {
    if (change.generation !== view.generation) continue;
    if (isLargeChange(change.effect)) await showLarge(view, change);
    else showNow(view, change.before, change.next, change.effect);
  }
}

/**
 * Brings a large change into view: its validation is brought up to date on a copy, a slice at a time, then
 * taken over with the plan at once. Given up when the plan is replaced meanwhile (a new generation).
 */
async function showLarge(view: ViewState, change: QueuedChange) {
  const { before, next, effect } = change;
  // Its first slice too waits for a turn: the task that applied the command (a click, a key press) has had its share.
  await yieldToBrowser();
  if (change.generation !== view.generation) return;
  const fork = view.validation.fork();
  const was = unitPositions(before.units);
  const is = unitPositions(next.units);
  const changed: Unit[] = [];
  const done = await inSlices(effect.changed.length, (k) => {
    const code = effect.changed[k]!;
    const a = was.get(code);
    const b = is.get(code);
    const unit = b === undefined ? undefined : next.units[b];
    fork.updateUnit(a === undefined ? undefined : before.units[a], unit);
    if (unit) changed.push(unit);
  }, { stop: () => change.generation !== view.generation });
  if (!done || change.generation !== view.generation) return;
  for (const code of effect.removed) fork.updateUnit(unitAt(before.units, code), undefined);
  view.validation.adopt(fork);
  view.setPlan(next);
  view.notify({ kind: 'units', changed, removed: [...effect.removed] });
}
