import { numericDateFields, type DateOrder } from './parse-date';

/** What a column's numeric dates say about their day/month order. */
export interface DateOrderEvidence {
  /** Values whose first number is over 12: only day first reads them. */
  dayFirst: number;
  /** Values whose second number is over 12: only month first reads them. */
  monthFirst: number;
  /** Values readable both ways, with day and month different (03/04/2024). */
  ambiguous: number;
  /** Up to three distinct ambiguous values, in file order, to show both readings. */
  examples: string[];
}

const EXAMPLES = 3;

/**
 * Tallies the numeric dates (see parseDate) of one column. Other values are not counted.
 * Linear in the number of values.
 */
export function dateOrderEvidence(values: Iterable<string>): DateOrderEvidence {
  const evidence: DateOrderEvidence = { dayFirst: 0, monthFirst: 0, ambiguous: 0, examples: [] };
  for (const value of values) {
    const c = value.charCodeAt(0);
    if (!(c >= 0x30 && c <= 0x39) && c !== 0x20) continue;
    const fields = numericDateFields(value);
    if (fields === null) continue;
    const [first, second] = fields;
    if (first > 12) evidence.dayFirst += 1;
    else if (second > 12) evidence.monthFirst += 1;
    else if (first !== second) {
      evidence.ambiguous += 1;
      const shown = value.trim();
      if (evidence.examples.length < EXAMPLES && !evidence.examples.includes(shown)) evidence.examples.push(shown);
    }
  }
  return evidence;
}

/**
 * The order a column's numeric dates must be read in: the only one that reads every value
 * (some first number over 12 -> day first; some second number over 12 -> month first).
 * null when the user has to choose: every value is ambiguous, or the values contradict each
 * other. 'none' when the column has no ambiguous value (any order reads it the same).
 */
export function inferDateOrder(evidence: DateOrderEvidence): DateOrder | null | 'none' {
  if (evidence.dayFirst > 0 && evidence.monthFirst > 0) return null;
  if (evidence.dayFirst > 0) return 'day-first';
  if (evidence.monthFirst > 0) return 'month-first';
  return evidence.ambiguous > 0 ? null : 'none';
}
