import { expect, it } from 'vitest';
import { computeAgreementReport } from './agreement-report.ts';
import type { BootstrapInterval, Estimate } from './estimate.ts';
import { ratingsMatrixFromRows, type RatingRow } from './ratings-matrix.ts';
import { createRandom, randomInt } from '../random.ts';

/** Small, noisy samples (3 to 12 items, 2 to 4 raters and the model) are where Wald bounds overshoot. */
function smallSample(seed: number): { rows: RatingRow[]; gold: Map<string, string> } {
  const random = createRandom(seed);
  const items = 3 + randomInt(random, 10);
  const raters = ['r1', 'r2', 'r3', 'r4'].slice(0, 2 + randomInt(random, 3));
  const categories = 2 + randomInt(random, 3);
  const rows: RatingRow[] = [];
  const gold = new Map<string, string>();
  for (let i = 0; i < items; i++) {
    const truth = String(randomInt(random, categories));
    gold.set(`t${i}`, truth);
    for (const raterId of [...raters, 'llm']) {
      if (random() < 0.1) continue;
      rows.push({ itemId: `t${i}`, raterId, label: random() < 0.75 ? truth : String(randomInt(random, categories)) });
    }
  }
  return { rows, gold };
}

type Checked = Estimate & { readonly name: string; readonly range: [number, number] };

function inRange(e: Checked, seed: number): void {
  const where = `seed ${seed}, ${e.name}`;
  const [lo, hi] = e.range;
  const bounds: (number | null)[] = [e.value, e.ci?.lower ?? null, e.ci?.upper ?? null];
  const b: BootstrapInterval | null = e.bootstrap;
  if (b !== null) bounds.push(b.lower, b.upper);
  for (const x of bounds)
    if (x !== null) expect(x >= lo && x <= hi, `${where}: ${x} outside [${lo}, ${hi}]`).toBe(true);
}

it("every value and interval lies in its statistic's range: kappas and alpha in [−1, 1], proportions and F1 in [0, 1]", () => {
  let truncated = 0;
  for (let seed = 1; seed <= 150; seed++) {
    const { rows, gold } = smallSample(seed);
    const r = computeAgreementReport(ratingsMatrixFromRows(rows), {
      modelRater: 'llm',
      gold,
      bootstrap: { seed, resamples: 40 },
    });
    const kappa: [number, number] = [-1, 1];
    const unit: [number, number] = [0, 1];
    const checked: Checked[] = [
      { ...r.percentAgreement, name: 'percent agreement', range: unit },
      { ...r.meanPairwiseAgreement, name: 'mean pairwise agreement', range: unit },
      { ...r.fleiss, name: 'Fleiss', range: kappa },
      ...r.fleiss.perCategory.map((c) => ({ ...c, name: `Fleiss ${c.category}`, range: kappa })),
      { ...r.krippendorff, name: 'alpha', range: kappa },
      ...[...r.cohen, ...r.model!.cohen].map((c) => ({ ...c, name: `Cohen ${c.a}-${c.b}`, range: kappa })),
      ...[r.model!.gold!.accuracy, r.model!.gold!.macroF1, r.model!.gold!.weightedF1].map((e) => ({
        ...e,
        name: 'gold',
        range: unit,
      })),
      ...r.model!.gold!.perCategory.flatMap((c) =>
        [c.precision, c.recall, c.f1].map((e) => ({ ...e, name: `gold ${c.category}`, range: unit })),
      ),
    ];
    for (const e of checked) {
      inRange(e, seed);
      if (e.ci?.truncated === true) truncated += 1;
    }
  }
  // The data must have produced intervals that the bound actually cut, or the test proves nothing.
  expect(truncated).toBeGreaterThan(20);
});
