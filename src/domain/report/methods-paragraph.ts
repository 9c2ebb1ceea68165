import type { AgreementReport } from '../agreement/agreement-report';
import type { CohenKappa } from '../agreement/cohen-kappa';
import type { Estimate } from '../agreement/estimate';
import { landisKochReading } from '../agreement/landis-koch';
import { formatInterval, formatStatistic, intervalOf, list, type IntervalKind } from './report-format';
import { formatCount, plural } from '../format-count';
import { labelingSentence, nothingLabeled, type ThreadLabels } from './methods-labeling';
import { describeDraw, populationSentence, type MethodsSample } from './methods-population';

/** How the threads of the report reached (or did not yet reach) a final label. */
export interface MethodsOutcomes {
  readonly total: number;
  /** Threads every reviewer gave the same label (whatever their final label's method). */
  readonly sameLabel: number;
  /** Final because unanimous, without a decision (automatic acceptance). */
  readonly unanimous: number;
  readonly majority: number;
  readonly consensus: number;
  readonly adjudicated: number;
  /** Of the adjudicated, those whose adjudicator had labeled the thread too. */
  readonly adjudicatedByRater: number;
  /** Labeled by every reviewer, no final label yet. */
  readonly awaitingDecision: number;
  /** Not yet labeled by every reviewer, no final label. */
  readonly incomplete: number;
}

export interface MethodsInput {
  readonly study: {
    readonly threadCount: number;
    readonly frequentUserThreshold: number;
    readonly byUser: Readonly<Record<string, number>>;
  };
  readonly samples: readonly MethodsSample[];
  /** Distinct reviewers over the samples. */
  readonly reviewerCount: number;
  /** The codebook versions the samples used, with their number of categories. */
  readonly codebooks: readonly { readonly version: number; readonly categories: number }[];
  readonly outcomes: MethodsOutcomes;
  readonly report: AgreementReport;
  /** The LLM's model name, when its labels are in the report. */
  readonly llmModel: string | null;
  /** Item ids are `<sample>/<thread>` because a thread is in more than one sample. */
  readonly prefixedItems: boolean;
  /** Every thread of the samples (once per sample): how many of its reviewers labeled it. */
  readonly labelsPerThread: readonly ThreadLabels[];
}

/**
 * A methods paragraph for a manuscript, with the report's real numbers: population and
 * frequent users, how each sample was drawn (size, seed, filters, stratification), who labeled
 * how many threads and blinding, codebook, how disagreements were resolved (counts by method, undecided),
 * percent agreement, Fleiss' kappa, Krippendorff's alpha and the range of Cohen's kappa over
 * pairs with their 95% intervals, and the LLM against the gold labels and each reviewer.
 *
 * Statistics have 3 decimals, counts thousands separators. Intervals are the percentile
 * bootstrap when the report has one, else the analytic ones (alpha and F1 have none). An
 * undefined statistic is written "undefined" with its reason, never as a number. With no label
 * yet, only the population and the draws are described, and the paragraph says there is nothing
 * to report.
 */
export function methodsParagraph(input: MethodsInput): string {
  const { report } = input;
  const kind: IntervalKind = report.bootstrap === null ? 'analytic' : 'bootstrap';
  const draws = [populationSentence(input.study), ...input.samples.map((s) => describeDraw(s))];
  if (nothingLabeled(input.labelsPerThread)) {
    return [
      ...draws,
      `No reviewer has labeled any of the ${plural(input.labelsPerThread.length, 'thread')} yet: there is nothing to report.`,
    ].join(' ');
  }
  const sentences = [
    ...draws,
    labelingSentence(input.labelsPerThread, {
      sampleReviewers: input.samples.map((s) => s.reviewers),
      reviewerCount: input.reviewerCount,
      codebooks: input.codebooks,
    }),
    resolutionSentence(input.outcomes),
    agreementSentence(report, kind, input),
    ...llmSentences(input, kind),
    intervalSentence(report),
  ];
  return sentences.filter((s) => s !== '').join(' ');
}

function resolutionSentence(o: MethodsOutcomes): string {
  const resolved = [
    `${formatCount(o.unanimous)} came from unanimous agreement`,
    `${formatCount(o.majority)} from accepting the majority label`,
    `${formatCount(o.consensus)} from consensus discussion among the reviewers`,
    `and ${formatCount(o.adjudicated)} from adjudication by a named reviewer (${formatCount(o.adjudicatedByRater)} who had labeled the thread, ${formatCount(o.adjudicated - o.adjudicatedByRater)} who had not)`,
  ];
  const undecided = o.awaitingDecision + o.incomplete;
  const rest =
    undecided === 0
      ? 'none remains undecided'
      : `${formatCount(undecided)} ${undecided === 1 ? 'remains' : 'remain'} undecided (${formatCount(o.awaitingDecision)} awaiting a decision, ${formatCount(o.incomplete)} not yet labeled by every reviewer)`;
  return `Of the ${plural(o.total, 'thread')}, ${formatCount(o.sameLabel)} received the same label from every reviewer. Of the final labels, ${resolved.join(', ')}; ${rest}.`;
}

function agreementSentence(report: AgreementReport, kind: IntervalKind, input: MethodsInput): string {
  const pooled =
    input.samples.length > 1
      ? `Pooling the ${plural(report.items, 'thread')} of the ${formatCount(input.samples.length)} samples${input.prefixedItems ? ' (a thread drawn in more than one sample counts once per sample)' : ''}, among`
      : 'Among';
  const percent = `percent agreement (every reviewer giving the same label) was ${estimateText(report.percentAgreement, kind, { after: `${plural(report.percentAgreement.items, 'thread')} labeled by every reviewer` })}`;
  const fleiss = `Fleiss' kappa ${estimateText(report.fleiss, kind, { after: reading(report.fleiss) })}`;
  const alpha = `Krippendorff's alpha (nominal) ${estimateText(report.krippendorff, kind, { after: [`${plural(report.krippendorff.items, 'thread')} with at least two labels`, reading(report.krippendorff)].filter(Boolean).join('; ') })}`;
  return `${pooled} the ${formatCount(report.raters.length)} reviewers, ${percent}, ${fleiss}, ${alpha}, and ${cohenRange(report.cohen, kind)}.`;
}

function cohenRange(pairs: readonly CohenKappa[], kind: IntervalKind): string {
  const defined = pairs.filter((p) => p.value !== null).sort((x, y) => x.value! - y.value!);
  const name = (p: CohenKappa) => `${p.a} and ${p.b}`;
  if (pairs.length === 0) return "Cohen's kappa had no pair of reviewers";
  if (pairs.length === 1) return `Cohen's kappa between the two reviewers was ${estimateText(pairs[0]!, kind)}`;
  if (defined.length === 0) return `Cohen's kappa was undefined for every pair of reviewers (${pairs[0]!.reason})`;
  if (defined.length === 1) {
    const only = defined[0]!;
    return `Cohen's kappa was ${estimateText(only, kind, { before: name(only) })} for the one pair of reviewers where it is defined and undefined for ${plural(pairs.length - 1, 'pair')} (${pairs.find((p) => p.value === null)!.reason})`;
  }
  const lo = defined[0]!;
  const hi = defined.at(-1)!;
  const undefinedPairs = pairs.length - defined.length;
  const tail =
    undefinedPairs === 0
      ? ''
      : `; undefined for ${plural(undefinedPairs, 'pair')} (${pairs.find((p) => p.value === null)!.reason})`;
  return `Cohen's kappa over the ${formatCount(pairs.length)} pairs of reviewers ranged from ${estimateText(lo, kind, { before: name(lo) })} to ${estimateText(hi, kind, { before: name(hi) })}${tail}`;
}

function llmSentences(input: MethodsInput, kind: IntervalKind): string[] {
  const model = input.report.model;
  if (model === null || input.llmModel === null) return ['No LLM labels were included.'];
  const llm = `The LLM (${input.llmModel})`;
  const gold = model.gold;
  const sentences: string[] = [];
  if (gold === null) {
    sentences.push(`${llm} was not compared with gold labels: no thread had a final label yet.`);
  } else {
    const missing =
      gold.goldWithoutModelLabel === 0
        ? ''
        : ` (${plural(gold.goldWithoutModelLabel, 'gold-labeled thread')} without an LLM label left out)`;
    sentences.push(
      `${llm} was compared with the final (gold) labels of ${plural(gold.items, 'thread')}${missing}: accuracy ${estimateText(gold.accuracy, kind)}, macro-averaged F1 ${estimateText(gold.macroF1, kind)} and support-weighted F1 ${estimateText(gold.weightedF1, kind)}.`,
    );
  }
  if (model.cohen.length > 0) {
    const each = model.cohen.map((c) => estimateText(c, kind, { before: c.a === model.rater ? c.b : c.a }));
    sentences.push(`Cohen's kappa between the LLM and each reviewer was ${list(each)}.`);
  }
  return sentences;
}

function intervalSentence(report: AgreementReport): string {
  const intervals =
    report.bootstrap === null
      ? "95% confidence intervals (CI) are analytic: Wilson score intervals for proportions (percent agreement, accuracy) and large-sample Wald intervals for kappas (Gwet's variance for Fleiss' kappa, Fleiss, Cohen and Everitt's for Cohen's kappa), truncated to the range of kappa, −1 to 1; Krippendorff's alpha and F1 have no analytic interval."
      : `95% confidence intervals (CI) are nonparametric percentile bootstrap intervals over threads (${formatCount(report.bootstrap.resamples)} resamples, seed ${report.bootstrap.seed}).`;
  return `${intervals} Percent agreement and Fleiss' kappa use the threads labeled by every reviewer, Cohen's kappa the threads both raters labeled, and Krippendorff's alpha every thread with at least two labels; readings of kappa follow Landis and Koch (1977).`;
}

/** "0.450 (A and B; 95% CI 0.330 to 0.570; moderate agreement)", or "undefined (reason)". */
function estimateText(e: Estimate, kind: IntervalKind, notes: { before?: string; after?: string } = {}): string {
  if (e.value === null) return `undefined (${notes.before ? `${notes.before}: ` : ''}${e.reason})`;
  const interval = formatInterval(e, kind);
  const i = intervalOf(e, kind);
  const ci = interval !== null ? `95% CI ${interval}` : 'none' in i && i.none !== null ? `no 95% CI: ${i.none}` : null;
  const parts = [notes.before, ci, notes.after].filter((p): p is string => p !== undefined && p !== null && p !== '');
  return parts.length === 0 ? formatStatistic(e.value) : `${formatStatistic(e.value)} (${parts.join('; ')})`;
}

function reading(e: Estimate): string {
  const r = landisKochReading(e.value === null ? null : Math.min(e.value, 1));
  return r === null ? '' : `${r} agreement`;
}
