import { formatCount } from '../../../domain/format-count';
import type { ReportData } from '../../../queries/report-queries';

/** What the report covers: samples, threads, reviewers, the LLM, and how many threads are decided. */
export function ReportHeadline({ data }: { data: ReportData }) {
  const reviewers = [...new Set(data.samples.flatMap((s) => s.reviewers.map((r) => r.name)))];
  const threads = data.samples.reduce((n, s) => n + s.outcomes.length, 0);
  const undecided = threads - data.counts.final;
  const incomplete = data.samples
    .flatMap((s) => s.outcomes)
    .filter((o) => o.kind === 'incomplete' && o.final === null).length;
  const entries: [string, string][] = [
    [
      data.samples.length === 1 ? 'Sample' : 'Samples',
      data.samples.map((s) => `${s.sample.name} (seed ${s.sample.seed})`).join(', '),
    ],
    [
      'Threads',
      `${formatCount(threads)}${data.prefixed ? ' (a thread in several samples counts once per sample; item ids are sample/thread)' : ''}`,
    ],
    ['Reviewers', reviewers.join(', ')],
    ['LLM', data.llmModel ?? 'no LLM labels imported'],
    ['Decided (gold label)', formatCount(data.counts.final)],
    [
      'Undecided',
      `${formatCount(undecided)} (${formatCount(data.counts.needsDecision)} awaiting a decision, ${formatCount(incomplete)} not labeled by every reviewer yet)`,
    ],
  ];
  return (
    <dl aria-label="What the report covers" className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {entries.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
