import { useQuery } from '@tanstack/react-query';
import type { StudyId } from '../../../domain/ids';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAnonymiseReviewers } from '../../../queries/export-queries';
import { sampleQueries } from '../../../queries/sample-queries';
import { studyQueries } from '../../../queries/study-queries';
import { Alert } from '../../../ui/alert';
import { AnonymiseReviewersSwitch } from '../../../ui/anonymise-reviewers-switch';
import { SampleExports } from './sample-exports';
import { StudyExports } from './study-exports';

/** Gold-standard, ratings and audit exports, and the study backup. */
export function ExportsPage({ studyId }: { studyId: StudyId }) {
  const study = useQuery(studyQueries.detail(studyId));
  const samples = useQuery(sampleQueries.list(studyId));
  const anonymise = useAnonymiseReviewers(studyId, study.data?.anonymiseReviewers);
  useDocumentTitle('Exports', study.data?.name);

  if (study.isPending) return <p role="status">Loading the study…</p>;
  if (study.isError)
    return (
      <Alert tone="error" title="The study could not be read">
        {study.error.message}
      </Alert>
    );
  if (!study.data) return <Alert tone="info" title="There is no such study in this browser." />;

  return (
    <section aria-labelledby="exports-heading" className="mx-auto max-w-4xl space-y-6">
      <div>
        <h1 id="exports-heading" className="text-2xl font-semibold">
          Exports of {study.data.name}
        </h1>
        <p className="text-sm text-slate-600">
          Files are made in this browser and saved by it: nothing is sent anywhere. Cells a spreadsheet would run as a
          formula (starting with =, +, -, @, tab or carriage return) get a leading apostrophe in CSV files and the cell
          style&apos;s quote prefix in XLSX files.
        </p>
      </div>
      <AnonymiseReviewersSwitch {...anonymise} />
      <StudyExports study={study.data} />
      <section aria-labelledby="sample-exports-heading" className="space-y-2">
        <h2 id="sample-exports-heading" className="text-lg font-semibold">
          Samples
        </h2>
        {samples.isPending ? (
          <p role="status">Loading samples…</p>
        ) : samples.data && samples.data.length > 0 ? (
          <ul aria-label="Samples" className="space-y-3">
            {samples.data.map((s) => (
              <SampleExports key={s.sampleId} study={study.data!} sample={s} />
            ))}
          </ul>
        ) : (
          <p className="text-sm">No samples yet: draw one to export its gold standard and ratings.</p>
        )}
      </section>
    </section>
  );
}
