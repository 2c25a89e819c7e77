/** What a file-reading worker posts: progress as it goes, then its result or why it failed. */
export type WorkerMessage<T> = { type: 'progress'; done: number } | { type: 'done'; result: T } | { type: 'failed'; message: string };

/**
 * Runs one request in a new module worker and resolves with its result; `onProgress` gets 0…1. The request's
 * buffers in `transfer` are handed over, not copied; aborting stops the worker at once.
 */
export function runWorker<T>(worker: Worker, request: unknown, transfer: Transferable[],
  onProgress: (done: number) => void = () => undefined, signal?: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    signal?.addEventListener('abort', () => {
      worker.terminate();
      reject(new DOMException('The file reading was cancelled', 'AbortError'));
    }, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerMessage<T>>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.done);
      worker.terminate();
      if (message.type === 'done') resolve(message.result);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The file worker failed'));
    };
    worker.postMessage(request, transfer);
  });
}
