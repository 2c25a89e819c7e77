import type { CsvEncoding } from '../io/csvDecode';
import type { CsvImportContext, CsvRead } from '../io/csvImport';
import type { CsvWorkerRequest } from '../io/csvImport.worker';

/**
 * Runs the CSV import check in a module worker and resolves with its result; `onProgress` gets 0…1.
 * The bytes are handed over (transferred, not copied); aborting stops the worker at once.
 */
export function readCsvInWorker(bytes: ArrayBuffer, context: CsvImportContext, encoding: CsvEncoding | undefined,
  onProgress: (done: number) => void, signal?: AbortSignal): Promise<CsvRead> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../io/csvImport.worker.ts', import.meta.url), { type: 'module' });
    signal?.addEventListener('abort', () => {
      worker.terminate();
      reject(new DOMException('The file reading was cancelled', 'AbortError'));
    }, { once: true });
    worker.onmessage = (event: MessageEvent<{ type: 'progress'; done: number } | { type: 'done'; read: CsvRead } | { type: 'failed'; message: string }>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.done);
      worker.terminate();
      if (message.type === 'done') resolve(message.read);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The CSV worker failed'));
    };
    const request: CsvWorkerRequest = { bytes, context: { units: [...context.units], indicators: [...context.indicators] }, encoding };
    worker.postMessage(request, [bytes]);
  });
}
