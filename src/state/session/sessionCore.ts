import { createSignal, type Accessor } from 'solid-js';
import type { PlanId } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import { DamagedPlan, type DamagedPlanSummary, type PlanStore } from '../../storage/store';
import { createPlanView } from '../planView';

/** `damaged`: the stored plan fails its schema (`damage` says where); it is never shown half-read. */
export type LoadState = 'loading' | 'ready' | 'missing' | 'damaged';

/**
 * What the parts of an open plan share: the plan commands apply to (`model`: what the view shows, or ahead of
 * it while a large change is being shown), the view, and how the plan as storage holds it replaces both.
 */
export interface SessionCore {
  id: PlanId;
  repo: PlanStore;
  view: ReturnType<typeof createPlanView>;
  model(): Plan | undefined;
  setModel(plan: Plan | undefined): void;
  loadState: Accessor<LoadState>;
  setLoadState(state: LoadState): void;
  /** Why the stored plan cannot be shown, when `loadState` is `damaged`. */
  damage: Accessor<DamagedPlanSummary | undefined>;
  showDamaged(damage: DamagedPlanSummary): void;
  /** The plan as storage holds it replaces what is on screen; writes built on the old generation become stale. */
  showStored(stored: Plan): void;
  showMissing(): void;
  /** Reads the plan again from storage and shows it (or that it is gone). */
  reload(): Promise<void>;
}

export function createSessionCore(repo: PlanStore, id: PlanId, onViewIdle: () => void): SessionCore {
  const [loadState, setLoadState] = createSignal<LoadState>('loading');
  const [damage, setDamage] = createSignal<DamagedPlanSummary>();
  let model: Plan | undefined;
  const view = createPlanView(onViewIdle);
  const core: SessionCore = {
    id, repo, view, loadState, setLoadState, damage,
    model: () => model,
    setModel: (plan) => { model = plan; },
    showStored(stored) {
      model = stored;
      view.replace(stored);
      setLoadState('ready');
    },
    showDamaged(found) {
      model = undefined;
      setDamage(found);
      setLoadState('damaged');
      view.replace(undefined);
    },
    showMissing() {
      model = undefined;
      setLoadState('missing');
      view.replace(undefined);
    },
    async reload() {
      let stored: Plan | undefined;
      try {
        stored = await repo.loadPlan(id);
      } catch (e) {
        // Damaged on disk (or by another copy of the app): said where, never shown half-read.
        if (!(e instanceof DamagedPlan)) throw e;
        core.showDamaged({ id: e.id, name: e.planName, problems: e.problems });
        return;
      }
      if (stored) core.showStored(stored);
      else core.showMissing();
    },
  };
  return core;
}
