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
 * Standard errors of Fleiss' kappa without assuming κ = 0: the linearization (delta method)
 * variance of Gwet (2008, Psychometrika 73:407–430; irrCAC's fleiss.kappa.raw), infinite
 * population of items: var = Σᵢ (κᵢ* − κ)² / (N(N − 1)), where
 * κᵢ* = (p_{a|i} − pₑ)/(1 − pₑ) − 2(1 − κ)(p_{e|i} − pₑ)/(1 − pₑ),
 * p_{a|i} = Σⱼ nᵢⱼ(nᵢⱼ − 1)/(m(m − 1)), p_{e|i} = Σⱼ πⱼ nᵢⱼ / m, πⱼ = Tⱼ/(Nm), pₑ = Σⱼ πⱼ².
 * `perCategory[c]` is the same on the data collapsed to category c and the rest.
 *
 * Preconditions: `kappa` and `categoryKappas` are the defined values of this tally (null where
 * undefined; their se is then null). Every se is null with a single complete item.
 */
export function fleissLinearizedSes(
  t: FleissTally,
  kappa: number | null,
  categoryKappas: readonly (number | null)[],
): { overall: number | null; perCategory: (number | null)[] } {
  const nItems = t.items.length;
  const { m, k } = t;
  if (nItems < 2) return { overall: null, perCategory: categoryKappas.map(() => null) };
  const pi = new Float64Array(k);
  for (let e = 0; e < t.cats.length; e++) pi[t.cats[e]!]! += t.counts[e]! / (nItems * m);
  let pe = 0;
  for (const p of pi) pe += p * p;
  const binaryPe = Array.from(pi, (p) => p * p + (1 - p) * (1 - p));
  const pairs = m * (m - 1);
  const counts = new Int32Array(k);
  let sum = 0;
  const sums = new Float64Array(k);
  for (let j = 0; j < nItems; j++) {
    counts.fill(0);
    let pa = 0;
    let pei = 0;
    for (let e = t.offsets[j]!; e < t.offsets[j + 1]!; e++) {
      const c = t.cats[e]!;
      const n = t.counts[e]!;
      counts[c] = n;
      pa += (n * (n - 1)) / pairs;
      pei += (pi[c]! * n) / m;
    }
    if (kappa !== null) {
      const star = (pa - pe) / (1 - pe) - (2 * (1 - kappa) * (pei - pe)) / (1 - pe);
      sum += (star - kappa) ** 2;
    }
    for (let c = 0; c < k; c++) {
      const kc = categoryKappas[c];
      if (kc === null || kc === undefined) continue;
      const n = counts[c]!;
      const p = pi[c]!;
      const bpe = binaryPe[c]!;
      const bpa = (n * (n - 1) + (m - n) * (m - n - 1)) / pairs;
      const bpei = (p * n + (1 - p) * (m - n)) / m;
      const star = (bpa - bpe) / (1 - bpe) - (2 * (1 - kc) * (bpei - bpe)) / (1 - bpe);
      sums[c]! += (star - kc) ** 2;
    }
  }
  const se = (s: number) => Math.sqrt(s / (nItems * (nItems - 1)));
  return {
    overall: kappa === null ? null : se(sum),
    perCategory: categoryKappas.map((kc, c) => (kc === null ? null : se(sums[c]!))),
  };
}
