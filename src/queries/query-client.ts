import { QueryClient } from '@tanstack/react-query';

/**
 * IndexedDB is local: never pause for "offline" (networkMode 'always'), never refetch on a timer
 * (data changes only through our own mutations, which invalidate what they change), and never
 * retry a failed read, which would only hide the error.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
