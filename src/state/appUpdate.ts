import { createSignal } from 'solid-js';
import { registerSW } from 'virtual:pwa-register';
import { storeEverything } from './lifecycle';

/**
 * The service worker keeps the app working offline (everything it needs is precached on the first visit).
 * A new version waits until the user chooses to take it; before the page reloads, every edit is written.
 */
const [updateReady, setUpdateReady] = createSignal(false);
export { updateReady };

let update: ((reload?: boolean) => Promise<void>) | undefined;

export function startServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => setUpdateReady(true),
    onRegisterError: (error: unknown) => console.warn('The app could not be made available offline', error),
  });
}

export async function applyUpdate(): Promise<void> {
  await storeEverything();
  // The new version takes over once told to; the page then reloads into it (also when the browser found the
  // update on its own, where workbox-window does not always report the take-over as an update).
  navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true });
  await update?.(true);
}
