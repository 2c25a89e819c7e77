import { createSignal, type Accessor, type Setter } from 'solid-js';

export type SaveState = 'saved' | 'saving' | 'error';
/** `merged`: another tab wrote first and this tab's edits were applied on top of its version (not an error). */
export type SaveProblem = 'merged' | 'quota' | 'deleted' | 'failed';

/** What the badge and the progress bar show of the writes of one open plan. */
export interface SaveStatus {
  saveState: Accessor<SaveState>;
  setSaveState: Setter<SaveState>;
  saveProblem: Accessor<{ problem: SaveProblem; dropped: number } | undefined>;
  setSaveProblem: Setter<{ problem: SaveProblem; dropped: number } | undefined>;
  /** 0…1 while a large change is being stored; undefined otherwise. */
  progress: Accessor<number | undefined>;
  /** Reports a write's progress (undefined once it is done), shown a few times a second at most. */
  setProgress(done: number | undefined): void;
}

const PROGRESS_INTERVAL_MS = 200;

export function createSaveStatus(): SaveStatus {
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [saveProblem, setSaveProblem] = createSignal<{ problem: SaveProblem; dropped: number }>();
  const [progress, setShownProgress] = createSignal<number>();
  // A write reports after every batch; the bar moves a few times a second, so that repainting it does not
  // slow the write down (each change is a frame to paint between batches).
  let progressShownAt = 0;
  const setProgress = (done: number | undefined) => {
    const now = performance.now();
    if (done !== undefined && done > 0 && done < 1 && now - progressShownAt < PROGRESS_INTERVAL_MS) return;
    progressShownAt = now;
    setShownProgress(done);
  };
  return { saveState, setSaveState, saveProblem, setSaveProblem, progress, setProgress };
}
