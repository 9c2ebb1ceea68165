import { queryOptions } from '@tanstack/react-query';

export interface StorageStatus {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/**
 * Asks the browser to keep our data under storage pressure, then reports usage. Headless
 * browsers always refuse persistence (docs/stack.md): the answer is shown, never relied on.
 */
async function readStorageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return { usage: null, quota: null, persisted: null };
  const persisted = 'persist' in storage ? (await storage.persisted()) || (await storage.persist()) : null;
  const estimate = 'estimate' in storage ? await storage.estimate() : {};
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

export const storageQueries = {
  all: () => ['storage'] as const,
  status: () =>
    queryOptions({ queryKey: [...storageQueries.all(), 'status'], queryFn: readStorageStatus, staleTime: 30_000 }),
};
