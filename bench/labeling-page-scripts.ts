import { SAMPLE_SIZE } from './labeling-config';

/**
 * Added to the page before the app's scripts: Dexie binds IDBDatabase.transaction when it opens
 * the database, so the wrapper that times the ratings writes must be in place before that.
 */
export const IDB_WRITES = `(() => {
  const writes = window.__labelingWrites = [];
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    const tx = transaction.call(this, stores, mode, ...rest);
    const names = typeof stores === 'string' ? [stores] : [...stores];
    if (mode === 'readwrite' && names.includes('ratings')) {
      const w = { start: performance.now(), done: null };
      writes.push(w);
      tx.addEventListener('complete', () => { w.done = performance.now(); });
    }
    return tx;
  };
})()`;

/**
 * Page code: frameDone(callback), called from a requestAnimationFrame callback, runs callback
 * in the first task after that frame (its style, layout, paint and commit done). A user-blocking
 * scheduler task, not a message: the app puts work after the frame with a message posted from its
 * own rAF callback (lib/after-paint.ts: the address, the next thread laid out ahead), which runs
 * before a message the bench posts later, so a message measured that work as part of the frame.
 * A user-blocking task runs before messages already queued (checked in Chromium 156).
 */
export const FRAME_DONE = `const frameDone = (callback) => {
    if (window.scheduler && scheduler.postTask) return void scheduler.postTask(callback, { priority: 'user-blocking' });
    const ch = new MessageChannel();
    ch.port1.onmessage = callback;
    ch.port2.postMessage(0);
  };`;

/**
 * Installed in the queue's page before the first press. A string, not a function, so the
 * bundler that runs this file cannot slip helpers into code that runs in the page.
 */
export const INSTRUMENT = `(() => {
  const HEADING = /^Thread (\\d+) of ${SAMPLE_SIZE}\\s+(\\S+)/;
  const DONE = 'All ${SAMPLE_SIZE} threads of this sample are labeled';
  ${FRAME_DONE}
  const b = window.__labeling = { presses: [], writes: window.__labelingWrites || [], longTasks: [], pending: null, waiters: [] };
  // Resolves once n presses are measured (no polling, so it adds no work to the page).
  b.wait = (n) => new Promise((resolve) => { if (b.presses.length >= n) resolve(n); else b.waiters.push({ n, resolve }); });
  const heading = () => {
    const h = document.getElementById('labeling-thread-heading');
    const m = h ? HEADING.exec(h.textContent.trim()) : null;
    return m ? { position: Number(m[1]), id: m[2] } : null;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: false });
  const afterPaint = (p) => {
    requestAnimationFrame(() => {
      p.raf = performance.now();
      frameDone(() => {
        p.painted = performance.now();
        const w = b.writes.find((x) => x.start >= p.listenerTs - 1);
        p.writeStart = w ? w.start : null;
        p.writeDone = w ? w.done : null;
        b.presses.push(p);
        b.waiters = b.waiters.filter((w) => (b.presses.length >= w.n ? (w.resolve(w.n), false) : true));
      });
    });
  };
  const check = () => {
    const p = b.pending;
    if (!p) return;
    const h = heading();
    const shown = h && h.position === p.position + 1 ? h.id
      : (h === null && document.body.textContent.includes(DONE) ? '' : null);
    if (shown === null) return;
    p.dom = performance.now();
    p.toThread = shown;
    b.pending = null;
    afterPaint(p);
  };
  window.addEventListener('keydown', (e) => {
    if (!/^[1-9]$/.test(e.key) || e.repeat) return;
    const h = heading();
    if (!h) return;
    b.pending = { key: e.key, position: h.position, fromThread: h.id, toThread: null, eventTs: e.timeStamp, listenerTs: performance.now() };
  }, true);
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;
