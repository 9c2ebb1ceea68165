import type { FleissSums, FleissTally } from './fleiss-tally.ts';

/**
 * Standard error of Fleiss' kappa under H0: κ = 0, Fleiss, Nee & Landis (1979):
 * se₀ = sqrt(2 / (N·m·(m − 1))) · sqrt((Σⱼ pⱼqⱼ)² − Σⱼ pⱼqⱼ(qⱼ − pⱼ)) / Σⱼ pⱼqⱼ, and for one
 * category against the rest (`category` not null) sqrt(2 / (N·m·(m − 1))).
 * Preconditions: the kappa is defined (N ≥ 1, m ≥ 2, Σⱼ pⱼqⱼ > 0).
 */
export function fleissNullSe(s: FleissSums, m: number, category: number | null): number {
  const base = Math.sqrt(2 / (s.n * m * (m - 1)));
  if (category !== null) return base;
  let pq = 0;
  let skew = 0;
  for (const t of s.totals) {
    const p = t / (s.n * m);
    pq += p * (1 - p);
    skew += p * (1 - p) * (1 - 2 * p);
  }
  return (base * Math.sqrt(Math.max(0, pq * pq - skew))) / pq;
}

/**
 * Standard error of Fleiss' kappa without assuming κ = 0: the linearization (delta method)
 * variance of Gwet (2008, Psychometrika 73:407–430; irrCAC's fleiss.kappa.raw) with an infinite
 * population of items: var = Σᵢ (κᵢ* − κ)² / (N(N − 1)), where
 * κᵢ* = (p_{a|i} − pₑ)/(1 − pₑ) − 2(1 − κ)(p_{e|i} − pₑ)/(1 − pₑ),
 * p_{a|i} = Σⱼ nᵢⱼ(nᵢⱼ − 1)/(m(m − 1)), p_{e|i} = Σⱼ πⱼ nᵢⱼ / m, πⱼ = Tⱼ/(Nm), pₑ = Σⱼ πⱼ².
 * With `category` not null, the same on the data collapsed to that category and the rest.
 * Null with a single complete item (no variance estimate from one item).
 */
export function fleissLinearizedSe(t: FleissTally, kappa: number, category: number | null): number | null {
  const nItems = t.items.length;
  if (nItems < 2) return null;
  const m = t.m;
  const pi = new Float64Array(category === null ? t.k : 2);
  const perItem = new Int32Array(t.k);
  const itemCounts = (j: number): ArrayLike<number> => {
    perItem.fill(0);
    for (let e = t.offsets[j]!; e < t.offsets[j + 1]!; e++) perItem[t.cats[e]!] = t.counts[e]!;
    if (category === null) return perItem;
    const inCategory = perItem[category]!;
    return [inCategory, m - inCategory];
  };
  for (let j = 0; j < nItems; j++) {
    const counts = itemCounts(j);
    for (let c = 0; c < pi.length; c++) pi[c]! += counts[c]! / (nItems * m);
  }
  let pe = 0;
  for (const p of pi) pe += p * p;
  let sum = 0;
  for (let j = 0; j < nItems; j++) {
    const counts = itemCounts(j);
    let pa = 0;
    let pei = 0;
    for (let c = 0; c < pi.length; c++) {
      pa += (counts[c]! * (counts[c]! - 1)) / (m * (m - 1));
      pei += (pi[c]! * counts[c]!) / m;
    }
    const star = (pa - pe) / (1 - pe) - (2 * (1 - kappa) * (pei - pe)) / (1 - pe);
    sum += (star - kappa) ** 2;
  }
  return Math.sqrt(sum / (nItems * (nItems - 1)));
}
