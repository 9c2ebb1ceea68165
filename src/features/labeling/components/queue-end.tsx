import { Link } from 'wouter';
import { paths } from '../../../lib/paths';
import type { StudyId } from '../../../domain/ids';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';

interface Props {
  studyId: StudyId;
  total: number;
  labeled: number;
  /** 1-based place of the first thread not labeled yet; null when all are. */
  firstOpen: number | null;
  /** The estimate in words ("about 7 min"), null when the reviewer's pace is not known yet. */
  timeLeft: string | null;
  onOpenFirst: () => void;
  /** Given only where reviewer packets exist: sends this reviewer's labels file back to the lead. */
  sendLabelsBack?: () => void;
}

/** The end of the queue: what was done and what comes next. Reached after the last thread, never wrapping to the first. */
export function QueueEnd({ studyId, total, labeled, firstOpen, timeLeft, onOpenFirst, sendLabelsBack }: Props) {
  const done = firstOpen === null;
  return (
    <div className="space-y-3 p-1">
      {done ? (
        <Alert tone="success" title={`All ${total} threads of this sample are labeled. Thank you.`}>
          <p>
            Your labels are saved. Press ← or k to go back to a thread, or l to list the ones you labeled and flagged.
          </p>
        </Alert>
      ) : (
        <Alert tone="info" title={`End of your queue: ${labeled} of ${total} threads labeled.`}>
          <p>
            {total - labeled} still to label{timeLeft ? `, ${timeLeft} at your pace` : ''}. The first is thread{' '}
            {firstOpen}.
          </p>
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        {!done && (
          <Button variant="primary" onClick={onOpenFirst}>
            Go to thread {firstOpen}, the first not labeled
          </Button>
        )}
        {sendLabelsBack && (
          <Button variant={done ? 'primary' : 'secondary'} onClick={sendLabelsBack}>
            Send labels back
          </Button>
        )}
        <Link
          href={paths.samples.to(studyId)}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
        >
          Back to the samples
        </Link>
      </div>
    </div>
  );
}
