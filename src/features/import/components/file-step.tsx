import type { ImportKind } from '../../../domain/formats/import-protocol';
import { Alert } from '../../../ui/alert';

interface Props {
  kind: ImportKind;
  notice: string | null;
  onKindChange: (kind: ImportKind) => void;
  onFile: (file: File) => void;
}

export function FileStep({ kind, notice, onKindChange, onFile }: Props) {
  return (
    <section aria-labelledby="file-heading" className="space-y-4">
      <h2 id="file-heading" className="text-lg font-semibold">
        1. Choose a file
      </h2>
      {notice && <Alert tone="info" title={notice} />}
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">What the file holds</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" checked={kind === 'threads'} onChange={() => onKindChange('threads')} />
          Threads (one row per thread; may include the LLM&apos;s label)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" checked={kind === 'llm-labels'} onChange={() => onKindChange('llm-labels')} />
          LLM labels for threads already imported (thread id, label, optional model)
        </label>
      </fieldset>
      <label className="flex flex-col text-sm">
        File (CSV, TSV, semicolon-separated, JSONL or XLSX)
        <input
          type="file"
          accept=".csv,.tsv,.txt,.jsonl,.ndjson,.xlsx,.xlsm"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) onFile(f);
          }}
          className="mt-1"
        />
      </label>
      <p className="text-sm text-slate-600">The file is read in this browser only; nothing is uploaded anywhere.</p>
    </section>
  );
}
