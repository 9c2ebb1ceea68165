import { useQuery } from '@tanstack/react-query';
import type { Reviewer } from '../../../domain/reviewer';
import type { Sample } from '../../../domain/sampling/sample';
import { plural } from '../../../domain/format-count';
import { formatDayTime } from '../../../lib/format-day-time';
import { syncQueries } from '../../../queries/sync-queries';
import { errorMessage } from '../../../ui/error-message';

/**
 * Per reviewer of a sample that syncs through a server: the last time their database was read,
 * the label events read from it, whether the server answers and any refusal. Replication runs while
 * the study is open (app/live-replication.tsx), whether this is shown or not.
 */
export function SampleSyncStatus({ sample, reviewers }: { sample: Sample; reviewers: Reviewer[] }) {
  const status = useQuery(syncQueries.status(sample.studyId));
  if (status.isError) return <p role="alert">The server sync could not be read: {errorMessage(status.error)}</p>;
  const databases = status.data?.databases.filter((d) => d.sampleId === sample.sampleId) ?? [];
  if (status.data?.role !== 'lead' || databases.length === 0) return null;
  return (
    <ul aria-label={`Server sync of ${sample.name}`} className="space-y-1 text-sm">
      {databases.map((d) => {
        const name = reviewers.find((r) => r.reviewerId === d.reviewerId)?.name ?? d.reviewerId;
        const reach =
          d.reachable === null ? 'not reached yet' : d.reachable ? 'server reachable' : 'server not reachable';
        return (
          <li key={d.database}>
            {name}: {reach} · {d.lastSyncAt ? `last sync ${formatDayTime(d.lastSyncAt)}` : 'never synced'} ·{' '}
            {plural(d.events, 'label event')} received
            {d.problem && <span className="text-red-800"> · {d.problem}</span>}
          </li>
        );
      })}
    </ul>
  );
}
