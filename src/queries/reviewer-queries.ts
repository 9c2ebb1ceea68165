import { queryOptions, useMutation } from '@tanstack/react-query';
import { addReviewer, listReviewers, type NewReviewer } from '../db/repos/reviewers';
import type { StudyId } from '../domain/ids';
import { db } from './database';

export const reviewerQueries = {
  all: () => ['reviewers'] as const,
  list: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...reviewerQueries.all(), 'list', { studyId }],
      queryFn: () => listReviewers(db(), studyId),
    }),
};

export function useAddReviewer() {
  return useMutation({
    meta: { invalidates: [reviewerQueries.all()] },
    mutationFn: (input: Omit<NewReviewer, 'now'>) => addReviewer(db(), { ...input, now: new Date().toISOString() }),
  });
}
