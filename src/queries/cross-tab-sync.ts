import type { QueryClient } from '@tanstack/react-query';
import { onTablesChanged } from '../db/changes';
import { agreementQueries } from './agreement-queries';
import { decisionQueries } from './decision-queries';
import { ratingQueries } from './rating-queries';
import { reviewerQueries } from './reviewer-queries';
import { sampleQueries } from './sample-queries';

/**
 * Keeps cached reads fresh when another tab writes (two tabs of one reviewer stay consistent):
 * ratings, decisions and samples are refetched when their tables change anywhere. Dexie reports
 * this tab's writes too, and a label's own write is in the cache already, so the refetch waits
 * REFETCH_DELAY_MS: it no longer starts between the label's write and the next thread on screen
 * (bench/labeling-bench.ts). A timer, not requestAnimationFrame: asking for a frame before the
 * next thread is rendered makes Chromium paint an empty frame first, and the next thread then
 * waits a whole frame interval for its own.
 */
export const REFETCH_DELAY_MS = 50;

export function syncAcrossTabs(client: QueryClient): () => void {
  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refetch = (...keys: readonly (readonly unknown[])[]) =>
    keys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
  const flush = () => {
    timer = undefined;
    if (changed.has('ratings') || changed.has('pendingAnnotations') || changed.has('decisions')) {
      refetch(ratingQueries.all(), agreementQueries.all(), decisionQueries.all());
    }
    // A sample's auto-accept setting changes which threads are final.
    if (changed.has('samples')) refetch(sampleQueries.all(), decisionQueries.all());
    if (changed.has('reviewers')) refetch(reviewerQueries.all());
    changed.clear();
  };
  const stop = onTablesChanged((tables) => {
    tables.forEach((table) => changed.add(table));
    timer ??= setTimeout(flush, REFETCH_DELAY_MS);
  });
  return () => {
    stop();
    clearTimeout(timer);
  };
}
