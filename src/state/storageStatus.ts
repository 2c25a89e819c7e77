import { createSignal } from 'solid-js';

/**
 * Whether the browser promised to keep this site's data (`navigator.storage.persist()`), and how much is used.
 * Without the promise a browser may evict the data under disk pressure; the about panel explains what to do.
 */
export interface StorageStatus {
  persisted: boolean;
  usage: number | undefined;
  quota: number | undefined;
}

const [storageStatus, setStorageStatus] = createSignal<StorageStatus>({ persisted: false, usage: undefined, quota: undefined });
export { storageStatus };

export async function refreshStorageStatus(request = false): Promise<void> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage) return;
  try {
    let persisted = (await storage.persisted?.()) ?? false;
    if (!persisted && request) persisted = (await storage.persist?.()) ?? false;
    const estimate = await storage.estimate?.();
    setStorageStatus({ persisted, usage: estimate?.usage, quota: estimate?.quota });
  } catch (error) {
    console.warn('Storage status unavailable', error);
  }
}
