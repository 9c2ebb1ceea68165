import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { getCodebookVersion } from '../db/repos/codebooks';
import { listDecisionsForSample, reopenDecision, saveDecision } from '../db/repos/decisions';
import { getLlmLabelMap } from '../db/repos/threads';
import { listLlmRuns } from '../db/repos/llm-labels';
import { listRatingsForSample } from '../db/repos/ratings';
import { listReviewers } from '../db/repos/reviewers';
import { getSample, setAutoAcceptUnanimous } from '../db/repos/samples';
import { getStudy } from '../db/repos/studies';
import { sampleOutcomes, type ThreadOutcome } from '../domain/decisions/thread-outcome';
import type { SampleId, StudyId, ThreadId } from '../domain/ids';
import type { CodebookVersion } from '../domain/codebook/codebook';
import type { Decision } from '../domain/decisions/decision';
import { latestLlmRun, type LlmRun } from '../domain/llm-run';
import type { Reviewer } from '../domain/reviewer';
import type { Sample } from '../domain/sampling/sample';
import type { Study } from '../domain/study';
import { db } from './database';
import { sampleQueries } from './sample-queries';

/** The LLM labels a study is compared with: its most recently imported run (null if none). */
export async function readStudyLlmLabels(studyId: StudyId): Promise<{ run: LlmRun; labels: Map<ThreadId, string> } | null> {
  const run = latestLlmRun(await listLlmRuns(db(), studyId));
  return run ? { run, labels: await getLlmLabelMap(db(), studyId, run.runId) } : null;
}

/** Everything the decision view, the gold export and the report need about one sample. */
export interface SampleGold {
  study: Study;
  sample: Sample;
  /** The sample's reviewers, in the sample's order. */
  reviewers: Reviewer[];
  /** Every reviewer of the study (adjudicators can come from outside the sample). */
  studyReviewers: Reviewer[];
  codebook: CodebookVersion;
  decisions: Decision[];
  outcomes: ThreadOutcome[];
  llm: { run: LlmRun; labels: Map<ThreadId, string> } | null;
}

export async function readSampleGold(studyId: StudyId, sampleId: SampleId): Promise<SampleGold> {
  const [study, sample, studyReviewers, ratings, decisions, llm] = await Promise.all([
    getStudy(db(), studyId), getSample(db(), studyId, sampleId), listReviewers(db(), studyId),
    listRatingsForSample(db(), studyId, sampleId), listDecisionsForSample(db(), studyId, sampleId), readStudyLlmLabels(studyId),
  ]);
  if (!study) throw new Error(`readSampleGold: no study ${studyId}`);
  if (!sample) throw new Error(`readSampleGold: no sample ${sampleId}`);
  const codebook = await getCodebookVersion(db(), studyId, sample.codebookVersion);
  const reviewers = sample.reviewerIds.map((id) => studyReviewers.find((r) => r.reviewerId === id)
    ?? { studyId, reviewerId: id, name: id, initials: '?', role: 'reviewer' as const });
  const outcomes = sampleOutcomes(sample, ratings, decisions, { autoAcceptUnanimous: sample.autoAcceptUnanimous ?? true });
  return { study, sample, reviewers, studyReviewers, codebook, decisions, outcomes, llm };
}

export const decisionQueries = {
  all: () => ['decisions'] as const,
  /** A sample's outcomes (reads ratings too: refreshed when ratings or decisions change). */
  sampleGold: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({ queryKey: [...decisionQueries.all(), 'sampleGold', { studyId, sampleId }], queryFn: () => readSampleGold(studyId, sampleId) }),
};

function useInvalidateDecisions() {
  const client = useQueryClient();
  return () => Promise.all([
    client.invalidateQueries({ queryKey: decisionQueries.all() }),
    client.invalidateQueries({ queryKey: ['agreement'] }),
    client.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

/** Records a decision; resolves once it and its audit event are stored. */
export function useSaveDecision() {
  const invalidate = useInvalidateDecisions();
  return useMutation({ mutationFn: (decision: Decision) => saveDecision(db(), decision), onSuccess: invalidate });
}

export function useReopenDecision() {
  const invalidate = useInvalidateDecisions();
  return useMutation({
    mutationFn: ({ key, actor, why }: { key: { studyId: StudyId; sampleId: SampleId; threadId: ThreadId }; actor: string; why: string | null }) =>
      reopenDecision(db(), key, { actor, why, at: new Date().toISOString() }),
    onSuccess: invalidate,
  });
}

export function useSetAutoAcceptUnanimous(studyId: StudyId, sampleId: SampleId) {
  const client = useQueryClient();
  const invalidate = useInvalidateDecisions();
  return useMutation({
    mutationFn: (auto: boolean) => setAutoAcceptUnanimous(db(), studyId, sampleId, auto, new Date().toISOString()),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: sampleQueries.all() }), invalidate()]),
  });
}
