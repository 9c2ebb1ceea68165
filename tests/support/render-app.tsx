import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { setDatabaseForTests } from '../../src/queries/database';
import { createQueryClient } from '../../src/queries/query-client';
import type { ConcordDatabase } from '../../src/db/database';

/** Renders a screen with a new QueryClient, the given database and an in-memory URL. */
export function renderApp(ui: ReactNode, { db, path = '/' }: { db: ConcordDatabase; path?: string }) {
  setDatabaseForTests(db);
  const location = memoryLocation({ path, record: true });
  const client = createQueryClient();
  const view = render(
    <QueryClientProvider client={client}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        {ui}
      </Router>
    </QueryClientProvider>,
  );
  return { ...view, location, client };
}
