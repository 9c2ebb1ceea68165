import { plural } from '../../../domain/format-count';
import type { StudyId } from '../../../domain/ids';
import { useImportExampleCandidates } from '../../../queries/example-candidate-queries';
import { Alert } from '../../../ui/alert';
import { errorMessage } from '../../../ui/error-message';

/** A CSV of candidate examples (`category,text`): refused whole, every problem with its row, or added. */
export function CandidatesImport({ studyId }: { studyId: StudyId }) {
  const importFile = useImportExampleCandidates(studyId);
  const result = importFile.data;
  return (
    <section aria-labelledby="candidates-import-heading" className="space-y-2 text-sm">
      <h2 id="candidates-import-heading" className="text-lg font-semibold">
        Import candidates
      </h2>
      <label className="flex flex-col gap-1">
        <span>Candidates file (CSV with the columns category,text)</span>
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) importFile.mutate(file);
            e.target.value = '';
          }}
        />
      </label>
      {result && result.problems.length > 0 && (
        <Alert tone="error" title="Nothing was imported: the file has problems">
          <ul aria-label="Problems in the candidates file" className="list-disc pl-5">
            {result.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      {result && result.problems.length === 0 && (
        <Alert tone="success" title={`Added ${plural(result.added, 'candidate')}.`}>
          {result.added === 0 && 'Every candidate of the file was already there.'}
        </Alert>
      )}
      {importFile.isError && (
        <Alert tone="error" title="The file could not be imported">
          {errorMessage(importFile.error)}
        </Alert>
      )}
    </section>
  );
}
