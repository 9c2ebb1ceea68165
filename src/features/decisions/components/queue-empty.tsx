import type { outcomeCounts } from '../../../domain/decisions/thread-outcome';
import { plural } from '../../../domain/format-count';
import { Alert } from '../../../ui/alert';

/** What the view says when no thread is open: all decided, filtered out, or at the end of the queue. */
export function QueueEmpty({ counts, queueLength }: { counts: ReturnType<typeof outcomeCounts>; queueLength: number }) {
  const waiting = counts.kinds.incomplete;
  const waitingText =
    waiting > 0
      ? `${plural(waiting, 'thread is', 'threads are')} still waiting for reviewers.`
      : 'No thread is waiting for reviewers.';
  if (counts.needsDecision === 0) {
    return (
      <Alert tone="success" title="Every complete thread has a final label.">
        <p>{waitingText}</p>
      </Alert>
    );
  }
  const title =
    queueLength === 0 ? 'No thread of the queue matches these filters.' : 'You reached the end of the queue.';
  return (
    <Alert tone="info" title={title}>
      <p>
        {plural(counts.needsDecision, 'thread still needs', 'threads still need')} a decision. {waitingText}
      </p>
      {queueLength > 0 && <p>Press j or choose a thread in the queue.</p>}
    </Alert>
  );
}
