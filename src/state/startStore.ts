import { createPlannerStore } from '../storage/store';
import { seedDemoOnCreate } from './planList';

/**
 * The app's one store, whose database starts opening as soon as this module runs. `main.tsx` imports it before
 * anything else, so IndexedDB opens (on a first visit: creates its tables) while the browser is still evaluating
 * the rest of the app's code and rendering its first screen, not after; a database it creates comes with the
 * demo plan in it (`seedDemoOnCreate`). The app asks for the same opening when
 * it starts (`App.tsx`) and shows its outcome: a failure, or another tab keeping the database, is reported there.
 */
export const appStore = createPlannerStore();
seedDemoOnCreate(appStore.plans);
appStore.open(() => undefined).catch(() => undefined);
