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
 * Computed in log space (terms C(n, i)/2ⁿ underflow beyond n ≈ 1,070), summing from the
 * largest term, so it stays accurate for any realistic n.
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
  // log C(n, i) for i = 0…k, incrementally; the largest term is the last, since k < (n − 1)/2.
  const logTerms = new Float64Array(k + 1);
  for (let i = 1; i <= k; i++) logTerms[i] = logTerms[i - 1]! + Math.log(n - i + 1) - Math.log(i);
  const top = logTerms[k]!;
  let sum = 0;
  for (let i = k; i >= 0; i--) sum += Math.exp(logTerms[i]! - top);
  const tail = Math.exp(top - n * Math.LN2 + Math.log(sum));
  return { onlyFirstCorrect: b, onlySecondCorrect: c, p: Math.min(1, 2 * tail) };
}
