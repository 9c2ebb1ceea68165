import { useQuery } from '@tanstack/react-query';
import type { StudyId } from '../../../domain/ids';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { codebookQueries } from '../../../queries/codebook-queries';
import { studyQueries } from '../../../queries/study-queries';
import { Alert } from '../../../ui/alert';
import { CodebookEditor } from './codebook-editor';
import { CodebookFiles } from './codebook-files';
import { OtherSuggestions } from './other-suggestions';
import { VersionCompare } from './version-compare';

export function CodebookPage({ studyId }: { studyId: StudyId }) {
  const { data: versions, error } = useQuery(codebookQueries.versions(studyId));
  const { data: study } = useQuery(studyQueries.detail(studyId));
  useDocumentTitle('Codebook', study?.name);
  if (error)
    return (
      <Alert tone="error" title="The codebook could not be read">
        {String(error)}
      </Alert>
    );
  if (!versions) return <p role="status">Loading the codebook…</p>;
  const latest = versions[versions.length - 1];
  if (!latest) return <Alert tone="error" title="This study has no codebook." />;
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <h1 className="text-xl font-semibold">Codebook</h1>
      <CodebookEditor key={`${latest.version}:${latest.frozen}:${latest.createdAt}`} latest={latest} />
      <OtherSuggestions latest={latest} />
      {versions.length > 1 && <VersionCompare versions={versions} />}
      <CodebookFiles latest={latest} />
    </div>
  );
}
