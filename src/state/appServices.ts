import { createSignal, type Accessor } from 'solid-js';
import { createPlannerStore, type PlannerStore, type PlanStore, type ReceivedFileStore } from '../storage/store';
import type { PlanSession } from './planSession';

/**
 * What the running app shares: its one store (the plans, the province's received files) and the plan session
 * on screen. Made once, where the app starts (`main.tsx`), and handed to the UI through one context
 * (`ui/appContext.tsx`); tests make their own on a database of their own.
 */
export interface AppServices {
  store: PlannerStore;
  plans: PlanStore;
  received: ReceivedFileStore;
  /** The plan open on screen, if any: where a dropped CSV goes, what is written out before an update. */
  shownSession: Accessor<PlanSession | undefined>;
  /** A page shows `session`; the function returned says the page went away. */
  show(session: PlanSession): () => void;
}

export function createAppServices(store: PlannerStore = createPlannerStore()): AppServices {
  const [shownSession, setShownSession] = createSignal<PlanSession>();
  return {
    store,
    plans: store.plans,
    received: store.received,
    shownSession,
    show(session) {
      setShownSession(() => session);
      // The next plan's page may have said so already: only this page's own session is forgotten.
      return () => { if (shownSession() === session) setShownSession(undefined); };
    },
  };
}
