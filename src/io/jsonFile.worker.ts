/// <reference lib="webworker" />
import { readJsonFile } from './jsonFile';

/**
 * Reads and checks a JSON file (plan file, assignment, backup) off the main thread: a 100,000-unit plan file is
 * 30 MB, whose parsing and checking took the page away for seconds.
 */
export interface JsonWorkerRequest {
  bytes: ArrayBuffer;
  file: string;
}

self.onmessage = (event: MessageEvent<JsonWorkerRequest>) => {
  try {
    self.postMessage({ type: 'done', result: readJsonFile(new Uint8Array(event.data.bytes), event.data.file) });
  } catch (error) {
    self.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
