import { threadsOfReviewer } from '../../../domain/sampling/threads-of-reviewer';
import type { Reviewer } from '../../../domain/reviewer';
import type { Sample } from '../../../domain/sampling/sample';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ProgressBar } from '../../../ui/progress-bar';

export function LabelingHeader({ reviewer, sample, labeled, index }: { reviewer: Reviewer; sample: Sample; labeled: number; index: number }) {
  const total = threadsOfReviewer(sample, reviewer.reviewerId).length;
  useDocumentTitle(`Labeling ${Math.min(index + 1, total)}/${total}`, sample.name);
  return (
    <header className="flex flex-wrap items-center justify-between gap-4">
      <div>
        <h1 className="text-xl font-semibold">{sample.name}</h1>
        <p className="text-sm" aria-label="Current reviewer">
          Labeling as <strong>{reviewer.name}</strong> ({reviewer.initials}) · thread {Math.min(index + 1, total)} of {total}
        </p>
      </div>
      <div className="w-64">
        <ProgressBar label={`${labeled} of ${total} labeled`} value={labeled} max={total} />
      </div>
      <p className="text-xs text-slate-600">Press ? for every shortcut.</p>
    </header>
  );
}
