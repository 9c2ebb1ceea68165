import { useQuery } from '@tanstack/react-query';
import { EXAMPLES_PER_CATEGORY } from '../../../domain/codebook/example-candidate';
import type { ReviewerId, StudyId } from '../../../domain/ids';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { codebookQueries } from '../../../queries/codebook-queries';
import { exampleCandidateQueries, useSetExamplePick } from '../../../queries/example-candidate-queries';
import { reviewerQueries } from '../../../queries/reviewer-queries';
import { studyQueries } from '../../../queries/study-queries';
import { Alert } from '../../../ui/alert';
import { errorMessage } from '../../../ui/error-message';

/**
 * One reviewer picks the most representative candidates of each category. It reads only that
 * reviewer's own picks, so the other reviewer's choice cannot anchor theirs (issue #11).
 */
export function ExamplePicksPage({ studyId, reviewerId }: { studyId: StudyId; reviewerId: ReviewerId }) {
  const { data: study } = useQuery(studyQueries.detail(studyId));
  const { data: reviewers } = useQuery(reviewerQueries.list(studyId));
  const { data: latest, error } = useQuery(codebookQueries.latest(studyId));
  const { data: candidates } = useQuery(exampleCandidateQueries.list(studyId));
  const { data: picked } = useQuery(exampleCandidateQueries.picksOf(studyId, reviewerId));
  const pick = useSetExamplePick(studyId, reviewerId);
  const reviewer = reviewers?.find((r) => r.reviewerId === reviewerId);
  useDocumentTitle('Example picks', reviewer?.name, study?.name);
  if (error)
    return (
      <Alert tone="error" title="The candidates could not be read">
        {errorMessage(error)}
      </Alert>
    );
  if (!latest || !candidates || !picked || !reviewers) return <p role="status">Loading the candidates…</p>;
  if (!reviewer) return <Alert tone="error" title="This study has no such reviewer." />;
  const groups = latest.categories
    .map((category) => ({ category, own: candidates.filter((c) => c.categoryId === category.id) }))
    .filter((g) => g.own.length > 0);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-xl font-semibold">Example picks: {reviewer.name}</h1>
      <p className="text-sm">
        Tick the candidates that best represent each category, up to {EXAMPLES_PER_CATEGORY} per category (Tab moves,
        Space ticks). You see only your own picks; the lead compares them with the other reviewer&apos;s.
      </p>
      {pick.isError && (
        <Alert tone="error" title="The pick was not saved">
          {errorMessage(pick.error)}
        </Alert>
      )}
      {groups.length === 0 && <p>The lead has not added any candidate examples yet.</p>}
      {groups.map(({ category, own }) => {
        const count = own.filter((c) => picked.has(c.candidateId)).length;
        return (
          <fieldset key={category.id} className="space-y-2 rounded border border-slate-300 p-3">
            <legend className="px-1 font-semibold">
              {category.name} ({count} of {EXAMPLES_PER_CATEGORY} picked)
            </legend>
            <p className="text-sm text-slate-700">{category.definition}</p>
            {own.map((c) => {
              const on = picked.has(c.candidateId);
              return (
                <label key={c.candidateId} className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={on}
                    disabled={!on && count >= EXAMPLES_PER_CATEGORY}
                    onChange={() => pick.mutate({ candidateId: c.candidateId, picked: !on })}
                  />
                  <span dir="auto" className="whitespace-pre-wrap">
                    {c.text}
                  </span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
