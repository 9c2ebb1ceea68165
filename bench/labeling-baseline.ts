import { FRAME_DONE } from './labeling-page-scripts';
import { launchBenchBrowser } from './support/chromium';
import { stats, type Stats } from './support/figures';

/** A page of its own origin (so its own renderer and IndexedDB), served by Playwright, not the app. */
const BARE_URL = 'http://labeling-baseline.test/';

const BARE_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>baseline</title></head>' +
  '<body><h2 id="heading">Thread 1</h2><p>The floor of the labeling bench: no app, no React.</p></body></html>';

/**
 * The bare page's own measure, the same as the app's (keydown event.timeStamp → rAF → the first
 * task after that frame, once the DOM shows the next heading), for two floors:
 *   'f' (frame): the heading changes in the keydown handler itself: what any page pays to show a
 *       change in the frame after a key, on this browser and this machine, at this moment;
 *   'w' (write): first one raw IndexedDB put of a small record in a readwrite transaction, the
 *       heading changed on its `complete`: the least the rule "the label is stored before the
 *       view moves" can cost.
 */
const BARE_SCRIPT = `(() => {
  ${FRAME_DONE}
  const b = window.__baseline = { f: [], w: [], waiters: [] };
  const h = document.getElementById('heading');
  let n = 1;
  let db = null;
  const open = indexedDB.open('baseline', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('ratings');
  open.onsuccess = () => { db = open.result; };
  b.ready = () => new Promise((resolve) => { const t = setInterval(() => { if (db) { clearInterval(t); resolve(true); } }, 10); });
  b.wait = (kind, count) => new Promise((resolve) => {
    if (b[kind].length >= count) resolve(count); else b.waiters.push({ kind, count, resolve });
  });
  const show = (kind, p) => {
    h.textContent = 'Thread ' + (++n);
    p.dom = performance.now();
    requestAnimationFrame(() => {
      p.raf = performance.now();
      frameDone(() => {
        p.painted = performance.now();
        b[kind].push(p);
        b.waiters = b.waiters.filter((w) => (b[w.kind].length >= w.count ? (w.resolve(w.count), false) : true));
      });
    });
  };
  addEventListener('keydown', (e) => {
    const p = { eventTs: e.timeStamp, writeDone: null };
    if (e.key === 'f') show('f', p);
    if (e.key === 'w') {
      const tx = db.transaction('ratings', 'readwrite');
      tx.objectStore('ratings').put({ label: 'Coding', n, at: new Date().toISOString() }, n);
      tx.oncomplete = () => { p.writeDone = performance.now(); show('w', p); };
    }
  }, true);
})()`;

interface BarePress {
  eventTs: number;
  writeDone: number | null;
  dom: number;
  raf: number;
  painted: number;
}

export interface BaselineResult {
  /** keydown → frame done, the heading changed in the handler. */
  frame: Stats;
  /** keydown → frame done, after one raw IndexedDB put. */
  write: Stats;
  /** keydown → that put's transaction complete. */
  writeOnly: Stats;
}

export interface Baseline {
  /** One press of each floor; call between the app's presses so both see the same load. */
  press(count: number): Promise<void>;
  result(): Promise<BaselineResult>;
  close(): Promise<void>;
}

/**
 * In a browser of its own (same Chromium, same flags): a second page in the app's browser would
 * hide the app's page, whose frames Chromium then throttles to one a second.
 */
export async function openBaseline(): Promise<Baseline> {
  const browser = await launchBenchBrowser();
  const page = await browser.context.newPage();
  await page.route(`${BARE_URL}**`, (route) => route.fulfill({ contentType: 'text/html', body: BARE_HTML }));
  await page.goto(BARE_URL);
  await page.evaluate(BARE_SCRIPT);
  await page.evaluate('window.__baseline.ready()');
  return {
    press: async (count) => {
      for (const key of ['f', 'w']) {
        await page.keyboard.press(key);
        await page.evaluate(`window.__baseline.wait('${key}', ${count})`);
      }
    },
    result: async () => {
      const { f, w } = (await page.evaluate('({ f: window.__baseline.f, w: window.__baseline.w })')) as Record<
        'f' | 'w',
        BarePress[]
      >;
      return {
        frame: stats(f.map((p) => p.painted - p.eventTs))!,
        write: stats(w.map((p) => p.painted - p.eventTs))!,
        writeOnly: stats(w.map((p) => (p.writeDone ?? p.dom) - p.eventTs))!,
      };
    },
    close: () => browser.close(),
  };
}
