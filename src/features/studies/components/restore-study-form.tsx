import { useId, useState, type ChangeEvent } from 'react';
import { plural } from '../../../domain/format-count';
import { formatBytes } from '../../../lib/format';
import { BackupFileError, useRestoreStudy, type RestorePhase } from '../../../queries/export-queries';
import { Alert } from '../../../ui/alert';
import { errorMessage } from '../../../ui/error-message';

const PHASES: Record<RestorePhase, string> = {
  reading: 'Reading the file',
  checking: 'Checking every record',
  writing: 'Writing the study (all or nothing)',
};

/** Restores a study from a backup file made on the Exports page, into this browser. */
export function RestoreStudyForm() {
  const restore = useRestoreStudy();
  const [phase, setPhase] = useState<string | null>(null);
  const inputId = useId();

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setPhase(`${PHASES.reading} (${formatBytes(file.size)})`);
    restore.mutate(
      { file, onPhase: (p) => setPhase(p === 'reading' ? `${PHASES.reading} (${formatBytes(file.size)})` : PHASES[p]) },
      {
        onSettled: () => {
          setPhase(null);
          input.value = '';
        },
      },
    );
  };

  const problems = restore.error instanceof BackupFileError ? restore.error.problems : null;
  return (
    <div className="space-y-2 text-sm">
      <label htmlFor={inputId} className="block font-medium">
        Restore a study from a backup file
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={pick}
        disabled={restore.isPending}
        className="block"
      />
      {restore.isPending && phase && <p role="status">{phase}…</p>}
      {restore.isSuccess && (
        <Alert tone="success" title={`Restored “${restore.data.study.name}”`}>
          <p>
            {plural(restore.data.counts.threads, 'thread')}, {plural(restore.data.counts.ratings, 'rating')},{' '}
            {plural(restore.data.counts.decisions, 'decision')}, {plural(restore.data.counts.samples, 'sample')},{' '}
            {plural(restore.data.counts.codebooks, 'codebook version')},{' '}
            {plural(restore.data.counts.auditEvents, 'audit event')}.
          </p>
        </Alert>
      )}
      {restore.isError && (
        <Alert tone="error" title="Nothing was restored">
          {problems ? (
            <ul aria-label="Problems in the backup file" className="list-disc pl-5">
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          ) : (
            <p>{errorMessage(restore.error)}</p>
          )}
        </Alert>
      )}
    </div>
  );
}
