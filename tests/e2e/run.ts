// Runs every end-to-end file in real headless Chromium, one file at a time (2 cores).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'tests/e2e';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.ts'))
  .sort()
  .map((f) => join(dir, f));
const result = spawnSync(
  'npx',
  ['tsx', '--test', '--test-concurrency=1', '--test-timeout=300000', '--test-force-exit', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
