import { createSignal } from 'solid-js';
import type { AppServices } from './appServices';
import { storeEverything } from './lifecycle';
import { afterPaint } from './slices';

/**
 * The service worker keeps the app working offline (everything it needs is precached on the first visit).
 * A new version waits until the user chooses to take it; before the page reloads, every edit is written.
 *
 * It is registered once the first screen is painted and the page is idle: its registration and the
 * precache of the whole app would otherwise compete with the first paint for the processor, and its
 * client (workbox-window) is loaded only then, off the first screen's JavaScript.
 */
const [updateReady, setUpdateReady] = createSignal(false);
export { updateReady };

/** When no screen says it is painted (a page without a grid or a list), registering waits no longer. */
const FIRST_SCREEN_WAIT_MS = 5000;
/** The longest wait for an idle moment once the first screen is painted. */
const IDLE_WAIT_MS = 2000;

let update: ((reload?: boolean) => Promise<void>) | undefined;
let firstScreenShown: (() => void) | undefined;

/** Called by the first screen (the grid, the plan list) once it is on screen; later calls do nothing. */
export function markFirstScreenShown(): void {
  firstScreenShown?.();
}

const whenIdle = () => new Promise<void>((resolve) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
  else setTimeout(resolve, 0);
});

export function startServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const shown = new Promise<void>((resolve) => {
    firstScreenShown = resolve;
    setTimeout(resolve, FIRST_SCREEN_WAIT_MS);
  });
  void shown.then(afterPaint).then(whenIdle).then(() => import('virtual:pwa-register')).then(({ registerSW }) => {
    firstScreenShown = undefined;
    update = registerSW({
      immediate: true,
      onNeedRefresh: () => setUpdateReady(true),
      onRegisterError: (error: unknown) => console.warn('The app could not be made available offline', error),
    });
  }).catch((error: unknown) => console.warn('The app could not be made available offline', error));
}

export async function applyUpdate(services: AppServices): Promise<void> {
  await storeEverything(services);
  // The new version takes over once told to; the page then reloads into it (also when the browser found the
  // update on its own, where workbox-window does not always report the take-over as an update).
  navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true });
  await update?.(true);
}
