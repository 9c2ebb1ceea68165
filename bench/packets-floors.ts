// The floors the packets bench compares against, each measured in a fresh tab of the same browser
// right after the step (the machine is shared, so only a floor of the same run means anything).
import { readdirSync, readFileSync } from 'node:fs';
import type { BenchBrowser } from './support/chromium';
import { CHARS, THREADS } from './packets-fixture';

export interface AgeFloor {
  decryptMs: number;
  encryptMs: number;
}

/**
 * Age alone on the packet's bytes: the built age-files chunk decrypts the packet with its
 * passphrase, then encrypts the plaintext again.
 */
export async function ageFloor(
  browser: BenchBrowser,
  url: string,
  packet: string,
  passphrase: string,
): Promise<AgeFloor> {
  const chunk = readdirSync('dist/assets').find((f) => /^age-files-.*\.js$/.test(f));
  if (!chunk) throw new Error('packets bench: no age-files chunk in dist/assets');
  const page = await browser.context.newPage();
  try {
    await page.route('**/__bench/packet.age', (route) => route.fulfill({ body: readFileSync(packet) }));
    await page.goto(url);
    return await page.evaluate(
      async ({ chunk, passphrase }) => {
        const age = await import(`/assets/${chunk}`);
        // A chunk shared by several workers has minified export names: found by what they call.
        const fns = Object.values(age).filter(
          (f): f is (...args: unknown[]) => Promise<Uint8Array> =>
            typeof f === 'function' && !String(f).startsWith('class'),
        );
        const decrypt = age.decryptAgeFile ?? fns.find((f) => /addPassphrase/.test(String(f)));
        const encrypt = age.encryptWithPassphrase ?? fns.find((f) => /setPassphrase/.test(String(f)));
        const bytes = new Uint8Array(await (await fetch('/__bench/packet.age')).arrayBuffer());
        const start = performance.now();
        const plaintext = await decrypt('packet.age', bytes, 'passphrase', passphrase);
        const decrypted = performance.now();
        await encrypt(plaintext, passphrase);
        return { decryptMs: Math.round(decrypted - start), encryptMs: Math.round(performance.now() - decrypted) };
      },
      { chunk, passphrase },
    );
  } finally {
    await page.close();
  }
}

/**
 * Raw IndexedDB, no Dexie: the packet's 300 threads of 45,000 characters put in one transaction
 * of a fresh database (median of `runs`), what no workspace write can beat in this browser.
 */
export async function indexedDbFloor(browser: BenchBrowser, url: string, runs = 3): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(
      async ({ threads, chars, runs }) => {
        const text = 'x'.repeat(chars);
        const times: number[] = [];
        for (let run = 0; run < runs; run++) {
          const name = `concord-bench-floor-${run}`;
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open(name, 1);
            open.onupgradeneeded = () => open.result.createObjectStore('threads', { keyPath: ['studyId', 'threadId'] });
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          // A fresh copy of each text (a slice of the repeat), as a packet's threads are distinct strings.
          const records = Array.from({ length: threads }, (_, i) => ({
            studyId: 'floor',
            threadId: `P${i}`,
            turns: [`${i} ${text}`.slice(0, chars)],
          }));
          const start = performance.now();
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('threads', 'readwrite');
            const store = tx.objectStore('threads');
            for (const r of records) store.put(r);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          times.push(performance.now() - start);
          db.close();
          indexedDB.deleteDatabase(name);
        }
        return Math.round(times.sort((a, b) => a - b)[Math.floor(runs / 2)]!);
      },
      { threads: THREADS, chars: CHARS, runs },
    );
  } finally {
    await page.close();
  }
}
