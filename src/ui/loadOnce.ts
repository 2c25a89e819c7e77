/**
 * A loader of a module that, once the module is here, hands it over at once: asking the browser's module
 * loader again for a module it has costs a task of its own, which an export would wait for. A failed load
 * is tried again at the next call.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return () => {
    if (loaded !== undefined) return Promise.resolve(loaded);
    loading ??= load().then((m) => (loaded = m), (e: unknown) => {
      loading = undefined;
      throw e;
    });
    return loading;
  };
}
