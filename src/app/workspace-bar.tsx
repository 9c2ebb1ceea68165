import type { ReviewerWorkspace, Study } from '../domain/study';
import { SendLabelsBack } from '../features/studies/components/send-labels-back';
import { WorkspaceSyncStatus } from '../features/studies/components/workspace-sync-status';

/** Above a workspace's queue: which packet this is, the lead's instructions and the way to send labels back. */
export function WorkspaceBar({ study, workspace }: { study: Study; workspace: ReviewerWorkspace }) {
  return (
    <div
      role="region"
      aria-label="Reviewer packet"
      className="mb-3 flex flex-wrap items-start justify-between gap-3 rounded border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm"
    >
      <div>
        <p className="font-medium">
          Packet: {workspace.sourceStudyName}, {workspace.sampleName}
          {workspace.dueDate ? ` · due ${workspace.dueDate}` : ''}
        </p>
        {workspace.instructions && (
          <p dir="auto" className="whitespace-pre-wrap">
            {workspace.instructions}
          </p>
        )}
        <WorkspaceSyncStatus studyId={study.id} />
      </div>
      <SendLabelsBack study={study} />
    </div>
  );
}
