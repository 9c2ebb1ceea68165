import { afterEach, expect, test, vi } from 'vitest';
import type { PacketRequest } from '../workers/packet-protocol';
import { runPacketRequest, warmCryptoWorker } from './crypto-channel';

/** A worker that answers every request with the number of the worker that got it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  requests: PacketRequest[] = [];
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: PacketRequest) {
    this.requests.push(request);
    queueMicrotask(() => this.onmessage?.({ data: { type: 'done', result: FakeWorker.made.indexOf(this) } }));
  }
  terminate() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

const request: PacketRequest = { type: 'labels-file', workspaceStudyId: 's' as never, now: '2026-12-01T00:00:00Z' };

test('a warmed crypto worker is the one the next request runs in, and only that one', async () => {
  vi.stubGlobal('Worker', FakeWorker);
  warmCryptoWorker();
  warmCryptoWorker();
  expect(FakeWorker.made).toHaveLength(1);
  expect(FakeWorker.made[0]!.requests).toEqual([]);
  expect(await runPacketRequest(request)).toBe(0);
  expect(FakeWorker.made[0]!.requests).toEqual([request]);
  // Taken: the request after it gets a fresh worker.
  expect(await runPacketRequest(request)).toBe(1);
  expect(FakeWorker.made).toHaveLength(2);
});
