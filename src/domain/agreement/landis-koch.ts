export type LandisKochReading = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost perfect';

/**
 * Landis & Koch's (1977, Biometrics 33:159–174, p. 165) plain-words reading of a kappa (or alpha):
 * < 0 poor, 0–0.20 slight, 0.21–0.40 fair, 0.41–0.60 moderate, 0.61–0.80 substantial,
 * 0.81–1 almost perfect. The published bands leave gaps (0.20–0.21); they are read by their upper
 * bounds, ≤ 0.20, ≤ 0.40, ≤ 0.60, ≤ 0.80, ≤ 1, so 0.205 is "fair".
 * The authors called the bands arbitrary; report the value and its interval alongside.
 *
 * Preconditions: value is null (undefined statistic → null reading) or a number ≤ 1.
 */
export function landisKochReading(value: number | null): LandisKochReading | null {
  if (value === null) return null;
  if (!Number.isFinite(value) || value > 1)
    throw new Error(`landisKochReading: value must be a finite number ≤ 1 (got ${value})`);
  if (value < 0) return 'poor';
  if (value <= 0.2) return 'slight';
  if (value <= 0.4) return 'fair';
  if (value <= 0.6) return 'moderate';
  if (value <= 0.8) return 'substantial';
  return 'almost perfect';
}
