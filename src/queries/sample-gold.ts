import { getCodebookVersion } from '../db/repos/codebooks';
import { listDecisionsForSample } from '../db/repos/decisions';
import { getLlmLabelMap } from '../db/repos/threads';
import { listLlmRuns } from '../db/repos/llm-labels';
import { listRatingsForSample } from '../db/repos/ratings';
import { listReviewers } from '../db/repos/reviewers';
import { getSample } from '../db/repos/samples';
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

/** The LLM labels a study is compared with: its most recently imported run (null if none). */
export async function readStudyLlmLabels(
  studyId: StudyId,
): Promise<{ run: LlmRun; labels: Map<ThreadId, string> } | null> {
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
    getStudy(db(), studyId),
    getSample(db(), studyId, sampleId),
    listReviewers(db(), studyId),
    listRatingsForSample(db(), studyId, sampleId),
    listDecisionsForSample(db(), studyId, sampleId),
    readStudyLlmLabels(studyId),
  ]);
  if (!study) throw new Error(`readSampleGold: no study ${studyId}`);
  if (!sample) throw new Error(`readSampleGold: no sample ${sampleId}`);
  const codebook = await getCodebookVersion(db(), studyId, sample.codebookVersion);
  const reviewers = sample.reviewerIds.map(
    (id) =>
      studyReviewers.find((r) => r.reviewerId === id) ?? {
        studyId,
        reviewerId: id,
        name: id,
        initials: '?',
        role: 'reviewer' as const,
      },
  );
  const outcomes = sampleOutcomes(sample, ratings, decisions, {
    autoAcceptUnanimous: sample.autoAcceptUnanimous ?? true,
  });
  return { study, sample, reviewers, studyReviewers, codebook, decisions, outcomes, llm };
}
