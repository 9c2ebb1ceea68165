import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { paths } from '../../../lib/paths';
import type { StudyRecordCounts } from '../../../domain/study';
import { formatCount, plural } from '../../../domain/format-count';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { studyQueries } from '../../../queries/study-queries';
import { Alert } from '../../../ui/alert';
import { CreateStudyForm } from './create-study-form';
import { DeleteStudyButton } from './delete-study-button';
import { OpenPacketForm } from './open-packet-form';
import { OpenServerPacketForm } from './open-server-packet-form';
import { RestoreStudyForm } from './restore-study-form';
import { WorkspaceItem } from './workspace-item';

const COUNT_NAMES: [keyof StudyRecordCounts, string, string?][] = [
  ['threads', 'thread'],
  ['llmLabels', 'LLM label'],
  ['llmRuns', 'LLM run'],
  ['codebooks', 'codebook version'],
  ['reviewers', 'reviewer'],
  ['samples', 'sample'],
  ['ratings', 'rating'],
  ['pendingAnnotations', 'note or flag before a label', 'notes or flags before a label'],
  ['decisions', 'decision'],
  ['auditEvents', 'audit event'],
];

export function StudiesPage() {
  const { data: studies, isPending } = useQuery(studyQueries.list());
  useDocumentTitle('Studies');
  const [deleted, setDeleted] = useState<{ name: string; counts: StudyRecordCounts } | null>(null);

  return (
    <section aria-labelledby="studies-heading" className="mx-auto max-w-4xl space-y-6">
      <h1 id="studies-heading" className="text-2xl font-semibold">
        Studies
      </h1>
      {deleted && (
        <Alert tone="success" title={`Deleted “${deleted.name}”`}>
          <p>
            Removed: {COUNT_NAMES.map(([key, one, many]) => plural(deleted.counts[key] ?? 0, one, many)).join(', ')}.
          </p>
        </Alert>
      )}
      {isPending ? (
        <p role="status">Loading studies…</p>
      ) : studies && studies.length > 0 ? (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" aria-label="Studies">
          {studies.map((study) =>
            study.workspace ? (
              <WorkspaceItem
                key={study.id}
                study={study}
                workspace={study.workspace}
                onDeleted={(name, counts) => setDeleted({ name, counts })}
              />
            ) : (
              <li
                key={study.id}
                className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4"
              >
                <div>
                  <h2 className="font-medium">
                    <Link
                      href={paths.threads.to(study.id)}
                      className="text-indigo-800 underline-offset-2 hover:underline"
                    >
                      {study.name}
                    </Link>
                  </h2>
                  <p className="text-sm text-slate-600">
                    {formatCount(study.summary.threadCount)} threads ·{' '}
                    {formatCount(Object.keys(study.summary.byUser).length)} users
                    {study.isDemo ? ' · synthetic demo data' : ''}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Link
                    href={paths.codebook.to(study.id)}
                    className="rounded border border-slate-300 px-3 py-1.5 text-sm"
                    aria-label={`Codebook of ${study.name}`}
                  >
                    Codebook
                  </Link>
                  <Link
                    href={paths.samples.to(study.id)}
                    className="rounded border border-slate-300 px-3 py-1.5 text-sm"
                    aria-label={`Samples of ${study.name}`}
                  >
                    Samples
                  </Link>
                  <Link
                    href={paths.report.to(study.id)}
                    className="rounded border border-slate-300 px-3 py-1.5 text-sm"
                    aria-label={`Report of ${study.name}`}
                  >
                    Report
                  </Link>
                  <Link
                    href={paths.corpus.to(study.id)}
                    className="rounded border border-slate-300 px-3 py-1.5 text-sm"
                    aria-label={`Corpus dashboard of ${study.name}`}
                  >
                    Corpus
                  </Link>
                  <Link
                    href={paths.exports.to(study.id)}
                    className="rounded border border-slate-300 px-3 py-1.5 text-sm"
                    aria-label={`Exports of ${study.name}`}
                  >
                    Exports
                  </Link>
                  <Link
                    href={paths.importThreads.to(study.id)}
                    className="rounded border border-slate-300 px-3 py-1.5 text-sm"
                    aria-label={`Import into ${study.name}`}
                  >
                    Import
                  </Link>
                  <DeleteStudyButton study={study} onDeleted={(name, counts) => setDeleted({ name, counts })} />
                </div>
              </li>
            ),
          )}
        </ul>
      ) : (
        <p>No studies yet. Create one, then import a corpus of threads.</p>
      )}
      <CreateStudyForm />
      <OpenPacketForm />
      <OpenServerPacketForm />
      <RestoreStudyForm />
    </section>
  );
}
