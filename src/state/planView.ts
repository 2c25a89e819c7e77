import { createSignal, type Accessor } from 'solid-js';
import type { Effect } from '../domain/commands';
import type { UnitCode } from '../domain/ids';
import type { Plan, Unit } from '../domain/plan';
import { unitAt, unitPositions } from '../domain/unitPositions';
import { ValidationIndex } from '../domain/validationIndex';
import { inSlices } from './slices';

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
  const validation = new ValidationIndex();
  const listeners = new Set<(change: PlanChange) => void>();
  const queue: QueuedChange[] = [];
  let showing: Promise<void> | undefined;
  let generation = 0;

  const notify = (change: PlanChange) => {
    setValidationVersion((v) => v + 1);
    for (const listener of listeners) listener(change);
  };

  function showAll(next: Plan) {
    validation.reset(next);
    setPlan(next);
    notify({ kind: 'reset' });
  }

  function showUnits(before: Plan, next: Plan, effect: Pick<Effect, 'changed' | 'removed'>) {
    const changed: Unit[] = [];
    for (const code of effect.changed) {
      const unit = unitAt(next.units, code);
      validation.updateUnit(unitAt(before.units, code), unit);
      if (unit) changed.push(unit);
    }
    for (const code of effect.removed) validation.updateUnit(unitAt(before.units, code), undefined);
    setPlan(next);
    notify({ kind: 'units', changed, removed: [...effect.removed] });
  }

  function showNow(before: Plan, next: Plan, effect: Effect) {
    if (effect.rulesChanged || effect.unitsMoved) showAll(next);
    else showUnits(before, next, effect);
  }

  function showQueued() {
    if (showing) return;
    showing = showInOrder()
      .catch((e) => console.error('Showing the plan failed', e))
      .finally(() => {
        showing = undefined;
        if (queue.length > 0) showQueued();
        else onIdle();
      });
  }

  async function showInOrder(): Promise<void> {
    for (let change = queue.shift(); change; change = queue.shift()) {
      const { before, next, effect } = change;
      if (change.generation !== generation) continue;
      if (!isLargeChange(effect)) {
        showNow(before, next, effect);
        continue;
      }
      const fork = validation.fork();
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
      }, { stop: () => change.generation !== generation });
      if (!done || change.generation !== generation) continue;
      for (const code of effect.removed) fork.updateUnit(unitAt(before.units, code), undefined);
      validation.adopt(fork);
      setPlan(next);
      notify({ kind: 'units', changed, removed: [...effect.removed] });
    }
  }

  return {
    plan: plan as Accessor<Plan | undefined>,
    validation,
    validationVersion: validationVersion as Accessor<number>,
    /** The current generation (see above): work built on an older one is stale. */
    generation: () => generation,
    /** Settles when the queued changes are shown; undefined when none is being shown. */
    busy: () => showing,
    /** Shows an accepted change: at once, or after the large ones being brought into view. */
    show(before: Plan, next: Plan, effect: Effect) {
      if (!showing && !isLargeChange(effect)) {
        showNow(before, next, effect);
        return;
      }
      queue.push({ before, next, effect, generation });
      showQueued();
    },
    /** Shows `next` instead of whatever was shown or queued (a new generation); undefined: no plan. */
    replace(next: Plan | undefined) {
      generation++;
      queue.length = 0;
      if (next) showAll(next);
      else setPlan(undefined);
    },
    subscribe(listener: (change: PlanChange) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
