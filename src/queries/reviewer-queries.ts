import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { addReviewer, listReviewers, type NewReviewer } from '../db/repos/reviewers';
import type { StudyId } from '../domain/ids';
import { db } from './database';

export const reviewerQueries = {
  all: () => ['reviewers'] as const,
  list: (studyId: StudyId) =>
    queryOptions({ queryKey: [...reviewerQueries.all(), 'list', { studyId }], queryFn: () => listReviewers(db(), studyId) }),
};

export function useAddReviewer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<NewReviewer, 'now'>) => addReviewer(db(), { ...input, now: new Date().toISOString() }),
    onSuccess: () => client.invalidateQueries({ queryKey: reviewerQueries.all() }),
  });
}
