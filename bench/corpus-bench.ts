// Issue 11 target: `prevalence` on 30,503 threads (11 labels, 1% unlabeled) with a 300-item gold
// sample and 10,000 draws under 1 s. Times the command's main in-process (read both files, parse,
// correct, interval) and, once, the whole `tsx src/cli/prevalence.ts` process for reference; then the
// dashboard's recompute in Chromium (corpus-dashboard-bench.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prevalence } from '../src/cli/prevalence.ts';
import { createRandom, randomInt } from '../src/domain/random.ts';
import { corpusDashboardBench } from './corpus-dashboard-bench.ts';
import { medianTiming } from './support/median-timing.ts';

const THREADS = 30_503;
const CATEGORIES = 11;
const GOLD_ITEMS = 300;
const UNLABELED_SHARE = 0.01;
const LLM_ACCURACY = 0.85;
const TARGET_MS = 1000;

/** Seeded files: every thread's LLM label (or none) and a simple random gold sample of its truth. */
function writeBenchFiles(dir: string, seed: number): { labels: string; gold: string } {
  const random = createRandom(seed);
  const categories = Array.from({ length: CATEGORIES }, (_, k) => `category-${String(k).padStart(2, '0')}`);
  const truth: string[] = [];
  const lines = ['thread_id,label'];
  for (let i = 0; i < THREADS; i++) {
    const t = categories[Math.min(CATEGORIES - 1, Math.floor(-Math.log(1 - random()) * 2.5))]!;
    truth.push(t);
    const label =
      random() < UNLABELED_SHARE ? '' : random() < LLM_ACCURACY ? t : categories[randomInt(random, CATEGORIES)]!;
    lines.push(`thread-${String(i).padStart(6, '0')},${label}`);
  }
  const picked = new Set<number>();
  while (picked.size < GOLD_ITEMS) picked.add(randomInt(random, THREADS));
  const gold = ['item_id,label', ...[...picked].map((i) => `thread-${String(i).padStart(6, '0')},${truth[i]}`)];
  const files = { labels: join(dir, 'labels.csv'), gold: join(dir, 'gold.csv') };
  writeFileSync(files.labels, `${lines.join('\n')}\n`);
  writeFileSync(files.gold, `${gold.join('\n')}\n`);
  return files;
}

export async function corpusBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-corpus-bench-'));
  try {
    const { labels, gold } = writeBenchFiles(dir, 20240607);
    const args = ['--labels', labels, '--gold', gold, '--draws', '10000'];
    prevalence(args);
    const inProcess = medianTiming(5, () => prevalence(args));
    const start = performance.now();
    execFileSync('npx', ['tsx', 'src/cli/prevalence.ts', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    const wholeCommand = performance.now() - start;
    const out = prevalence(args) as {
      threads: number;
      unlabeled: number;
      categories: { label: string; llmShare: number; corrected: number; ci: [number, number] }[];
    };
    console.log(
      `corpus bench: prevalence, ${THREADS} threads (${out.unlabeled} unlabeled), ${CATEGORIES} labels, ${GOLD_ITEMS} gold items, 10,000 draws`,
    );
    console.table([
      {
        step: 'prevalence main: read, parse, correct, 10,000-draw interval (median of 5)',
        wallMs: Math.round(inProcess.wallMs),
        cpuMs: Math.round(inProcess.cpuMs),
        targetMs: TARGET_MS,
        ok: inProcess.wallMs < TARGET_MS,
      },
      {
        step: 'whole command incl. tsx start-up (one run, for reference)',
        wallMs: Math.round(wholeCommand),
        cpuMs: null,
        targetMs: null,
        ok: null,
      },
    ]);
    const first = out.categories[0]!;
    console.log(
      `${first.label}: LLM share ${first.llmShare.toFixed(4)}, corrected ${first.corrected.toFixed(4)} (${first.ci[0].toFixed(4)}–${first.ci[1].toFixed(4)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await corpusDashboardBench();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  corpusBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
