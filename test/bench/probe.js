// @ts-check
/**
 * Injected into every page the benchmark opens, before the page's own scripts (Playwright `addInitScript`).
 * It measures from inside the page so that the driver's own latency never counts:
 * - every main-thread task over 50 ms (PerformanceObserver `longtask`);
 * - `open`: from navigation start to the first frame that shows a data row of the grid, painted;
 * - `arm(name, trigger, done)`: waits for a user event (an Enter key, a click, a file chosen) and times it
 *   until the screen shows the outcome (frames and ms to painted), until the save status says "saved",
 *   or until the page hands a file to the browser (`URL.createObjectURL`).
 * A result is the frame the change first appears in: frame N means N vsync boundaries after the event.
 */
(() => {
  const longtasks = /** @type {[number, number][]} */ ([]);
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  }
  /** The longest task that overlaps [from, to]. */
  const longestTaskBetween = (/** @type {number} */ from, /** @type {number} */ to) =>
    longtasks.reduce((max, [start, duration]) => (start < to && start + duration > from ? Math.max(max, duration) : max), 0);

  // The display's frame interval, from the first frames of the page (60 Hz in headless Chromium).
  let frameInterval = 1000 / 60;
  const deltas = /** @type {number[]} */ ([]);
  const sample = (/** @type {number} */ ts) => {
    deltas.push(ts);
    if (deltas.length < 31) requestAnimationFrame(sample);
    else {
      const d = deltas.slice(1).map((t, i) => t - /** @type {number} */ (deltas[i])).sort((a, b) => a - b);
      frameInterval = d[Math.floor(d.length / 2)] ?? frameInterval;
    }
  };
  requestAnimationFrame(sample);

  /** Resolves at the first frame where `ready()` holds, once that frame is painted. */
  function untilPainted(/** @type {() => boolean} */ ready, /** @type {number} */ t0, timeoutMs = 600_000) {
    return new Promise((resolve, reject) => {
      let progressSeen = false;
      const tick = (/** @type {number} */ frameTime) => {
        progressSeen ||= document.querySelector('progress') !== null;
        if (ready()) {
          const frames = Math.max(1, Math.ceil((frameTime - t0) / frameInterval));
          // A task queued from a frame's callbacks runs after that frame is painted.
          setTimeout(() => {
            const end = performance.now();
            resolve({ frames, ms: end - t0, end, longest: longestTaskBetween(t0, end), progressSeen });
          }, 0);
        } else if (performance.now() - t0 > timeoutMs) reject(new Error(`not painted within ${timeoutMs} ms`));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }

  // The save badge's states, with the time each one was shown.
  const saveStates = /** @type {[number, string][]} */ ([]);
  const saveWaiters = /** @type {((t: number) => void)[]} */ ([]);
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const state = /** @type {Element} */ (r.target).getAttribute('data-state') ?? '';
      saveStates.push([now, state]);
      if (state === 'saved') for (const w of saveWaiters.splice(0)) w(now);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  /**
   * When the save badge next turns to "saved" after `t0`; or, for a badge that appeared after `t0` (a page just
   * opened), when it first says "saved" (seen within 5 ms).
   */
  const SAVE_BADGE = '[data-testid="save-status"]';
  const savedAfter = (/** @type {number} */ t0) => {
    const seen = saveStates.find(([t, s]) => t > t0 && s === 'saved');
    if (seen) return Promise.resolve(seen[0]);
    const badgeAtStart = document.querySelector(SAVE_BADGE);
    return new Promise((resolve) => {
      let done = false;
      const finish = (/** @type {number} */ t) => {
        done = true;
        resolve(t);
      };
      saveWaiters.push(finish);
      const poll = () => {
        if (done) return;
        const badge = document.querySelector(SAVE_BADGE);
        if (badge && badge !== badgeAtStart && badge.getAttribute('data-state') === 'saved') finish(performance.now());
        else setTimeout(poll, 5);
      };
      poll();
    });
  };

  // Files handed to the browser (every download goes through a Blob URL).
  const blobs = /** @type {[number, number][]} */ ([]);
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (/** @type {Blob | MediaSource} */ obj) => {
    blobs.push([performance.now(), obj instanceof Blob ? obj.size : 0]);
    return createObjectURL(obj);
  };
  const blobAfter = async (/** @type {number} */ t0) => {
    for (;;) {
      const b = blobs.find(([t]) => t >= t0);
      if (b) return b;
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  const DATA_ROW = '[role="row"][row-id]:not([row-id="min"]):not([row-id="aggregate"])';
  const text = (/** @type {string} */ selector) => {
    const el = document.querySelector(selector);
    return el && !el.querySelector('input, textarea') ? (el.textContent ?? '').trim() : null;
  };

  /**
   * @typedef {{ type: 'keydown' | 'click' | 'change', key?: string, selector?: string }} Trigger
   * @typedef {{ present?: string, gone?: string, changed?: string, saved?: boolean, blob?: boolean }} Done
   */
  const results = /** @type {Record<string, Promise<unknown>>} */ ({});
  function arm(/** @type {string} */ name, /** @type {Trigger} */ trigger, /** @type {Done} */ done) {
    const before = done.changed ? text(done.changed) : null;
    const ready = () => (!done.present || document.querySelector(done.present) !== null)
      && (!done.gone || document.querySelector(done.gone) === null)
      && (!done.changed || ((t) => t !== null && t !== '' && t !== before)(text(done.changed)));
    results[name] = new Promise((resolve, reject) => {
      const listener = (/** @type {Event} */ e) => {
        if (trigger.key && /** @type {KeyboardEvent} */ (e).key !== trigger.key) return;
        if (trigger.selector && !(e.target instanceof Element && e.target.closest(trigger.selector))) return;
        document.removeEventListener(trigger.type, listener, true);
        const t0 = performance.now();
        const painted = done.blob ? Promise.resolve(null) : untilPainted(ready, t0);
        const saved = done.saved ? savedAfter(t0).then((t) => t - t0) : Promise.resolve(null);
        const blob = done.blob ? blobAfter(t0).then(([t, size]) => ({ ms: t - t0, size })) : Promise.resolve(null);
        Promise.all([painted, saved, blob]).then(([p, s, b]) => {
          const end = performance.now();
          resolve({ painted: p, savedMs: s, blob: b, text: done.changed ? text(done.changed) : null, longest: longestTaskBetween(t0, end) });
        }, reject);
      };
      document.addEventListener(trigger.type, listener, true);
    });
  }

  const isHarness = location.pathname.endsWith('/floor.html');
  const open = isHarness ? Promise.resolve(null) : untilPainted(() => document.querySelector(DATA_ROW) !== null, 0);

  Object.defineProperty(window, '__bench', {
    value: { longtasks, longestTaskBetween, untilPainted, arm, results, open, frameInterval: () => frameInterval, saveStates },
  });
})();
