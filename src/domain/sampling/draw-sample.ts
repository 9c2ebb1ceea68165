import { compareIds } from '../agreement/rater-pairs';
import type { ReviewerId, ThreadId } from '../ids';
import { createRandom } from '../random';
import type { ThreadMeta } from '../threads/thread-meta';
import { allocate } from './allocate';
import { assignReviewers, type ReviewerAssignment } from './assign-reviewers';
import { filterPopulation } from './filter-population';
import { partialShuffle } from './partial-shuffle';
import { sampleSettingsProblems, type SamplePopulation, type SampleSettings, type StratifyBy } from './sample-settings';

/** Bumped whenever any step of the draw changes, so an old manifest still names its procedure. */
export const SRS_ALGORITHM = 'concord-srs-v1';
export const STRATIFIED_ALGORITHM = 'concord-stratified-v1';
export type SamplingAlgorithm = typeof SRS_ALGORITHM | typeof STRATIFIED_ALGORITHM;

export interface StratumCount {
  /** The department or LLM label; '' for threads without one. */
  name: string;
  population: number;
  sampled: number;
}

export interface PopulationCounts {
  threadsInStudy: number;
  matchingFilters: number;
  previouslySampledExcluded: number;
  /** Threads that could be drawn: matching the filters, minus those excluded. */
  size: number;
}

export interface SampleDraw {
  algorithm: SamplingAlgorithm;
  /** In sampled order, the order reviewers will meet them. */
  threadIds: ThreadId[];
  population: PopulationCounts;
  /** In name order; empty when not stratified. */
  strata: StratumCount[];
  /** Who labels which thread in a k-of-n design; null when every reviewer labels every thread. */
  assignment: ReviewerAssignment | null;
}

/** A k-of-n design: each thread labeled by `perThread` of `reviewerIds`. */
export interface AssignmentRequest {
  reviewerIds: readonly ReviewerId[];
  perThread: number;
}

function stratumKey(by: Exclude<StratifyBy, 'none'>, population: SamplePopulation): (t: ThreadMeta) => string {
  if (by === 'department') return (t) => t.department ?? '';
  const labels = population.llmLabelOf;
  if (labels === null) throw new Error('drawSample: stratifying by LLM label needs the labels of an LLM run');
  return (t) => labels.get(t.threadId) ?? '';
}

function byThreadId(threads: readonly ThreadMeta[]): ThreadId[] {
  return threads.map((t) => t.threadId).sort(compareIds);
}

/**
 * Draws a reproducible sample of `settings.size` threads (docs/sampling.md is the reference).
 *
 * 1. The population is `filterPopulation(population, settings)`.
 * 2. One mulberry32 stream: `createRandom(settings.seed)`.
 * 3. Not stratified ('concord-srs-v1'): the population's thread ids sorted by UTF-16 code
 *    unit, then the first `size` of a partial Fisher–Yates shuffle (`partialShuffle`).
 * 4. Stratified ('concord-stratified-v1'): strata are the distinct departments or LLM labels
 *    ('' when missing) of the population, in name order; `allocate` gives each a count; each
 *    stratum in name order draws its count as in 3 from the same stream (a count of 0
 *    draws nothing); the concatenation is then fully shuffled with the same stream, so the
 *    order reviewers see reveals no stratum (an LLM label would otherwise unblind them).
 *
 * 5. With `assignment`, the same stream then assigns each thread to `perThread` of the
 *    reviewers (`assignReviewers`, 'concord-k-of-n-v1'), so the draw and who labels what
 *    come from the one seed.
 *
 * The result depends only on the seed, the settings and the set of threads (and labels), not
 * on their storage order. Throws, naming the rule, on invalid settings, an impossible
 * assignment, and when the size is larger than the population (the message gives both numbers).
 */
export function drawSample(
  population: SamplePopulation,
  settings: SampleSettings,
  assignment: AssignmentRequest | null = null,
): SampleDraw {
  const problems = sampleSettingsProblems(settings);
  if (problems.length > 0) throw new Error(`drawSample: ${problems.join('; ')}`);
  const filtered = filterPopulation(population, settings);
  const size = filtered.threads.length;
  if (settings.size > size) {
    throw new Error(
      `drawSample: the sample size ${settings.size} is larger than the population of ${size} thread${size === 1 ? '' : 's'} left after the filters and exclusions`,
    );
  }
  const counts: PopulationCounts = {
    threadsInStudy: filtered.threadsInStudy,
    matchingFilters: filtered.matchingFilters,
    previouslySampledExcluded: filtered.previouslySampledExcluded,
    size,
  };
  const random = createRandom(settings.seed);
  const assign = (threadIds: ThreadId[]) =>
    assignment === null ? null : assignReviewers(threadIds, assignment.reviewerIds, assignment.perThread, random);
  if (settings.stratifyBy === 'none') {
    const threadIds = partialShuffle(byThreadId(filtered.threads), settings.size, random);
    return { algorithm: SRS_ALGORITHM, threadIds, population: counts, strata: [], assignment: assign(threadIds) };
  }

  const key = stratumKey(settings.stratifyBy, population);
  const groups = new Map<string, ThreadMeta[]>();
  for (const t of filtered.threads) {
    const name = key(t);
    const group = groups.get(name);
    if (group) group.push(t);
    else groups.set(name, [t]);
  }
  const names = [...groups.keys()].sort(compareIds);
  const members = names.map((name) => groups.get(name) as ThreadMeta[]);
  const sampled = allocate(
    names.map((name, i) => ({ name, size: members[i]!.length })),
    settings.size,
    settings.allocation,
  );
  const drawn = members.flatMap((threads, i) => partialShuffle(byThreadId(threads), sampled[i]!, random));
  const threadIds = partialShuffle(drawn, drawn.length, random);
  return {
    algorithm: STRATIFIED_ALGORITHM,
    threadIds,
    population: counts,
    strata: names.map((name, i) => ({ name, population: members[i]!.length, sampled: sampled[i]! })),
    assignment: assign(threadIds),
  };
}
