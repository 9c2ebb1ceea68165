import { useQuery } from '@tanstack/react-query';
import type { StudyId } from '../../../domain/ids';
import { plural } from '../../../domain/format-count';
import { formatDayTime } from '../../../lib/format-day-time';
import { syncQueries } from '../../../queries/sync-queries';

/**
 * A workspace opened from a server: whether the server answers, when labels last went and how
 * many wait in this browser (labels made offline go once it is back). Nothing for a file packet.
 */
export function WorkspaceSyncStatus({ studyId }: { studyId: StudyId }) {
  const status = useQuery(syncQueries.status(studyId));
  const stream = status.data?.role === 'reviewer' ? status.data.databases[0] : undefined;
  if (!stream) return null;
  const reach =
    stream.reachable === null
      ? 'Connecting to the server'
      : stream.reachable
        ? 'Server reachable'
        : 'Server not reachable';
  return (
    <p role="status" aria-label="Server sync" className="text-sm">
      {reach} · {stream.lastSyncAt ? `last sync ${formatDayTime(stream.lastSyncAt)}` : 'not synced yet'} ·{' '}
      {plural(stream.waiting, 'label', 'labels')} waiting
      {stream.problem && <span className="text-red-800"> · {stream.problem}</span>}
    </p>
  );
}
