import { useState } from 'react';
import { codebookToJson, parseCodebookJson } from '../../../domain/codebook/codebook-file';
import { codebookToCsv, codebookToMarkdown } from '../../../domain/codebook/codebook-table';
import type { CodebookVersion } from '../../../domain/codebook/codebook';
import { downloadText } from '../../../lib/download';
import { useSaveCodebook } from '../../../queries/codebook-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

/** The codebook as files: JSON to move it between studies, Markdown and CSV for a paper's table. */
export function CodebookFiles({ latest }: { latest: CodebookVersion }) {
  const save = useSaveCodebook(latest.studyId);
  const [problems, setProblems] = useState<string[]>([]);
  const base = `codebook-v${latest.version}`;
  const importFile = async (file: File) => {
    const parsed = parseCodebookJson(await file.text());
    if ('problems' in parsed) {
      setProblems(parsed.problems.map((p) => `${file.name}: ${p}`));
      return;
    }
    setProblems(parsed.warnings.map((w) => `${file.name}: ${w.message}`));
    save.mutate({ categories: parsed.categories, why: `imported from ${file.name}` });
  };
  return (
    <section aria-labelledby="files-heading" className="space-y-2 text-sm">
      <h2 id="files-heading" className="text-lg font-semibold">
        Files
      </h2>
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() =>
            downloadText(`${base}.json`, codebookToJson(latest, new Date().toISOString()), 'application/json')
          }
        >
          Export JSON
        </Button>
        <Button onClick={() => downloadText(`${base}.md`, codebookToMarkdown(latest.categories), 'text/markdown')}>
          Export table (Markdown)
        </Button>
        <Button onClick={() => downloadText(`${base}.csv`, codebookToCsv(latest.categories), 'text/csv')}>
          Export table (CSV)
        </Button>
      </div>
      <label className="flex flex-col">
        Import a codebook (JSON): becomes the draft, or a new version if the latest is frozen
        <input
          type="file"
          accept=".json,application/json"
          className="mt-1"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
          }}
        />
      </label>
      {problems.length > 0 && (
        <ul aria-label="Codebook file problems" className="list-disc pl-5 text-red-800">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {save.isError && (
        <Alert tone="error" title="The codebook was not imported">
          {errorMessage(save.error)}
        </Alert>
      )}
      {save.isSuccess && <Alert tone="success" title={`Stored as version ${save.data.version}.`} />}
    </section>
  );
}
