import type { ItemGroups, StatisticFamily } from './bootstrap.ts';
import { classificationMetrics } from './classification-metrics.ts';
import { kappaFromTable } from './cohen-kappa.ts';
import { MISSING, type EncodedRatings } from './encoded-ratings.ts';
import { fleissCategoryKappaFromSums, fleissKappaFromSums } from './fleiss-kappa.ts';
import { krippendorffAlphaFromSums } from './krippendorff-alpha.ts';
import { meanPairwiseAgreementValue } from './mean-pairwise-agreement.ts';
import type { GoldTally } from './model-vs-gold.ts';

/**
 * Every statistic of the report as one bootstrap family over groups of identical items.
 *
 * Items with the same ratings by every rater and the same gold label contribute identically to
 * every statistic, so they form one group (30,503 study items give a few thousand groups). Per
 * group, the counts each statistic reads are precomputed once (human category counts, the cell
 * in each rater pair's table, the gold × model cell); a resample only adds them up, weighted by
 * the group's multiplicity, into the sums read by the statistics' own `…FromSums` /
 * `…FromTable` functions. The values are those of the separate statistics (tested).
 *
 * Values, in order: percent agreement, mean pairwise agreement, Cohen's kappa per human pair,
 * per model pair, Fleiss' kappa, Fleiss' kappa per category, Krippendorff's alpha, then (with
 * gold) accuracy, macro F1, weighted F1, precision × k, recall × k, F1 × k (k gold categories).
 */
export function reportResampleKernel(
  data: EncodedRatings,
  humans: readonly number[],
  humanPairs: readonly (readonly [number, number])[],
  modelPairs: readonly (readonly [number, number])[],
  gold: GoldTally | null,
): { groups: ItemGroups; family: StatisticFamily } {
  const { nItems, nRaters, codes } = data;
  const k = data.categories.length;
  const m = humans.length;
  const pairs = [...humanPairs, ...modelPairs];
  const nPairs = pairs.length;
  const goldCellOfItem = new Int32Array(nItems).fill(-1);
  if (gold !== null)
    gold.items.forEach((i, j) => {
      goldCellOfItem[i] = gold.cells[j]!;
    });

  const groupOfKey = new Map<string, number>();
  const representatives: number[] = [];
  const of = new Int32Array(nItems);
  for (let i = 0; i < nItems; i++) {
    const key = `${codes.subarray(i * nRaters, (i + 1) * nRaters).join(',')}|${goldCellOfItem[i]}`;
    let g = groupOfKey.get(key);
    if (g === undefined) {
      g = representatives.length;
      groupOfKey.set(key, g);
      representatives.push(i);
    }
    of[i] = g;
  }
  const nGroups = representatives.length;

  const ratings = new Int32Array(nGroups);
  const agree = new Uint8Array(nGroups);
  const squaresOf = new Int32Array(nGroups);
  const offsets = new Int32Array(nGroups + 1);
  const cats: number[] = [];
  const counts: number[] = [];
  const pairCells = new Int32Array(nGroups * nPairs).fill(-1);
  const goldCell = new Int32Array(nGroups);
  const row = new Int32Array(k);
  representatives.forEach((i, g) => {
    row.fill(0);
    let mu = 0;
    for (const r of humans) {
      const c = codes[i * nRaters + r]!;
      if (c !== MISSING) {
        row[c]! += 1;
        mu += 1;
      }
    }
    let distinct = 0;
    for (let c = 0; c < k; c++) {
      if (row[c]! === 0) continue;
      cats.push(c);
      counts.push(row[c]!);
      squaresOf[g]! += row[c]! * row[c]!;
      distinct += 1;
    }
    ratings[g] = mu;
    agree[g] = distinct === 1 ? 1 : 0;
    offsets[g + 1] = cats.length;
    pairs.forEach(([a, b], p) => {
      const x = codes[i * nRaters + a]!;
      const y = codes[i * nRaters + b]!;
      if (x !== MISSING && y !== MISSING) pairCells[g * nPairs + p] = x * k + y;
    });
    goldCell[g] = goldCellOfItem[i]!;
  });
  const cat = Int32Array.from(cats);
  const cnt = Int32Array.from(counts);
  const kg = gold === null ? 0 : gold.categories.length;

  const family: StatisticFamily = (weights) => {
    let paN = 0;
    let paAgree = 0;
    const tables = pairs.map(() => new Float64Array(k * k));
    let squares = 0;
    const totals = new Float64Array(k);
    const disagreements = new Float64Array(k);
    let alphaN = 0;
    const disagreementByRatings = new Float64Array(m + 1);
    const marginals = new Float64Array(k);
    const confusion = new Float64Array(kg * kg);
    for (let g = 0; g < nGroups; g++) {
      const w = weights[g]!;
      if (w === 0) continue;
      for (let p = 0; p < nPairs; p++) {
        const cell = pairCells[g * nPairs + p]!;
        if (cell >= 0) tables[p]![cell]! += w;
      }
      if (goldCell[g]! >= 0) confusion[goldCell[g]!]! += w;
      const mu = ratings[g]!;
      if (mu < 2) continue;
      alphaN += w * mu;
      disagreementByRatings[mu]! += w * (mu * mu - squaresOf[g]!);
      for (let e = offsets[g]!; e < offsets[g + 1]!; e++) marginals[cat[e]!]! += w * cnt[e]!;
      if (mu !== m) continue;
      paN += w;
      paAgree += w * agree[g]!;
      squares += w * squaresOf[g]!;
      for (let e = offsets[g]!; e < offsets[g + 1]!; e++) {
        totals[cat[e]!]! += w * cnt[e]!;
        disagreements[cat[e]!]! += w * cnt[e]! * (m - cnt[e]!);
      }
    }
    const fleiss = { n: paN, squares, totals, disagreements };
    const values: (number | null)[] = [
      m < 2 || paN === 0 ? null : paAgree / paN,
      meanPairwiseAgreementValue(tables.slice(0, humanPairs.length), k).value,
      ...tables.map((t) => kappaFromTable(t, k).value),
      fleissKappaFromSums(fleiss, m).value,
      ...data.categories.map((_, c) => fleissCategoryKappaFromSums(fleiss, m, c).value),
      krippendorffAlphaFromSums({ n: alphaN, disagreementByRatings, marginals }).value,
    ];
    if (gold !== null) {
      const metrics = classificationMetrics(confusion, kg);
      values.push(
        metrics.accuracy.value,
        metrics.macroF1.value,
        metrics.weightedF1.value,
        ...metrics.perCategory.map((c) => c.precision.value),
        ...metrics.perCategory.map((c) => c.recall.value),
        ...metrics.perCategory.map((c) => c.f1.value),
      );
    }
    return values;
  };
  return { groups: { of, count: nGroups }, family };
}
