import { runOneShotWorker } from '../lib/one-shot-worker';
import { errorFromData } from '../workers/backup-protocol';
import type { PacketRequest, PacketResponse, PacketResults } from '../workers/packet-protocol';
import { db } from './database';

const makeCryptoWorker = () =>
  new Worker(new URL('../workers/crypto.worker.ts', import.meta.url), { type: 'module', name: 'concord-crypto' });
let warmed: Worker | null = null;

/**
 * Starts the next request's crypto worker now, e.g. once a packet file is chosen, so it loads
 * (age, Dexie, zod: 120–340 ms of a packet's open in bench/packets-bench.ts) while the passphrase
 * is typed. The next request takes it; another call before then starts no second one.
 */
export function warmCryptoWorker(): void {
  if (typeof Worker !== 'undefined') warmed ??= makeCryptoWorker();
}

/**
 * Runs one packet request in a fresh crypto worker, ended once it answers (several requests
 * run side by side). Where there are no workers (jsdom tests) the same code runs in-process,
 * loaded lazily, so age-encryption never weighs on the page's own bundle.
 */
export function runPacketRequest<T extends PacketRequest>(
  request: T,
  onProgress?: (fraction: number) => void,
): Promise<PacketResults[T['type']]> {
  return new Promise((resolve, reject) => {
    const receive = (response: PacketResponse) => {
      if (response.type === 'progress') onProgress?.(response.fraction);
      else if (response.type === 'error') reject(errorFromData(response.error));
      else resolve(response.result as PacketResults[T['type']]);
    };
    if (typeof Worker === 'undefined') {
      import('../workers/packet-tasks').then(
        ({ handlePacketRequest }) => handlePacketRequest(db(), request, receive),
        reject,
      );
      return;
    }
    runOneShotWorker<PacketRequest, PacketResponse>({
      makeWorker: () => {
        const worker = warmed ?? makeCryptoWorker();
        warmed = null;
        return worker;
      },
      request,
      isLast: (r) => r.type !== 'progress',
      receive,
      fail: reject,
      failMessage: 'The encryption worker failed.',
    });
  });
}
