export interface McNemarExact {
  /** b: items only the first classifier got right. */
  readonly onlyFirstCorrect: number;
  /** c: items only the second classifier got right. */
  readonly onlySecondCorrect: number;
  /** Two-sided exact p-value. */
  readonly p: number;
}

/**
 * The exact (conditional) McNemar test of two classifiers on the same items: under H0 both are
 * equally often right, so b ~ Binomial(b + c, 1/2) given b + c. Two-sided
 * p = min(1, 2·P(X ≤ min(b, c))), X ~ Binomial(b + c, 1/2); p = 1 when b + c = 0 (the runs
 * never differ in correctness: no evidence either way). Reference: McNemar (1947),
 * Psychometrika 12:153–157; Fagerland, Lydersen & Laake (2013), BMC Medical Research
 * Methodology 13:91 (the exact conditional test; their example b = 1, c = 7 gives p = 0.0703).
 *
 * Up to n = 1,000 the terms C(n, i)/2ⁿ are summed directly (exact for small n: b = 1, c = 7
 * gives 0.0703125 to the last bit); beyond, where 2⁻ⁿ underflows, in log space from the largest
 * term, accurate to about 1e-12 relative.
 *
 * Preconditions: b and c are non-negative integers (else it throws, naming the function).
 */
export function mcnemarExact(b: number, c: number): McNemarExact {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new Error('mcnemarExact: b and c must be non-negative integers');
  }
  const n = b + c;
  const k = Math.min(b, c);
  // With k ≥ (n − 1)/2, P(X ≤ k) ≥ 1/2 by symmetry, so p is exactly 1 (rounding would give 1 − ε).
  if (2 * k >= n - 1) return { onlyFirstCorrect: b, onlySecondCorrect: c, p: 1 };
  const tail = n <= DIRECT_LIMIT ? directTail(n, k) : logSpaceTail(n, k);
  return { onlyFirstCorrect: b, onlySecondCorrect: c, p: Math.min(1, 2 * tail) };
}

const DIRECT_LIMIT = 1000;

/** P(X ≤ k), X ~ Binomial(n, 1/2), from t₀ = 2⁻ⁿ and tᵢ₊₁ = tᵢ·(n − i)/(i + 1). */
function directTail(n: number, k: number): number {
  let term = Math.pow(2, -n);
  let sum = term;
  for (let i = 0; i < k; i++) {
    term = (term * (n - i)) / (i + 1);
    sum += term;
  }
  return sum;
}

/** The same for large n: log C(n, i) incrementally; the largest term is the last, since k < (n − 1)/2. */
function logSpaceTail(n: number, k: number): number {
  const logTerms = new Float64Array(k + 1);
  for (let i = 1; i <= k; i++) logTerms[i] = logTerms[i - 1]! + Math.log(n - i + 1) - Math.log(i);
  const top = logTerms[k]!;
  let sum = 0;
  for (let i = k; i >= 0; i--) sum += Math.exp(logTerms[i]! - top);
  return Math.exp(top - n * Math.LN2 + Math.log(sum));
}
