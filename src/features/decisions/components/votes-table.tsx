import type { ThreadOutcome } from '../../../domain/decisions/thread-outcome';
import type { Reviewer } from '../../../domain/reviewer';

interface Props {
  outcome: ThreadOutcome;
  reviewers: readonly Reviewer[];
  nameOf: (id: string) => string;
  /** The LLM's label and its run (as `runLabel` reads it), passed only once every reviewer has labeled the thread. */
  llm: { run: string; label: string | null } | null;
}

/** Each reviewer's label with what they added, then (when the reviewers are done) the LLM's. */
export function VotesTable({ outcome, reviewers, nameOf, llm }: Props) {
  const cell = 'px-2 py-1 align-top';
  return (
    <table className="w-full border-collapse text-sm" aria-label="Labels given">
      <thead className="text-left text-xs text-slate-600">
        <tr>
          <th className={cell}>Rater</th>
          <th className={cell}>Label</th>
          <th className={cell}>Note</th>
          <th className={cell}>Flagged</th>
          <th className={cell}>Other suggestion</th>
        </tr>
      </thead>
      <tbody>
        {reviewers.map((r) => {
          const vote = outcome.votes.find((v) => v.reviewerId === r.reviewerId);
          return (
            <tr key={r.reviewerId} className="border-t border-slate-100">
              <th scope="row" className={`${cell} text-left font-medium`}>
                {nameOf(r.reviewerId)}
              </th>
              {vote ? (
                <>
                  <td className={cell}>
                    <strong>{vote.label}</strong>
                  </td>
                  <td dir="auto" className={`${cell} whitespace-pre-wrap`}>
                    {vote.note ?? ''}
                  </td>
                  <td className={cell}>{vote.flagged ? 'Flagged' : ''}</td>
                  <td dir="auto" className={cell}>
                    {vote.otherSuggestion ?? ''}
                  </td>
                </>
              ) : (
                <td className={`${cell} italic text-slate-600`} colSpan={4}>
                  Not labeled yet
                </td>
              )}
            </tr>
          );
        })}
        {llm && (
          <tr className="border-t-2 border-slate-300 bg-sky-50">
            <th scope="row" className={`${cell} text-left font-medium`}>
              LLM: {llm.run}
            </th>
            <td className={cell} colSpan={4}>
              <strong>{llm.label ?? 'no label'}</strong>
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
