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
      {/* One short line on a phone, so the header leaves the screen to the page. */}
      <span className="hidden md:inline">Stored on this device: </span>
      {formatBytes(data.usage)}
      <span className="hidden md:inline">
        {quota} ({persisted})
      </span>
      <span className="md:hidden"> stored</span>
    </p>
  );
}
