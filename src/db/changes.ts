import Dexie from 'dexie';

/**
 * Calls back with the names of the tables that changed, in this tab or another tab of the same
 * browser (Dexie broadcasts its writes), so cached reads can be refreshed.
 */
export function onTablesChanged(callback: (tables: Set<string>) => void): () => void {
  const listener = (parts: Record<string, unknown>) => {
    const tables = new Set<string>();
    // Keys look like "idb://concord/ratings/..." or "idb://concord/ratings/:dels".
    for (const key of Object.keys(parts)) {
      const table = key.split('/')[3];
      if (table) tables.add(table);
    }
    if (tables.size) callback(tables);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
