import { useQuery } from '@tanstack/react-query';
import { storageQueries } from '../queries/storage-queries';
import { formatBytes } from '../lib/format';

export function StorageIndicator() {
  const { data } = useQuery(storageQueries.status());
  if (!data || data.usage === null) return null;
  const quota = data.quota ? ` of ${formatBytes(data.quota)}` : '';
  const persisted = data.persisted ? 'persistent' : 'not persistent: the browser may clear it under storage pressure';
  return (
    <p className="text-xs text-slate-600" aria-label="Storage use">
      Stored on this device: {formatBytes(data.usage)}{quota} ({persisted})
    </p>
  );
}
