/**
 * Hands an edit ended in a grid on to the app once the grid has finished its own key handling (a microtask: the
 * same task, before the next frame is painted), or at once with `flush`: when the page is about to go away, the
 * edit must be dispatched, and its write started, before the `beforeunload` listener decides whether to ask.
 */
export function createEditHandOver<A extends unknown[]>(handle: (...args: A) => void): { hand: (...args: A) => void; flush: () => void } {
  const queued: A[] = [];
  const flush = () => {
    for (let args = queued.shift(); args; args = queued.shift()) handle(...args);
  };
  return {
    hand: (...args: A) => {
      queued.push(args);
      if (queued.length === 1) queueMicrotask(flush);
    },
    flush,
  };
}
