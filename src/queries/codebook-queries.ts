import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { getLatestCodebook, listCodebookVersions, saveCodebookEdit } from '../db/repos/codebooks';
import { listStudyRatings } from '../db/repos/ratings';
import type { Category } from '../domain/codebook/codebook';
import { editCodebook } from '../domain/codebook/codebook-versions';
import { groupOtherSuggestions } from '../domain/codebook/other-suggestions';
import type { StudyId } from '../domain/ids';
import { db } from './database';

export const codebookQueries = {
  all: () => ['codebooks'] as const,
  versions: (studyId: StudyId) =>
    queryOptions({ queryKey: [...codebookQueries.all(), 'versions', { studyId }], queryFn: () => listCodebookVersions(db(), studyId) }),
  /** Other suggestions of every reviewer, grouped: the lead's view for the next codebook version. */
  otherSuggestions: (studyId: StudyId) =>
    queryOptions({
      queryKey: ['ratings', 'otherSuggestions', { studyId }],
      queryFn: async () => groupOtherSuggestions(
        (await listStudyRatings(db(), studyId))
          .filter((r) => r.otherSuggestion)
          .map((r) => ({ suggestion: r.otherSuggestion, threadId: r.threadId, reviewerId: r.reviewerId })),
      ),
    }),
};

/** Saves the categories as the latest draft, or as a new version when the latest has been used. */
export function useSaveCodebook(studyId: StudyId) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ categories, why }: { categories: Category[]; why: string }) => {
      const latest = await getLatestCodebook(db(), studyId);
      const edit = editCodebook(latest, categories, { usedForLabels: latest.frozen, now: new Date().toISOString() });
      return saveCodebookEdit(db(), edit, why);
    },
    onSuccess: () => Promise.all([
      client.invalidateQueries({ queryKey: codebookQueries.all() }),
      client.invalidateQueries({ queryKey: ['studies', 'codebook'] }),
    ]),
  });
}
