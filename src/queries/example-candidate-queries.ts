import { queryOptions, useMutation } from '@tanstack/react-query';
import { getLatestCodebook, listCodebookVersions } from '../db/repos/codebooks';
import { addExampleCandidates, listExampleCandidates, removeExampleCandidate } from '../db/repos/example-candidates';
import { listExamplePicks, listReviewerExamplePicks, setExamplePick } from '../db/repos/example-picks';
import { listReviewers } from '../db/repos/reviewers';
import { takeExampleCandidates } from '../db/repos/take-example-candidates';
import { compareExamplePicks } from '../domain/codebook/compare-example-picks';
import { parseExampleCandidatesCsv } from '../domain/codebook/example-candidates-csv';
import { takenIntoVersion } from '../domain/codebook/taken-into-version';
import type { CategoryId, ReviewerId, StudyId } from '../domain/ids';
import { codebookQueries } from './codebook-queries';
import { db } from './database';

export const exampleCandidateQueries = {
  all: () => ['exampleCandidates'] as const,
  list: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...exampleCandidateQueries.all(), 'list', { studyId }],
      queryFn: () => listExampleCandidates(db(), studyId),
    }),
  /** One reviewer's own picks, candidate ids: all a reviewer's screen reads, so picks stay blind. */
  picksOf: (studyId: StudyId, reviewerId: ReviewerId) =>
    queryOptions({
      queryKey: [...exampleCandidateQueries.all(), 'picks', { studyId, reviewerId }],
      queryFn: async () =>
        new Set((await listReviewerExamplePicks(db(), studyId, reviewerId)).map((p) => p.candidateId)),
    }),
  /** Every reviewer's picks side by side per category of the latest codebook: the lead's view. */
  comparison: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...exampleCandidateQueries.all(), 'comparison', { studyId }],
      queryFn: async () => {
        const [latest, candidates, picks, reviewers] = await Promise.all([
          getLatestCodebook(db(), studyId),
          listExampleCandidates(db(), studyId),
          listExamplePicks(db(), studyId),
          listReviewers(db(), studyId),
        ]);
        return compareExamplePicks(
          latest.categories,
          candidates,
          picks,
          reviewers.map((r) => r.reviewerId),
        );
      },
    }),
  /** Candidate id → the first codebook version holding it as an example: those the lead cannot remove. */
  taken: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...exampleCandidateQueries.all(), 'taken', { studyId }],
      queryFn: async () => {
        const [candidates, versions] = await Promise.all([
          listExampleCandidates(db(), studyId),
          listCodebookVersions(db(), studyId),
        ]);
        return new Map(
          candidates.flatMap((c) => {
            const version = takenIntoVersion(c, versions);
            return version === null ? [] : [[c.candidateId, version] as const];
          }),
        );
      },
    }),
};

const now = () => new Date().toISOString();

/** Adds typed candidates; a text its category already has is skipped. Resolves to how many were added. */
export function useAddExampleCandidates(studyId: StudyId) {
  return useMutation({
    meta: { invalidates: [exampleCandidateQueries.all()] },
    mutationFn: (candidates: { categoryId: CategoryId; text: string }[]) =>
      addExampleCandidates(db(), { studyId, candidates, source: 'typed', now: now() }),
  });
}

/** Reads a candidates CSV against the latest codebook: its problems (nothing added), or how many were added. */
export function useImportExampleCandidates(studyId: StudyId) {
  return useMutation({
    meta: { invalidates: [exampleCandidateQueries.all()] },
    mutationFn: async (file: File): Promise<{ problems: string[]; added: number }> => {
      const latest = await getLatestCodebook(db(), studyId);
      const { candidates, problems } = parseExampleCandidatesCsv(file.name, await file.text(), latest.categories);
      if (problems.length > 0) return { problems, added: 0 };
      return {
        problems: [],
        added: await addExampleCandidates(db(), { studyId, candidates, source: file.name, now: now() }),
      };
    },
  });
}

export function useSetExamplePick(studyId: StudyId, reviewerId: ReviewerId) {
  return useMutation({
    meta: { invalidates: [exampleCandidateQueries.all()] },
    mutationFn: ({ candidateId, picked }: { candidateId: string; picked: boolean }) =>
      setExamplePick(db(), { studyId, reviewerId, candidateId, picked, now: now() }),
  });
}

/** Takes the chosen candidates as their category's examples in the next codebook version. */
export function useTakeExampleCandidates(studyId: StudyId) {
  return useMutation({
    meta: { invalidates: [exampleCandidateQueries.all(), codebookQueries.all()] },
    mutationFn: ({ categoryId, candidateIds }: { categoryId: CategoryId; candidateIds: string[] }) =>
      takeExampleCandidates(db(), { studyId, categoryId, candidateIds, now: now() }),
  });
}

/** Removes a candidate and every reviewer's pick of it; refused once a codebook version holds it. */
export function useRemoveExampleCandidate(studyId: StudyId) {
  return useMutation({
    meta: { invalidates: [exampleCandidateQueries.all()] },
    mutationFn: (candidateId: string) => removeExampleCandidate(db(), { studyId, candidateId, now: now() }),
  });
}
