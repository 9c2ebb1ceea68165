import type { QueryClient } from '@tanstack/react-query';
import { onTablesChanged } from '../db/changes';
import { agreementQueries } from './agreement-queries';
import { decisionQueries } from './decision-queries';
import { ratingQueries } from './rating-queries';
import { reviewerQueries } from './reviewer-queries';
import { sampleQueries } from './sample-queries';

/**
 * Keeps cached reads fresh when another tab writes (two tabs of one reviewer stay consistent):
 * ratings, decisions and samples are refetched when their tables change anywhere.
 */
export function syncAcrossTabs(client: QueryClient): () => void {
  const refetch = (...keys: readonly (readonly unknown[])[]) =>
    keys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
  return onTablesChanged((tables) => {
    if (tables.has('ratings') || tables.has('pendingAnnotations') || tables.has('decisions')) {
      refetch(ratingQueries.all(), agreementQueries.all(), decisionQueries.all());
    }
    // A sample's auto-accept setting changes which threads are final.
    if (tables.has('samples')) refetch(sampleQueries.all(), decisionQueries.all());
    if (tables.has('reviewers')) refetch(reviewerQueries.all());
  });
}
