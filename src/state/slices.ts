/**
 * Long pieces of work on the page's own thread (bringing 100,000 changed units into view) are cut into
 * slices of a few milliseconds, with a turn for the browser (input, rendering) in between, so the page
 * never freezes and a progress bar can move.
 */

/** Lets the browser handle input and paint before the rest of the work. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A message, unlike a timer, is not throttled in a background tab.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Milliseconds of work per slice: well inside one frame, far from a long task (50 ms). */
export const SLICE_MS = 8;

/**
 * Calls `step(i)` for every i in [0, count), in order, in slices of about `SLICE_MS` with a turn for the
 * browser between them. Stops early (and resolves false) as soon as `stop()` says so between slices.
 */
export async function inSlices(count: number, step: (i: number) => void,
  options: { stop?: () => boolean; onProgress?: (done: number) => void } = {}): Promise<boolean> {
  let i = 0;
  while (i < count) {
    const deadline = performance.now() + SLICE_MS;
    do {
      const end = Math.min(count, i + 64);
      for (; i < end; i++) step(i);
    } while (i < count && performance.now() < deadline);
    options.onProgress?.(i / count);
    if (i < count) {
      await yieldToBrowser();
      if (options.stop?.()) return false;
    }
  }
  return true;
}

/** Longest wait for a frame: a hidden page draws none, and its work must not wait for it to come back. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves in the task after the next frame is drawn (a timer queued from a frame's callbacks runs once
 * that frame is painted), or after `FRAME_WAIT_MS` when no frame comes. Work that the user does not see
 * (storing an edit, rebuilding a list) goes there so that the frame showing the edit is not kept waiting.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(finish, FRAME_WAIT_MS);
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    if (typeof requestAnimationFrame !== 'function' || hidden) setTimeout(finish, 0);
    else requestAnimationFrame(() => setTimeout(finish, 0));
  });
}
