// Issue 3 targets on a study-sized data set: 30,503 items, 3 reviewers + the LLM, 11 categories,
// 3% of ratings missing. Point estimates < 100 ms; 1,000-resample bootstrap of everything < 2 s.
import { pathToFileURL } from 'node:url';
import { computeAgreementReport } from '../src/domain/agreement/agreement-report.ts';
import type { RatingsMatrix } from '../src/domain/agreement/ratings-matrix.ts';
import { createRandom, randomInt } from '../src/domain/random.ts';

const ITEMS = 30_503;
const RATERS = ['alice', 'bob', 'carol', 'llm'];
const CATEGORIES = 11;
const MISSING_SHARE = 0.03;
const ACCURACY = 0.8;

/** Seeded synthetic study: each item has a true category (skewed), raters hit it with probability ACCURACY. */
export function benchData(seed: number): { matrix: RatingsMatrix; gold: Map<string, string> } {
  const random = createRandom(seed);
  const categories = Array.from({ length: CATEGORIES }, (_, k) => `category-${String(k).padStart(2, '0')}`);
  const itemIds: string[] = [];
  const ratings: (string | null)[][] = [];
  const gold = new Map<string, string>();
  for (let i = 0; i < ITEMS; i++) {
    const id = `thread-${String(i).padStart(6, '0')}`;
    const truth = categories[Math.min(CATEGORIES - 1, Math.floor(-Math.log(1 - random()) * 2.5))]!;
    itemIds.push(id);
    gold.set(id, truth);
    ratings.push(
      RATERS.map(() => {
        if (random() < MISSING_SHARE) return null;
        return random() < ACCURACY ? truth : categories[randomInt(random, CATEGORIES)]!;
      }),
    );
  }
  return { matrix: { itemIds, raterIds: RATERS, ratings }, gold };
}

/** Median wall-clock and CPU milliseconds of `runs` runs (CPU time shows what other processes steal). */
function medianMs(runs: number, run: () => void): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < runs; r++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    walls.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wall: median(walls), cpu: median(cpus) };
}

export async function agreementBench(): Promise<void> {
  const { matrix, gold } = benchData(20240607);
  const options = { modelRater: 'llm', gold };
  computeAgreementReport(matrix, options);
  const point = medianMs(7, () => computeAgreementReport(matrix, options));
  const seed = 1;
  const bootstrap = medianMs(3, () =>
    computeAgreementReport(matrix, { ...options, bootstrap: { seed, resamples: 1000 } }),
  );
  const report = computeAgreementReport(matrix, { ...options, bootstrap: { seed, resamples: 1000 } });
  console.log(
    `agreement bench: ${ITEMS} items, ${RATERS.length} raters (one the model), ${CATEGORIES} categories, ${MISSING_SHARE * 100}% missing`,
  );
  const row = (step: string, t: { wall: number; cpu: number }, targetMs: number) => ({
    step,
    wallMs: Math.round(t.wall),
    cpuMs: Math.round(t.cpu),
    targetMs,
    ok: t.wall < targetMs,
  });
  console.table([
    row('point estimates (whole report, no bootstrap)', point, 100),
    row('whole report + 1,000-resample bootstrap', bootstrap, 2000),
  ]);
  console.log(
    `Fleiss' kappa ${report.fleiss.value?.toFixed(4)} (bootstrap ${report.fleiss.bootstrap?.lower?.toFixed(4)}–${report.fleiss.bootstrap?.upper?.toFixed(4)}, seed ${seed}), alpha ${report.krippendorff.value?.toFixed(4)}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  agreementBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
