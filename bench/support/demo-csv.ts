import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `threads` demo threads (src/cli/demo-data.ts) to `path` as CSV, unless a file of at least `minBytes` is there. */
export function ensureDemoCsv(
  path: string,
  threads: number,
  seed: number,
  log: (message: string) => void,
  minBytes = 0,
): void {
  if (existsSync(path) && statSync(path).size >= minBytes) return;
  log(`generating ${path} (${threads} threads, seed ${seed})`);
  mkdirSync(dirname(path), { recursive: true });
  const result = spawnSync(
    'npx',
    [
      'tsx',
      'src/cli/demo-data.ts',
      '--threads',
      String(threads),
      '--seed',
      String(seed),
      '--format',
      'csv',
      '--out',
      path,
    ],
    {
      stdio: ['ignore', process.stderr, process.stderr],
    },
  );
  if (result.status !== 0) throw new Error(`demo-data failed with status ${result.status}`);
}
