// Settings of the import bench (see import-bench.ts for what it measures).
import { join } from 'node:path';

export const THREADS = 30_503;
export const OUT_DIR = 'bench/out';
export const CSV = join(OUT_DIR, 'threads.csv');
export const JSON_OUT = join(OUT_DIR, 'import-bench.json');
export const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
/** BENCH_PROFILE=1: one extra app run, not counted, with the import worker's CPU profile. */
export const PROFILE = process.env.BENCH_PROFILE === '1';
export const PROFILE_OUT = join(OUT_DIR, 'import-worker.cpuprofile');
/** BENCH_BASELINE_VARIANTS=1: one extra baseline run per write shape (see bench/baseline/worker.js). */
export const VARIANTS =
  process.env.BENCH_BASELINE_VARIANTS === '1' ? ['app-shape', 'app-shape-unchunked', 'two-tables'] : [];
export const RATIO_TARGET = 1.5;
export const LONG_TASK_TARGET_MS = 200;
/** After "Stored", the page refetches its queries; long tasks then are reported apart. */
export const SETTLE_MS = 1500;
export const STEP_TIMEOUT = 180_000;

export const log = (message: string) => process.stderr.write(`[import bench] ${message}\n`);

export const MB = 1024 * 1024;
export const round = (x: number, digits = 0) => Number(x.toFixed(digits));
