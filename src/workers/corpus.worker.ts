/// <reference lib="webworker" />
import { populationShares } from '../domain/corpus/population-shares';
import { serveRpc } from '../lib/worker-rpc';

type Request = {
  labels: Map<string, string | null>;
  gold: Map<string, string>;
  options: { draws: number; seed: number };
};

// 10,000 Dirichlet draws over 11 labels take ~150–300 ms: never on the page's thread.
serveRpc(self as unknown as DedicatedWorkerGlobalScope, (r: Request) => populationShares(r.labels, r.gold, r.options));
