import { useQuery } from '@tanstack/react-query';
import { METHOD_NAMES } from '../../../domain/decisions/decision-rules';
import type { FinalLabel } from '../../../domain/decisions/thread-outcome';
import type { SampleGold } from '../../../queries/sample-gold';
import { threadQueries } from '../../../queries/thread-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import { ThreadTurns } from '../../../ui/thread-turns';
import type { ReportCellItem } from '../report-cell-items';

interface Props {
  item: ReportCellItem;
  /** The report's LLM run, as its tables name it. */
  model: string;
  /** Several samples: each thread says which one it is from. */
  showSample: boolean;
  showText: boolean;
  onToggleText: () => void;
}

// The source's reviewers are already under their aliases when the study anonymises them.
const nameOf = (source: SampleGold, id: string) =>
  id === 'lead'
    ? 'Lead'
    : (source.studyReviewers.find((r) => r.reviewerId === id)?.name ??
      source.reviewers.find((r) => r.reviewerId === id)?.name ??
      id);

function howDecided(final: FinalLabel, source: SampleGold): string {
  const by = final.stored ? `recorded by ${nameOf(source, final.decidedBy)}` : 'final by itself';
  const adjudicator = final.adjudicatorId ? `, adjudicator ${nameOf(source, final.adjudicatorId)}` : '';
  return `${METHOD_NAMES[final.method]}, ${by}${adjudicator}`;
}

/** One thread of a cell: how its gold label was reached, the LLM's label, each reviewer's, the text on demand. */
export function CellThreadView({ item, model, showSample, showText, onToggleText }: Props) {
  const { outcome, source } = item;
  const final = outcome.final!;
  const thread = useQuery({ ...threadQueries.detail(source.sample.studyId, item.threadId), enabled: showText });
  const cell = 'px-2 py-1 align-top';
  return (
    <article aria-labelledby="cell-thread-heading" className="space-y-3">
      <h2 id="cell-thread-heading" className="text-lg font-semibold break-all">
        Thread <span className="font-mono">{item.threadId}</span>
        {showSample && <span className="font-normal"> of {source.sample.name}</span>}
      </h2>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">Gold label</dt>
        <dd>
          <strong>{final.label}</strong> ({howDecided(final, source)})
        </dd>
        {final.rationale && (
          <>
            <dt className="font-medium">Rationale</dt>
            <dd dir="auto" className="whitespace-pre-wrap">
              {final.rationale}
            </dd>
          </>
        )}
        <dt className="font-medium">LLM ({model})</dt>
        <dd>
          <strong>{item.llm}</strong>
        </dd>
      </dl>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" aria-label="Reviewers' labels">
          <thead className="text-left text-xs text-slate-600">
            <tr>
              <th className={cell}>Reviewer</th>
              <th className={cell}>Label</th>
              <th className={cell}>Note</th>
              <th className={cell}>Other suggestion</th>
            </tr>
          </thead>
          <tbody>
            {outcome.votes.map((v) => (
              <tr key={v.reviewerId} className="border-t border-slate-100">
                <th scope="row" className={`${cell} text-left font-medium`}>
                  {nameOf(source, v.reviewerId)}
                </th>
                <td className={cell}>
                  {v.label}
                  {v.flagged ? ' (flagged)' : ''}
                </td>
                <td dir="auto" className={`${cell} whitespace-pre-wrap`}>
                  {v.note ?? ''}
                </td>
                <td dir="auto" className={cell}>
                  {v.otherSuggestion ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button aria-expanded={showText} onClick={onToggleText}>
        {showText ? 'Hide the thread text' : 'Show the thread text'}
      </Button>
      {showText && thread.isPending && <p role="status">Loading the thread…</p>}
      {showText && thread.isError && (
        <Alert tone="error" title={`Thread ${item.threadId} could not be read`}>
          {errorMessage(thread.error)}
        </Alert>
      )}
      {showText &&
        thread.isSuccess &&
        (thread.data ? (
          <ThreadTurns turns={thread.data.turns} />
        ) : (
          <Alert tone="error" title={`Thread ${item.threadId} is not in this study.`} />
        ))}
    </article>
  );
}
