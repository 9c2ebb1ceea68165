import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useSittingStore } from '../lib/sitting-store';
import { Alert } from '../ui/alert';
import { paths } from '../lib/paths';

/**
 * During a sitting every address but the reviewer's own queue is refused, so a reviewer who
 * types or bookmarks a lead's page never sees agreement figures or other reviewers' progress.
 */
export function SittingGate({ children }: { children: ReactNode }) {
  const sitting = useSittingStore((s) => s.sitting);
  const [location] = useLocation();
  if (!sitting) return children;
  const queue = paths.label.to(sitting.studyId, sitting.sampleId, sitting.reviewerId);
  if (location === queue) return children;
  return (
    <div className="mx-auto max-w-xl space-y-2">
      <Alert tone="info" title={`This page is closed during ${sitting.reviewerName}'s sitting.`}>
        <p>Only {sitting.reviewerName}'s queue is open until the sitting ends.</p>
      </Alert>
      <Link
        href={queue}
        className="inline-block rounded border border-indigo-300 px-3 py-1.5 text-sm text-indigo-900 hover:bg-indigo-50"
      >
        Back to the queue
      </Link>
    </div>
  );
}
