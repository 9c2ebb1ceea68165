import { MutationCache, QueryClient, type QueryKey } from '@tanstack/react-query';

/** What a mutation changes: the query keys to refetch once it succeeds, or everything. */
export type Invalidates = readonly QueryKey[] | 'everything';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { invalidates?: Invalidates };
  }
}

/**
 * IndexedDB is local: never pause for "offline" (networkMode 'always'), never refetch on a timer
 * (data changes only through our own mutations, which invalidate what they change), and never
 * retry a failed read, which would only hide the error.
 *
 * Each mutation declares what it changes in `meta.invalidates`; this one handler applies it, and
 * a mutation resolves only once those queries are refetched, so the screen never shows old data.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, mutation) => {
        const invalidates = mutation.meta?.invalidates;
        if (invalidates === 'everything') return client.invalidateQueries();
        if (invalidates) return Promise.all(invalidates.map((queryKey) => client.invalidateQueries({ queryKey })));
        return undefined;
      },
    }),
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
  return client;
}
