import type { CsvEncoding } from '../io/csvDecode';
import type { CsvImportContext, CsvRead } from '../io/csvImport';
import type { CsvWorkerRequest } from '../io/csvImport.worker';
import type { JsonFileReading } from '../io/jsonFile';
import type { JsonWorkerRequest } from '../io/jsonFile.worker';
import { runWorker } from './workerTask';

/** Runs the CSV import check in a module worker; the bytes are handed over (transferred, not copied). */
export function readCsvInWorker(bytes: ArrayBuffer, context: CsvImportContext, encoding: CsvEncoding | undefined,
  onProgress: (done: number) => void, signal?: AbortSignal): Promise<CsvRead> {
  const request: CsvWorkerRequest = { bytes, context: { units: [...context.units], indicators: [...context.indicators] }, encoding };
  return runWorker(new Worker(new URL('../io/csvImport.worker.ts', import.meta.url), { type: 'module' }), request, [bytes], onProgress, signal);
}

/** Reads and checks a JSON file (plan file, assignment, backup) in a module worker. */
export function readJsonInWorker(bytes: ArrayBuffer, file: string, signal?: AbortSignal): Promise<JsonFileReading> {
  const request: JsonWorkerRequest = { bytes, file };
  return runWorker(new Worker(new URL('../io/jsonFile.worker.ts', import.meta.url), { type: 'module' }), request, [bytes], undefined, signal);
}
