import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useRoute } from 'wouter';
import { asStudyId } from '../domain/ids';
import type { Study } from '../domain/study';
import { studyQueries } from '../queries/study-queries';
import { workspaceQueries } from '../queries/workspace-queries';
import { Alert } from '../ui/alert';
import { errorMessage } from '../ui/error-message';
import { paths } from '../lib/paths';
import { WorkspaceBar } from './workspace-bar';

const STUDY_ADDRESS = /^\/studies\/([^/]+)/;

function QueueLink({ study }: { study: Study }) {
  const queue = useQuery(workspaceQueries.queue(study.id));
  if (queue.isError) return <p role="alert">{errorMessage(queue.error)}</p>;
  if (!queue.data) return null;
  return (
    <Link
      href={paths.label.to(study.id, queue.data.sampleId, queue.data.reviewerId)}
      className="inline-block rounded border border-indigo-300 px-3 py-1.5 text-sm text-indigo-900 hover:bg-indigo-50"
    >
      Back to the queue
    </Link>
  );
}

/**
 * In a reviewer workspace the lead's pages do not exist: threads browser, samples, decisions,
 * report, exports, import and codebook editor are refused; the queue shows with the packet's bar.
 */
export function WorkspaceGate({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const [isQueue] = useRoute(paths.label.pattern);
  const encoded = STUDY_ADDRESS.exec(location)?.[1];
  const studyId = encoded === undefined ? null : asStudyId(decodeURIComponent(encoded));
  const study = useQuery({ ...studyQueries.detail(studyId ?? asStudyId('')), enabled: studyId !== null });
  if (studyId === null) return children;
  if (study.isPending) return <p role="status">Opening the study…</p>;
  const workspace = study.data?.workspace;
  if (!study.data || !workspace) return children;
  if (isQueue)
    return (
      <>
        <WorkspaceBar study={study.data} workspace={workspace} />
        {children}
      </>
    );
  return (
    <div className="mx-auto max-w-xl space-y-2">
      <Alert tone="info" title="A reviewer packet has only its queue.">
        <p>
          Packet: {workspace.sourceStudyName}, {workspace.sampleName}. The lead's pages (threads, samples, report,
          exports) do not exist in a reviewer workspace.
        </p>
      </Alert>
      <QueueLink study={study.data} />
    </div>
  );
}
