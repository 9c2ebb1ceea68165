import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { StudyId } from '../../../domain/ids';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { codebookQueries } from '../../../queries/codebook-queries';
import { exampleCandidateQueries } from '../../../queries/example-candidate-queries';
import { reviewerQueries } from '../../../queries/reviewer-queries';
import { studyQueries } from '../../../queries/study-queries';
import { Alert } from '../../../ui/alert';
import { errorMessage } from '../../../ui/error-message';
import { CandidateAddForm } from './candidate-add-form';
import { CandidatesImport } from './candidates-import';
import { PicksComparison } from './picks-comparison';

/** The lead's page: candidate examples per category, the reviewers' picks side by side, taking up to three. */
export function ExampleCandidatesPage({ studyId }: { studyId: StudyId }) {
  const { data: study } = useQuery(studyQueries.detail(studyId));
  const { data: latest, error } = useQuery(codebookQueries.latest(studyId));
  const { data: comparison } = useQuery(exampleCandidateQueries.comparison(studyId));
  const { data: reviewers } = useQuery(reviewerQueries.list(studyId));
  const { data: taken } = useQuery(exampleCandidateQueries.taken(studyId));
  useDocumentTitle('Example candidates', study?.name);
  if (error)
    return (
      <Alert tone="error" title="The codebook could not be read">
        {errorMessage(error)}
      </Alert>
    );
  if (!latest || !comparison || !reviewers || !taken) return <p role="status">Loading the candidates…</p>;
  const names = new Map(reviewers.map((r) => [r.reviewerId, r.name]));
  const pickers = reviewers.filter((r) => r.role === 'reviewer');
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <h1 className="text-xl font-semibold">Example candidates</h1>
      <p className="text-sm">
        Import or type several candidate prompts per category; two reviewers each pick the most representative ones on
        their own page, blind to each other; then take up to three into the examples of the next codebook version.
      </p>
      <CandidatesImport studyId={studyId} />
      <section aria-labelledby="pickers-heading" className="space-y-2 text-sm">
        <h2 id="pickers-heading" className="text-lg font-semibold">
          Reviewers pick
        </h2>
        {pickers.length === 0 ? (
          <p>The study has no reviewers yet: add them on the samples page.</p>
        ) : (
          <ul aria-label="Reviewers' pick pages" className="flex flex-wrap gap-2">
            {pickers.map((r) => (
              <li key={r.reviewerId}>
                <Link
                  href={paths.examplePicks.to(studyId, r.reviewerId)}
                  className="rounded border border-indigo-300 px-3 py-1.5 text-indigo-900 hover:bg-indigo-50"
                >
                  Pick as {r.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {latest.categories.map((category) => {
        const picks = comparison.find((c) => c.category.id === category.id);
        return (
          <section
            key={category.id}
            aria-labelledby={`candidates-${category.id}`}
            className="space-y-3 rounded border border-slate-200 p-3"
          >
            <h2 id={`candidates-${category.id}`} className="text-lg font-semibold">
              {category.name}
            </h2>
            <p className="text-sm text-slate-700">
              Examples in version {latest.version}:{' '}
              {category.examples.length === 0 ? 'none' : category.examples.map((e) => `“${e}”`).join(', ')}
            </p>
            {picks && <PicksComparison latest={latest} category={category} picks={picks} names={names} taken={taken} />}
            <CandidateAddForm studyId={studyId} category={category} />
          </section>
        );
      })}
    </div>
  );
}
