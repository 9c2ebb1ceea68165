import type { ModelComparison } from '../corpus/model-comparison';
import { formatCount, plural } from '../format-count';
import { estimateText } from './methods-paragraph';
import { formatPValue } from './report-format';

/** A compared run as the methods text names it. */
export interface ComparedRunName {
  readonly name: string;
  readonly model: string;
}

/**
 * The methods paragraph's sentence on two LLM runs compared on the gold labels: the items, each
 * run's accuracy and macro F1 with their bootstrap 95% intervals, the macro-F1 difference with
 * its paired bootstrap interval, and the exact McNemar test (b, c, p). A run is named with its
 * model when the two differ. Statistics have 3 decimals, as in the rest of the paragraph.
 */
export function runComparisonSentence(c: ModelComparison, runs: readonly [ComparedRunName, ComparedRunName]): string {
  const named = runs.map((r) => (r.name === r.model ? `“${r.name}”` : `“${r.name}” (${r.model})`));
  const [a, b] = c.models;
  const each = (m: typeof a, name: string) =>
    `${name} had accuracy ${estimateText(m.accuracy, 'bootstrap')} and macro-averaged F1 ${estimateText(m.macroF1, 'bootstrap')}`;
  const { onlyFirstCorrect, onlySecondCorrect, p } = c.mcnemar;
  return (
    `Two LLM runs were compared on the ${plural(c.items, 'thread')} with a final (gold) label that both labeled: ` +
    `${each(a, named[0]!)}, ${each(b, named[1]!)}; the difference in macro-averaged F1 (first minus second) was ` +
    `${estimateText(c.macroF1Difference, 'bootstrap', { after: `paired bootstrap, ${formatCount(c.bootstrap.resamples)} resamples` })}, ` +
    `and the exact McNemar test gave b = ${formatCount(onlyFirstCorrect)} (only the first correct), c = ${formatCount(onlySecondCorrect)} ` +
    `(only the second correct), ${p < 0.001 ? 'p < 0.001' : `p = ${formatPValue(p)}`}.`
  );
}
