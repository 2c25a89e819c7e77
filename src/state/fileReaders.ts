import type { CsvEncoding } from '../io/csvDecode';
import { readCsvImport, type CsvImportContext, type CsvRead } from '../io/csvImport';
import { readJsonFile, type JsonReading } from '../io/jsonImport';
import { readCsvInWorker, readJsonInWorker } from './importWorkerClient';

/**
 * Files up to this size (a district's list, a province's plan file: a few hundred rows) are read on the
 * page's own thread, through the same reader as in the worker: they take a few milliseconds, far less than
 * starting a worker and loading its code. Larger ones go to the worker, so that the page never freezes.
 */
export const SMALL_FILE_BYTES = 128 * 1024;

function throwIfAborted(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new DOMException('The file reading was cancelled', 'AbortError');
}

/** Checks a CSV against a plan; `bytes` are left as they are (a second reading may use another encoding). */
export async function readCsvBytes(bytes: ArrayBuffer, context: CsvImportContext, encoding: CsvEncoding | undefined,
  onProgress: (done: number) => void, signal?: AbortSignal): Promise<CsvRead> {
  if (bytes.byteLength > SMALL_FILE_BYTES) return readCsvInWorker(bytes.slice(0), context, encoding, onProgress, signal);
  const read = readCsvImport(new Uint8Array(bytes), context, encoding, onProgress);
  throwIfAborted(signal);
  return read;
}

/** Reads and checks a JSON file (plan file, assignment, backup); the bytes may be handed over to a worker. */
export async function readJsonBytes(bytes: ArrayBuffer, file: string, onProgress: (done: number) => void,
  signal?: AbortSignal): Promise<JsonReading> {
  if (bytes.byteLength > SMALL_FILE_BYTES) return readJsonInWorker(bytes, file, onProgress, signal);
  const reading = readJsonFile(new Uint8Array(bytes), file);
  onProgress(1);
  throwIfAborted(signal);
  return reading;
}
