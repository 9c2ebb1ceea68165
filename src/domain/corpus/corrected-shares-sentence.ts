import type { PopulationShares } from './population-shares';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * The methods paragraph's sentence on the corrected shares: the estimator, its interval, the
 * population and gold items it rests on, and each category's LLM share → corrected share (95%
 * interval), most frequent LLM label first; unvalidated labels are named as such.
 */
export function correctedSharesSentence(r: PopulationShares, population: string, samples: readonly string[]): string {
  const byShare = [...r.categories].sort((a, b) => b.llmShare - a.llmShare || a.label.localeCompare(b.label));
  const shares = byShare
    .map((c) => `${c.label} ${pct(c.llmShare)} → ${pct(c.corrected)} (95% interval ${pct(c.ci[0])}–${pct(c.ci[1])})`)
    .join('; ');
  const unvalidated =
    r.unvalidated.length === 0
      ? ''
      : ` ${r.unvalidated.join(', ')} had no gold item and kept ${r.unvalidated.length === 1 ? 'its' : 'their'} uncorrected share.`;
  return `Category shares of the LLM's labels over ${r.threads} labeled threads (${population}) were corrected for the LLM's errors by the reclassification estimator on ${r.goldItems} adjudicated gold labels (${samples.join(', ')}), with 95% intervals from ${r.draws} seeded Dirichlet draws (seed ${r.seed}): ${shares}.${unvalidated}`;
}
