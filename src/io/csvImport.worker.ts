/// <reference lib="webworker" />
import type { CsvEncoding } from './csvDecode';
import { readCsvImport, type CsvImportContext } from './csvImport';

/**
 * Reads a CSV import off the main thread (PapaParse's own `worker: true` does not work with Vite 8), so
 * a 10,598-row file never freezes the page; it reports progress as it goes.
 */
export interface CsvWorkerRequest {
  bytes: ArrayBuffer;
  context: CsvImportContext;
  encoding?: CsvEncoding;
}

self.onmessage = (event: MessageEvent<CsvWorkerRequest>) => {
  const { bytes, context, encoding } = event.data;
  try {
    const read = readCsvImport(new Uint8Array(bytes), context, encoding, (done) => self.postMessage({ type: 'progress', done }));
    self.postMessage({ type: 'done', read });
  } catch (error) {
    self.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
