import type { QueryClient } from '@tanstack/react-query';
import { onTablesChanged } from '../db/changes';

/**
 * Keeps cached reads fresh when another tab writes (two tabs of one reviewer stay consistent):
 * ratings, decisions and samples are refetched when their tables change anywhere.
 */
export function syncAcrossTabs(client: QueryClient): () => void {
  return onTablesChanged((tables) => {
    if (tables.has('ratings') || tables.has('pendingAnnotations') || tables.has('decisions')) {
      void client.invalidateQueries({ queryKey: ['ratings'] });
      void client.invalidateQueries({ queryKey: ['agreement'] });
      void client.invalidateQueries({ queryKey: ['decisions'] });
    }
    if (tables.has('auditEvents')) void client.invalidateQueries({ queryKey: ['audit'] });
    if (tables.has('samples')) {
      void client.invalidateQueries({ queryKey: ['samples'] });
      // A sample's auto-accept setting changes which threads are final.
      void client.invalidateQueries({ queryKey: ['decisions'] });
    }
    if (tables.has('reviewers')) void client.invalidateQueries({ queryKey: ['reviewers'] });
  });
}
