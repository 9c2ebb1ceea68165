import type { MethodsInput } from '../../../domain/report/methods-paragraph';
import type { SampleManifest } from '../../../domain/sampling/sample-manifest';
import type { ReportData } from '../../../queries/report-queries';

/** What the methods paragraph needs, read off the report's data (null when there is no report). */
export function methodsInput(data: ReportData): MethodsInput | null {
  if (data.report === null) return null;
  const { counts } = data;
  const codebooks = new Map<number, number>();
  for (const s of data.samples) codebooks.set(s.codebook.version, s.codebook.categories.length);
  const incomplete = data.samples
    .flatMap((s) => s.outcomes)
    .filter((o) => o.kind === 'incomplete' && o.final === null).length;
  return {
    study: {
      threadCount: data.study.summary.threadCount,
      frequentUserThreshold: data.study.frequentUserThreshold,
      byUser: data.study.summary.byUser,
    },
    samples: data.samples.map((s) => ({
      name: s.sample.name,
      size: s.sample.threadIds.length,
      seed: s.sample.seed,
      reviewers: s.sample.reviewerIds.length,
      manifest: isManifest(s.sample.manifest) ? s.sample.manifest : null,
    })),
    reviewerCount: new Set(data.samples.flatMap((s) => s.sample.reviewerIds)).size,
    codebooks: [...codebooks].sort((a, b) => a[0] - b[0]).map(([version, categories]) => ({ version, categories })),
    outcomes: {
      total: data.samples.reduce((n, s) => n + s.outcomes.length, 0),
      sameLabel: counts.kinds.unanimous,
      unanimous: counts.methods.unanimous,
      majority: counts.methods.majority,
      consensus: counts.methods.consensus,
      adjudicated: counts.methods.adjudicated,
      adjudicatedByRater: counts.adjudicatedByRater,
      awaitingDecision: counts.needsDecision,
      incomplete,
    },
    report: data.report,
    llmModel: data.llmModel,
    prefixedItems: data.prefixed,
    labelsPerThread: data.samples.flatMap((s) =>
      s.outcomes.map((o) => ({ labels: o.votes.length, reviewers: s.sample.reviewerIds.length })),
    ),
  };
}

function isManifest(m: Record<string, unknown>): m is SampleManifest {
  return (
    m.format === 'concord-sample-manifest' &&
    typeof m.population === 'object' &&
    typeof m.filters === 'object' &&
    typeof m.stratification === 'object'
  );
}
