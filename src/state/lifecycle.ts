import type { AppServices } from './appServices';

/** Asks the grid (and any open editor) to commit what is being typed, so it goes through `dispatch` and is stored. */
export const COMMIT_EDITS_EVENT = 'dvctt:commit-edits';

/** Every edit on screen committed and written. */
export async function storeEverything(services: Pick<AppServices, 'shownSession'>): Promise<void> {
  window.dispatchEvent(new Event(COMMIT_EDITS_EVENT));
  // The grid hands a committed edit over on its next turn, not within stopEditing itself.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await services.shownSession()?.flush();
}

/**
 * When a newer version of the app upgrades the database from another tab, this tab stores what is typed,
 * lets go of the database and reloads into the new version: nothing typed is lost, and the upgrade is not
 * kept waiting for long.
 */
export function followUpgradesElsewhere(services: AppServices): void {
  const store = services.store;
  store.onUpgradeElsewhere(async () => {
    try {
      await storeEverything(services);
    } finally {
      store.close();
      location.reload();
    }
  });
}
