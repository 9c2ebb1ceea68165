/// <reference lib="webworker" />
import { getDatabase } from '../db/database';
import { transferablesOf, type PacketRequest, type PacketResponse } from './packet-protocol';
import { handlePacketRequest } from './packet-tasks';

// scrypt (work factor 18) takes over a second per packet, and a 300-thread packet is megabytes
// of JSON to build, encrypt and parse: never on the page's thread.
const scope = self as unknown as DedicatedWorkerGlobalScope;
// From the worker's start to its modules loaded (bench/packets-bench.ts reads it from a trace).
if (typeof performance.measure === 'function') performance.measure('concord crypto worker: start-up', { start: 0 });
scope.onmessage = (event: MessageEvent<PacketRequest>) =>
  handlePacketRequest(getDatabase(), event.data, (response: PacketResponse) =>
    scope.postMessage(response, transferablesOf(response)),
  );
