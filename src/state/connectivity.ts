import { createSignal } from 'solid-js';

/** Whether the browser says it is online. Nothing in the app needs the network; this only informs the user. */
const [online, setOnline] = createSignal(typeof navigator === 'undefined' ? true : navigator.onLine);
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => setOnline(true));
  window.addEventListener('offline', () => setOnline(false));
}
export { online };
