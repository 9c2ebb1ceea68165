import { useState, type DragEvent } from 'react';
import type { LabelConflictResolution } from '../../../domain/packets/labels-merge';
import type { StudyId } from '../../../domain/ids';
import { useImportLabelsFiles, type LabelsImportResult } from '../../../queries/packet-queries';
import { Alert } from '../../../ui/alert';
import { errorMessage } from '../../../ui/error-message';
import { LabelConflicts } from './label-conflicts';

const STATUS: Record<LabelsImportResult['status'], string> = {
  merged: 'Merged',
  unchanged: 'Already imported: nothing changed',
  older: 'Older than a file already imported: nothing changed',
  refused: 'Refused: nothing stored',
  conflicts: 'Conflicts to choose: nothing stored yet',
};

function resultLine(r: LabelsImportResult): string {
  const who = [r.reviewerName, r.sampleName].filter(Boolean).join(', ');
  const counts = r.status === 'merged' ? ` (${r.added} added, ${r.changed} changed)` : '';
  return `${r.fileName}${who ? ` (${who})` : ''}: ${STATUS[r.status]}${counts}${r.reason ? `. ${r.reason}` : ''}`;
}

/** Labels files back from reviewers: several at once, each verified before anything is stored. */
export function ImportLabelsFiles({ studyId }: { studyId: StudyId }) {
  const importFiles = useImportLabelsFiles(studyId);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  // Kept apart from the mutation's data: merging the conflicts of one file keeps the other files' lines.
  const [results, setResults] = useState<LabelsImportResult[] | null>(null);

  const start = (chosen: File[]) => {
    if (chosen.length === 0) return;
    setFiles(chosen);
    setResults(null);
    importFiles.mutate({ files: chosen }, { onSuccess: setResults });
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    start([...e.dataTransfer.files]);
  };
  const resolve = (resolutions: LabelConflictResolution[]) => {
    const names = new Set(results?.filter((r) => r.status === 'conflicts').map((r) => r.fileName));
    importFiles.mutate(
      { files: files.filter((f) => names.has(f.name)), resolutions },
      {
        onSuccess: (merged) =>
          setResults((old) => old?.map((r) => merged.find((m) => m.fileName === r.fileName) ?? r) ?? merged),
      },
    );
  };
  const conflicts =
    results?.flatMap((r) =>
      r.status === 'conflicts' ? r.conflicts.map((c) => ({ ...c, reviewerName: r.reviewerName })) : [],
    ) ?? [];

  return (
    <section aria-labelledby="labels-files-heading" className="space-y-2 text-sm">
      <h2 id="labels-files-heading" className="text-lg font-semibold">
        Import labels files
      </h2>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={`rounded border-2 border-dashed p-4 ${dragging ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300'}`}
      >
        <label className="flex flex-col gap-1">
          Labels files from reviewers (drop them here, or choose)
          <input
            type="file"
            multiple
            aria-label="Labels files"
            disabled={importFiles.isPending}
            onChange={(e) => {
              start([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {importFiles.isPending && <p role="status">Checking {files.length} files…</p>}
      {importFiles.isError && (
        <Alert tone="error" title="The labels files were not imported">
          {errorMessage(importFiles.error)}
        </Alert>
      )}
      {results && (
        <ul aria-label="Labels files imported" className="space-y-1">
          {results.map((r, i) => (
            <li key={`${r.fileName}-${i}`} className={r.status === 'refused' ? 'text-red-800' : ''}>
              {resultLine(r)}
            </li>
          ))}
        </ul>
      )}
      {conflicts.length > 0 && (
        <LabelConflicts conflicts={conflicts} onResolve={resolve} busy={importFiles.isPending} />
      )}
    </section>
  );
}
