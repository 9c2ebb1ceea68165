import { queryOptions } from '@tanstack/react-query';
import { listRatingsForSample } from '../db/repos/ratings';
import { listReviewers } from '../db/repos/reviewers';
import { getSample } from '../db/repos/samples';
import type { AgreementReportOptions } from '../domain/agreement/agreement-report';
import { ratingsMatrixFromRows } from '../domain/agreement/ratings-matrix';
import { llmRatingRows, sampleRatingRows } from '../domain/agreement/sample-ratings';
import type { RatingRow } from '../domain/agreement/ratings-matrix';
import type { SampleId, StudyId } from '../domain/ids';
import { computeAgreement } from './agreement-worker';
import { db } from './database';
import type { SampleGold } from './sample-gold';

/** The long-format rows of a sample's ratings (every thread × reviewer), for reports and export. */
export async function readSampleRatingRows(studyId: StudyId, sampleId: SampleId) {
  const [sample, reviewers, ratings] = await Promise.all([
    getSample(db(), studyId, sampleId),
    listReviewers(db(), studyId),
    listRatingsForSample(db(), studyId, sampleId),
  ]);
  if (!sample) throw new Error(`readSampleRatingRows: no sample ${sampleId}`);
  const raters = sample.reviewerIds.map((id) => ({ id, name: reviewers.find((r) => r.reviewerId === id)?.name ?? id }));
  return sampleRatingRows(sample.threadIds, raters, ratings);
}

/**
 * The sample's rows plus the LLM as rater `LLM` (its most recent run), when the study has LLM
 * labels: the file `npm run agreement -- file.csv --model LLM` reads, and what the report uses.
 * Built from what the decision view already read, so a report reads each sample once.
 */
export function sampleGoldRatingRows(gold: SampleGold): RatingRow[] {
  const { sample, reviewers, outcomes, llm } = gold;
  const votes = outcomes.flatMap((o) =>
    o.votes.map((v) => ({ threadId: o.threadId, reviewerId: v.reviewerId, label: v.label })),
  );
  const rows = sampleRatingRows(
    sample.threadIds,
    reviewers.map((r) => ({ id: r.reviewerId, name: r.name })),
    votes,
  );
  return llm ? [...rows, ...llmRatingRows(sample.threadIds, llm.labels)] : rows;
}

export const BOOTSTRAP_SEED = 1;

export const agreementQueries = {
  all: () => ['agreement'] as const,
  /** Agreement among a sample's reviewers; with `bootstrap`, computed in the agreement worker. */
  sample: (studyId: StudyId, sampleId: SampleId, bootstrap: boolean) =>
    queryOptions({
      queryKey: [...agreementQueries.all(), 'sample', { studyId, sampleId, bootstrap }],
      queryFn: async () => {
        const matrix = ratingsMatrixFromRows(await readSampleRatingRows(studyId, sampleId));
        const options: AgreementReportOptions = bootstrap
          ? { bootstrap: { seed: BOOTSTRAP_SEED, resamples: 1000 } }
          : {};
        return computeAgreement(matrix, options);
      },
    }),
};
