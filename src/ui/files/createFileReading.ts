import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { FileReading } from '../../state/fileImport';
import { storageProblem } from '../../state/planList';
import { t } from '../i18n/t';

/** Reads a file in the worker: given the progress callback and the signal that stops it. */
export type ReadWork = (onProgress: (p: number) => void, signal: AbortSignal) => Promise<FileReading>;

export interface FileReadingFlow {
  /** The name of the file the dialog is about; undefined once closed. */
  file: Accessor<string | undefined>;
  /** 0…1 while the file is being read. */
  progress: Accessor<number | undefined>;
  reading: Accessor<FileReading | undefined>;
  /** 0…1 while what was applied is being stored (a plan replaced, a backup restored); the dialog says so. */
  storing: Accessor<number | undefined>;
  /** Replaces what was read (a file read again without touching the file). */
  setReading: (reading: FileReading) => void;
  /** Reads `name` with `work`; a later read or a close makes this one's outcome moot. */
  run: (name: string, work: ReadWork) => Promise<void>;
  /** Stores what was applied with the dialog showing the progress, then closes it; a refusal is said. */
  storeThenClose: <T>(work: (onProgress: (done: number) => void) => Promise<T>) => Promise<T | undefined>;
  close: () => void;
}

/**
 * The life of one import dialog: the file being read (one at a time: a newer read stops the one before), its
 * progress, what was read, the storing of what was applied, and closing. A read still under way stops with
 * the owner (files that came in after these replace them).
 */
export function createFileReading(options: { onDone: () => void; onMessage: (message: string) => void }): FileReadingFlow {
  const [file, setFile] = createSignal<string>();
  const [progress, setProgress] = createSignal<number>();
  const [reading, setReading] = createSignal<FileReading>();
  const [storing, setStoring] = createSignal<number>();
  let attempt = 0;
  let controller: AbortController | undefined;

  const close = () => {
    if (storing() !== undefined) return; // a write under way finishes (one transaction per plan), then closes
    attempt++;
    controller?.abort(); // a file still being read in the worker stops there
    setFile(undefined);
    setReading(undefined);
    setProgress(undefined);
    options.onDone();
  };

  const run = async (name: string, work: ReadWork) => {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    const current = ++attempt;
    setFile(name);
    setReading(undefined);
    setProgress(0);
    try {
      const result = await work((p) => { if (current === attempt) setProgress(p); }, mine.signal);
      if (current === attempt) setReading(result);
    } catch (e) {
      if (mine.signal.aborted) return;
      console.error('Reading the file failed', e);
      if (current === attempt) setReading({ kind: 'csv', file: name, bytes: new ArrayBuffer(0), read: { ok: false, problem: { code: 'readFailed' } } });
    } finally {
      if (current === attempt) setProgress(undefined);
    }
  };

  const storeThenClose = async <T>(work: (onProgress: (done: number) => void) => Promise<T>): Promise<T | undefined> => {
    setStoring(0);
    try {
      return await work((done) => setStoring(done));
    } catch (e) {
      console.error('Storing the file failed', e);
      // Plans are stored one by one (a kept copy, then the file's; a backup's, in turn): those done stay.
      options.onMessage(storageProblem(e) === 'quota' ? t('storeStoppedQuota') : t('storeStopped'));
      return undefined;
    } finally {
      setStoring(undefined);
      close();
    }
  };

  onCleanup(() => controller?.abort());

  return { file, progress, reading, storing, setReading: (r) => setReading(r), run, storeThenClose, close };
}
