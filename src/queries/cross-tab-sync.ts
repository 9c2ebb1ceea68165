import type { QueryClient } from '@tanstack/react-query';
import { onTablesChanged } from '../db/changes';
import { afterNextPaint } from '../lib/after-next-paint';
import { agreementQueries } from './agreement-queries';
import { decisionQueries } from './decision-queries';
import { ratingQueries } from './rating-queries';
import { reviewerQueries } from './reviewer-queries';
import { sampleQueries } from './sample-queries';

/**
 * Keeps cached reads fresh when another tab writes (two tabs of one reviewer stay consistent):
 * ratings, decisions and samples are refetched when their tables change anywhere. Dexie reports
 * this tab's writes too, and a label's own write is in the cache already, so the refetch waits
 * until the next frame is painted (at most 100 ms in a hidden tab, which paints none): it no
 * longer starts between the label's write and the next thread on screen (bench/labeling-bench.ts).
 */
export function syncAcrossTabs(client: QueryClient): () => void {
  const changed = new Set<string>();
  let cancel: (() => void) | null = null;
  const refetch = (...keys: readonly (readonly unknown[])[]) => keys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
  const flush = () => {
    cancel = null;
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
    cancel ??= afterNextPaint(flush, 100);
  });
  return () => {
    stop();
    cancel?.();
  };
}
