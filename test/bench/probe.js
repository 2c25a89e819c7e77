// @ts-check
/**
 * Injected into every page the benchmark opens, before the page's own scripts (Playwright `addInitScript`).
 * It measures from inside the page so that the driver's own latency never counts:
 * - every main-thread task over 50 ms (PerformanceObserver `longtask`);
 * - `open`: from navigation start to the first frame that shows a data row of the grid, painted;
 * - `arm(name, trigger, done)`: waits for a user event (an Enter key, a click, a file chosen) and times it,
 *   from the event's own time stamp (when the browser received the input, so time the page spent busy
 *   before it could handle it counts), until the screen shows the outcome, until the save status says
 *   "saved", or until the page hands a file to the browser (`URL.createObjectURL`);
 * - `recordFrames()`: the times of the animation frames the page actually ran and the gaps between them,
 *   while the driver scrolls or waits for an outcome;
 * - `marks`: when a first visit reached its milestones (IndexedDB opened, first write done, the grid
 *   created, its first row in the DOM, the service worker registered and active), for the breakdown of a first visit.
 * *Painted* is the first animation frame whose callbacks see the outcome in the DOM, plus the task after it
 * (a task queued from a frame's callbacks runs once that frame is drawn). *Frames* counts the animation-frame
 * callbacks that actually ran from the event up to and including that frame: 1 = the very next frame the
 * page drew. A frame the page could not draw because its thread was busy is not counted; the milliseconds say
 * how long it took.
 * Its names are kept out of the page's global scope by a block: `const`s only (a function declaration in a block would
 * still become a global in a classic script, and `open` or `arm` there would shadow the page's own).
 */
{
  const longtasks = /** @type {[number, number][]} */ ([]);
  /** @type {PerformanceObserver | undefined} */
  let longtaskObserver;
  const takeLongtasks = (/** @type {PerformanceEntryList} */ list) => { for (const e of list) longtasks.push([e.startTime, e.duration]); };
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    longtaskObserver = new PerformanceObserver((list) => takeLongtasks(list.getEntries()));
    longtaskObserver.observe({ type: 'longtask', buffered: true });
  }
  /** Long tasks that overlap [from, to], with those the observer has not delivered yet. */
  const tasksBetween = (/** @type {number} */ from, /** @type {number} */ to) => {
    if (longtaskObserver) takeLongtasks(longtaskObserver.takeRecords());
    return longtasks.filter(([start, duration]) => start < to && start + duration > from).map(([, duration]) => duration);
  };
  /** The longest task that overlaps [from, to]; 0 when none was over 50 ms. */
  const longestTaskBetween = (/** @type {number} */ from, /** @type {number} */ to) => tasksBetween(from, to).reduce((max, d) => Math.max(max, d), 0);

  /** Resolves at the first animation frame where `ready()` holds, once that frame is painted. */
  const untilPainted = (/** @type {() => boolean} */ ready, /** @type {number} */ t0, timeoutMs = 600_000, /** @type {() => string | null} */ failed = () => null) => {
    return new Promise((resolve, reject) => {
      let progressSeen = false;
      let frames = 0;
      const tick = () => {
        frames++;
        progressSeen ||= document.querySelector('progress') !== null;
        const failure = failed();
        if (failure !== null) reject(new Error(failure));
        else if (ready()) {
          // The frame that shows the outcome: its callbacks run now (frames recorded by `recordFrames` can be counted up to it).
          const readyAt = performance.now();
          // A task queued from a frame's callbacks runs after that frame is painted.
          setTimeout(() => {
            const end = performance.now();
            resolve({ frames, ms: end - t0, end, readyAt, longest: longestTaskBetween(t0, end), progressSeen });
          }, 0);
        } else if (performance.now() - t0 > timeoutMs) reject(new Error(`not painted within ${timeoutMs} ms`));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  };

  /**
   * Starts recording the animation frames the page runs; `stop()` resolves with the gaps between them (ms, the
   * time each frame's callbacks actually ran, not the frame's nominal time) and the long tasks meanwhile.
   */
  const recordFrames = () => {
    const times = /** @type {number[]} */ ([]);
    let running = true;
    const tick = () => {
      times.push(performance.now());
      if (running) requestAnimationFrame(tick);
    };
    const t0 = performance.now();
    requestAnimationFrame(tick);
    return {
      stop: () => new Promise((resolve) => {
        running = false;
        // Let the last frames run and the long-task observer hear of everything.
        setTimeout(() => {
          const end = performance.now();
          resolve({ times, gaps: times.slice(1).map((t, i) => t - /** @type {number} */ (times[i])), ms: end - t0, longTasks: tasksBetween(t0, end) });
        }, 50);
      }),
    };
  };

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

  // ---- Milestones of a first visit (the first time each happened, ms after navigation start) ------------
  const marks = /** @type {Record<string, number>} */ ({});
  const mark = (/** @type {string} */ name) => { marks[name] ??= performance.now(); };
  const idbOpen = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function open(/** @type {string} */ name, /** @type {number | undefined} */ version) {
    mark('idbOpenAsked');
    const request = version === undefined ? idbOpen.call(this, name) : idbOpen.call(this, name, version);
    request.addEventListener('success', () => mark('idbOpened'));
    return request;
  };
  const idbTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = /** @type {any} */ (function transaction(/** @type {any[]} */ ...args) {
    const tx = idbTransaction.apply(this, /** @type {any} */ (args));
    if (args[1] === 'readwrite' && marks.firstWriteDone === undefined) {
      mark('firstWriteAsked');
      tx.addEventListener('complete', () => mark('firstWriteDone'));
    } else if (args[1] !== 'readwrite') mark('firstReadAsked');
    return tx;
  });
  if (typeof ServiceWorkerContainer !== 'undefined' && navigator.serviceWorker) {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (/** @type {any[]} */ ...args) {
      mark('swRegisterAsked');
      return register.apply(this, /** @type {any} */ (args));
    };
    void navigator.serviceWorker.ready.then(() => mark('swActive'));
    navigator.serviceWorker.addEventListener('controllerchange', () => mark('swControls'));
  }
  const DATA_ROW = '[role="row"][row-id]:not([row-id="min"]):not([row-id="aggregate"])';
  const domWatch = new MutationObserver(() => {
    if (marks.firstRender === undefined && document.querySelector('#app > *, #root > *')) mark('firstRender');
    if (marks.gridCreated === undefined && document.querySelector('.ag-root-wrapper')) mark('gridCreated');
    if (document.querySelector(DATA_ROW)) {
      mark('firstRowInDom');
      domWatch.disconnect();
    }
  });
  domWatch.observe(document, { childList: true, subtree: true });

  /** What a first visit did before `until` (its grid painted): milestones, the JavaScript fetched, fonts, long tasks. */
  const firstVisit = (/** @type {number} */ until) => {
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
    const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).filter((e) => e.startTime < until);
    const scripts = resources.filter((e) => new URL(e.name).pathname.endsWith('.js'));
    // Rounds of the module waterfall: a file asked for only once another one had arrived is a round later.
    const round = new Map();
    for (const s of [...scripts].sort((a, b) => a.startTime - b.startTime)) {
      const before = scripts.filter((o) => o !== s && o.responseEnd <= s.startTime).map((o) => round.get(o) ?? 1);
      round.set(s, 1 + Math.max(0, ...before));
    }
    const fonts = resources.filter((e) => /\.(woff2?|ttf|otf)(\?|$)/.test(e.name) || e.initiatorType === 'font');
    const tasks = tasksBetween(0, until);
    const received = (/** @type {PerformanceResourceTiming[]} */ list) => (list.length === 0 ? undefined : list.reduce((max, s) => Math.max(max, s.responseEnd), 0));
    return {
      marks: { ...marks, htmlReceived: nav?.responseEnd ?? 0, domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
        // The HTML's own scripts and what they import statically (round 1); modules imported on demand later.
        scriptsReceived: received(scripts.filter((s) => round.get(s) === 1)), laterScriptsReceived: received(scripts.filter((s) => round.get(s) > 1)) },
      scripts: scripts.length, rounds: Math.max(0, ...round.values()),
      fonts: fonts.length, fontFaces: [...document.fonts].filter((f) => f.status === 'loaded').length,
      longTasks: { count: tasks.length, total: tasks.reduce((a, b) => a + b, 0) },
    };
  };

  const text = (/** @type {string} */ selector) => {
    const el = document.querySelector(selector);
    return el && !el.querySelector('input, textarea') ? (el.textContent ?? '').trim() : null;
  };

  /**
   * @typedef {{ type: 'keydown' | 'click' | 'change' | 'paste', key?: string, selector?: string }} Trigger
   * `present` may list several selectors (all of them present); `shows` waits for an element's exact text; `fail`
   * ends the wait with an error as soon as its selector is present (an outcome that would never come).
   * @typedef {{ present?: string | string[], gone?: string, changed?: string, shows?: { selector: string, text: string },
   *   saved?: boolean, blob?: boolean, fail?: string }} Done
   */
  const results = /** @type {Record<string, Promise<unknown>>} */ ({});
  const arm = (/** @type {string} */ name, /** @type {Trigger} */ trigger, /** @type {Done} */ done) => {
    const before = done.changed ? text(done.changed) : null;
    const present = done.present === undefined ? [] : [done.present].flat();
    const ready = () => present.every((selector) => document.querySelector(selector) !== null)
      && (!done.gone || document.querySelector(done.gone) === null)
      && (!done.changed || ((t) => t !== null && t !== '' && t !== before)(text(done.changed)))
      && (!done.shows || text(done.shows.selector) === done.shows.text);
    const failed = () => {
      const el = done.fail ? document.querySelector(done.fail) : null;
      return el ? `${done.fail} shown: ${el.outerHTML.slice(0, 400)}` : null;
    };
    results[name] = new Promise((resolve, reject) => {
      const listener = (/** @type {Event} */ e) => {
        if (trigger.key && /** @type {KeyboardEvent} */ (e).key !== trigger.key) return;
        if (trigger.selector && !(e.target instanceof Element && e.target.closest(trigger.selector))) return;
        document.removeEventListener(trigger.type, listener, true);
        // The event's time stamp: when the browser received the input (earlier than now if the page was busy).
        const now = performance.now();
        const t0 = e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now;
        const painted = done.blob ? Promise.resolve(null) : untilPainted(ready, t0, undefined, failed);
        const saved = done.saved ? savedAfter(t0).then((t) => t - t0) : Promise.resolve(null);
        const blob = done.blob ? blobAfter(t0).then(([t, size]) => ({ ms: t - t0, size })) : Promise.resolve(null);
        Promise.all([painted, saved, blob]).then(([p, s, b]) => {
          const end = performance.now();
          resolve({ painted: p, savedMs: s, blob: b, text: done.changed ? text(done.changed) : null, longest: longestTaskBetween(t0, end), queuedMs: now - t0 });
        }, reject);
      };
      document.addEventListener(trigger.type, listener, true);
    });
  };

  const isHarness = location.pathname.endsWith('/floor.html');
  const open = isHarness ? Promise.resolve(null) : untilPainted(() => document.querySelector(DATA_ROW) !== null, 0);

  Object.defineProperty(window, '__bench', {
    value: { longtasks, longestTaskBetween, tasksBetween, untilPainted, recordFrames, arm, results, open, marks, firstVisit, saveStates },
  });
}
