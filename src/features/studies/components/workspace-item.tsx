import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { paths } from '../../../lib/paths';
import type { ReviewerWorkspace, Study, StudyRecordCounts } from '../../../domain/study';
import { workspaceQueries } from '../../../queries/workspace-queries';
import { errorMessage } from '../../../ui/error-message';
import { DeleteStudyButton } from './delete-study-button';
import { SendLabelsBack } from './send-labels-back';

/** A reviewer workspace in the studies list: its queue and "Send labels back", none of the lead's pages. */
export function WorkspaceItem({
  study,
  workspace,
  onDeleted,
}: {
  study: Study;
  workspace: ReviewerWorkspace;
  onDeleted: (name: string, counts: StudyRecordCounts) => void;
}) {
  const queue = useQuery(workspaceQueries.queue(study.id));
  return (
    <li className="flex flex-wrap items-center justify-between gap-4 p-3">
      <div>
        <h2 className="font-medium">
          Packet: {workspace.sourceStudyName}, {workspace.sampleName}
        </h2>
        <p className="text-sm text-slate-600">
          For {workspace.reviewerName}
          {workspace.dueDate ? ` · due ${workspace.dueDate}` : ''}
        </p>
        {workspace.instructions && (
          <p dir="auto" className="text-sm whitespace-pre-wrap">
            {workspace.instructions}
          </p>
        )}
        {queue.isError && (
          <p role="alert" className="text-sm text-red-800">
            {errorMessage(queue.error)}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {queue.data && (
          <Link
            href={paths.label.to(study.id, queue.data.sampleId, queue.data.reviewerId)}
            className="rounded border border-indigo-300 px-3 py-1.5 text-sm text-indigo-900 hover:bg-indigo-50"
            aria-label={`Queue of the packet ${workspace.sourceStudyName}, ${workspace.sampleName}`}
          >
            Open the queue
          </Link>
        )}
        <SendLabelsBack study={study} />
        <DeleteStudyButton study={study} onDeleted={onDeleted} />
      </div>
    </li>
  );
}
