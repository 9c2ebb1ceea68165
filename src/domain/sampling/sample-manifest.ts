import { compareIds } from '../agreement/rater-pairs';
import type { LlmRunId, ReviewerId, SampleId, StudyId, ThreadId } from '../ids';
import type { ReviewerAssignment } from './assign-reviewers';
import type { PopulationCounts, SampleDraw, SamplingAlgorithm, StratumCount } from './draw-sample';
import type { Allocation, SampleSettings, StratifyBy } from './sample-settings';

export const MANIFEST_FORMAT = 'concord-sample-manifest';
export const MANIFEST_VERSION = 1;

export interface ManifestContext {
  studyId: StudyId;
  sampleId: SampleId;
  name: string;
  reviewerIds: readonly ReviewerId[];
  codebookVersion: number;
  /** ISO 8601, from the caller's clock. */
  createdAt: string;
  /** The LLM run whose labels were filtered or stratified on; required when they were. */
  llmRun?: { runId: LlmRunId; model: string } | null;
}

// A type alias, not an interface, so it fits Sample.manifest (Record<string, unknown>).
export type SampleManifest = {
  format: typeof MANIFEST_FORMAT;
  formatVersion: typeof MANIFEST_VERSION;
  studyId: StudyId;
  sampleId: SampleId;
  name: string;
  createdAt: string;
  algorithm: SamplingAlgorithm;
  seed: number;
  size: number;
  filters: {
    frequentOnly: boolean;
    /** null when `frequentOnly` is false. */
    frequentThreshold: number | null;
    departments: string[] | null;
    roles: string[] | null;
    dateFrom: string | null;
    dateTo: string | null;
    llmLabels: string[] | null;
    includePreviouslySampled: boolean;
  };
  llmRun: { runId: LlmRunId; model: string } | null;
  stratification: { by: StratifyBy; allocation: Allocation | null };
  population: PopulationCounts;
  strata: StratumCount[];
  threadIds: ThreadId[];
  reviewerIds: ReviewerId[];
  codebookVersion: number;
  /**
   * Who labels which thread in a k-of-n design; null when every reviewer labels every thread.
   * Absent from manifests made before k-of-n designs existed, which means null.
   */
  assignment?: ReviewerAssignment | null;
};

const sortedSet = (list: readonly string[] | null) => (list === null ? null : [...new Set(list)].sort(compareIds));

/**
 * The record of a draw that a methods section (or a rerun) needs: a plain JSON-serializable
 * object. Lists of filter values are sorted and deduplicated (they are sets); a threshold or
 * allocation that played no part is null.
 *
 * Throws, naming the rule: fewer than two distinct reviewers (or a repeated or empty id), a
 * codebook version that is not a positive integer, an empty name or createdAt, a draw that
 * does not match the settings' size, or LLM labels used without `context.llmRun`.
 */
export function buildManifest(draw: SampleDraw, settings: SampleSettings, context: ManifestContext): SampleManifest {
  const problems: string[] = [];
  const reviewers = context.reviewerIds;
  if (new Set(reviewers).size < 2)
    problems.push(`a sample needs at least two distinct reviewers (got ${new Set(reviewers).size})`);
  if (new Set(reviewers).size !== reviewers.length) problems.push('reviewer ids must not repeat');
  if (reviewers.some((r) => r === '')) problems.push('reviewer ids must not be empty');
  if (!Number.isInteger(context.codebookVersion) || context.codebookVersion < 1) {
    problems.push(`codebookVersion must be a positive integer (got ${context.codebookVersion})`);
  }
  if (context.name.trim() === '') problems.push('the sample needs a name');
  if (context.createdAt === '') problems.push('createdAt must be an ISO 8601 time');
  if (draw.threadIds.length !== settings.size)
    problems.push(`the draw has ${draw.threadIds.length} threads but the settings ask for ${settings.size}`);
  const usesLabels = settings.llmLabels !== null || settings.stratifyBy === 'llmLabel';
  const llmRun = context.llmRun ?? null;
  if (usesLabels && llmRun === null) problems.push('the draw used LLM labels, so the manifest needs their llmRun');
  const assigned = draw.assignment?.reviewerOrder;
  if (assigned && (assigned.length !== reviewers.length || assigned.some((r) => !reviewers.includes(r)))) {
    problems.push("the threads were assigned to other reviewers than the sample's");
  }
  if (problems.length > 0) throw new Error(`buildManifest: ${problems.join('; ')}`);

  return {
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_VERSION,
    studyId: context.studyId,
    sampleId: context.sampleId,
    name: context.name,
    createdAt: context.createdAt,
    algorithm: draw.algorithm,
    seed: settings.seed,
    size: settings.size,
    filters: {
      frequentOnly: settings.frequentOnly,
      frequentThreshold: settings.frequentOnly ? settings.frequentThreshold : null,
      departments: sortedSet(settings.departments),
      roles: sortedSet(settings.roles),
      dateFrom: settings.dateFrom,
      dateTo: settings.dateTo,
      llmLabels: sortedSet(settings.llmLabels),
      includePreviouslySampled: settings.includePreviouslySampled,
    },
    llmRun: llmRun === null ? null : { runId: llmRun.runId, model: llmRun.model },
    stratification: {
      by: settings.stratifyBy,
      allocation: settings.stratifyBy === 'none' ? null : settings.allocation,
    },
    population: { ...draw.population },
    strata: draw.strata.map((s) => ({ ...s })),
    threadIds: [...draw.threadIds],
    reviewerIds: [...reviewers],
    codebookVersion: context.codebookVersion,
    assignment: copyAssignment(draw.assignment),
  };
}

function copyAssignment(a: ReviewerAssignment | null | undefined): ReviewerAssignment | null {
  if (!a) return null;
  return {
    algorithm: a.algorithm,
    reviewersPerThread: a.reviewersPerThread,
    reviewerOrder: [...a.reviewerOrder],
    threads: a.threads.map((t) => ({ threadId: t.threadId, reviewerIds: [...t.reviewerIds] })),
  };
}

/**
 * The manifest as exported JSON: keys in the order of `SampleManifest` whatever the object's
 * own key order (e.g. after a round trip through storage), 2-space indent, final newline.
 */
export function manifestToJson(m: SampleManifest): string {
  const f = m.filters;
  const ordered: SampleManifest = {
    format: m.format,
    formatVersion: m.formatVersion,
    studyId: m.studyId,
    sampleId: m.sampleId,
    name: m.name,
    createdAt: m.createdAt,
    algorithm: m.algorithm,
    seed: m.seed,
    size: m.size,
    filters: {
      frequentOnly: f.frequentOnly,
      frequentThreshold: f.frequentThreshold,
      departments: f.departments,
      roles: f.roles,
      dateFrom: f.dateFrom,
      dateTo: f.dateTo,
      llmLabels: f.llmLabels,
      includePreviouslySampled: f.includePreviouslySampled,
    },
    llmRun: m.llmRun === null ? null : { runId: m.llmRun.runId, model: m.llmRun.model },
    stratification: { by: m.stratification.by, allocation: m.stratification.allocation },
    population: {
      threadsInStudy: m.population.threadsInStudy,
      matchingFilters: m.population.matchingFilters,
      previouslySampledExcluded: m.population.previouslySampledExcluded,
      size: m.population.size,
    },
    strata: m.strata.map((s) => ({ name: s.name, population: s.population, sampled: s.sampled })),
    threadIds: m.threadIds,
    reviewerIds: m.reviewerIds,
    codebookVersion: m.codebookVersion,
    assignment: copyAssignment(m.assignment),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
