import { useQuery } from '@tanstack/react-query';
import type { ThreadOutcome } from '../../../domain/decisions/thread-outcome';
import { runLabel } from '../../../domain/run-label';
import type { SampleGold } from '../../../queries/sample-gold';
import { threadQueries } from '../../../queries/thread-queries';
import { Alert } from '../../../ui/alert';
import { errorMessage } from '../../../ui/error-message';
import { ThreadTurns } from '../../../ui/thread-turns';
import { KIND_NAMES } from '../names';
import { FinalLabelLine } from './final-label-line';
import { VotesTable } from './votes-table';

interface Props {
  outcome: ThreadOutcome;
  gold: SampleGold;
  nameOf: (id: string) => string;
}

/** The thread, its votes and its final label; the LLM's label only once every reviewer has labeled it. */
export function DecisionView({ outcome, gold, nameOf }: Props) {
  const thread = useQuery(threadQueries.detail(gold.sample.studyId, outcome.threadId));
  const complete = outcome.kind !== 'incomplete';
  const llm =
    complete && gold.llm ? { run: runLabel(gold.llm.run), label: gold.llm.labels.get(outcome.threadId) ?? null } : null;
  return (
    <article aria-labelledby="decision-thread-heading" className="space-y-3">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="decision-thread-heading" className="min-w-0 text-lg font-semibold break-all">
          Thread <span className="font-mono">{outcome.threadId}</span>
        </h2>
        <p className="text-sm">{KIND_NAMES[outcome.kind]}</p>
      </header>
      {outcome.final && <FinalLabelLine final={outcome.final} nameOf={nameOf} />}
      <div className="overflow-x-auto">
        <VotesTable outcome={outcome} reviewers={gold.reviewers} nameOf={nameOf} llm={llm} />
      </div>
      {!complete && (
        <p className="text-xs text-slate-600">
          The LLM&apos;s label is shown once every reviewer has labeled this thread.
        </p>
      )}
      {thread.isPending && <p role="status">Loading thread…</p>}
      {thread.isError && (
        <Alert tone="error" title={`Thread ${outcome.threadId} could not be read`}>
          {errorMessage(thread.error)}
        </Alert>
      )}
      {thread.isSuccess &&
        (thread.data ? (
          <ThreadTurns turns={thread.data.turns} />
        ) : (
          <Alert tone="error" title={`Thread ${outcome.threadId} is not in this study.`} />
        ))}
    </article>
  );
}
