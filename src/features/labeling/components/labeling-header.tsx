import { memo } from 'react';
import { threadsOfReviewer } from '../../../domain/sampling/threads-of-reviewer';
import type { Reviewer } from '../../../domain/reviewer';
import type { Sample } from '../../../domain/sampling/sample';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ProgressBar } from '../../../ui/progress-bar';

interface Props {
  reviewer: Reviewer;
  sample: Sample;
  labeled: number;
  index: number;
  /** "about 7 min", from the reviewer's own pace; null until it is known. */
  timeLeft: string | null;
}

// Memoised: what re-renders the workspace between labels (the next thread laid out ahead, the address) leaves it alone.
export const LabelingHeader = memo(function LabelingHeader({ reviewer, sample, labeled, index, timeLeft }: Props) {
  const total = threadsOfReviewer(sample, reviewer.reviewerId).length;
  useDocumentTitle(`Labeling ${Math.min(index + 1, total)}/${total}`, sample.name);
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
      <div className="min-w-0">
        <h1 className="text-xl font-semibold break-words">{sample.name}</h1>
        <p className="text-sm" aria-label="Current reviewer">
          Labeling as <strong>{reviewer.name}</strong> ({reviewer.initials}) · thread {Math.min(index + 1, total)} of{' '}
          {total}
        </p>
      </div>
      <div className="w-full sm:w-64">
        <ProgressBar label={`${labeled} of ${total} labeled`} value={labeled} max={total} />
        {timeLeft && labeled < total && <p className="text-xs text-slate-600">{timeLeft} left at your pace</p>}
      </div>
      <p className="hidden text-xs text-slate-600 sm:block">Press ? for every shortcut.</p>
    </header>
  );
});
