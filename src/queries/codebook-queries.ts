import { queryOptions, useMutation } from '@tanstack/react-query';
import { getCodebookVersion, getLatestCodebook, listCodebookVersions, saveCodebookEdit } from '../db/repos/codebooks';
import type { Category } from '../domain/codebook/codebook';
import { editCodebook } from '../domain/codebook/codebook-versions';
import type { StudyId } from '../domain/ids';
import { db } from './database';

export const codebookQueries = {
  all: () => ['codebooks'] as const,
  versions: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...codebookQueries.all(), 'versions', { studyId }],
      queryFn: () => listCodebookVersions(db(), studyId),
    }),
  /** The version new labels use: the newest. */
  latest: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...codebookQueries.all(), 'latest', { studyId }],
      queryFn: () => getLatestCodebook(db(), studyId),
    }),
  /** The version a sample was drawn with. */
  version: (studyId: StudyId, version: number) =>
    queryOptions({
      queryKey: [...codebookQueries.all(), 'version', { studyId, version }],
      queryFn: () => getCodebookVersion(db(), studyId, version),
    }),
};

/** Saves the categories as the latest draft, or as a new version when the latest has been used. */
export function useSaveCodebook(studyId: StudyId) {
  return useMutation({
    meta: { invalidates: [codebookQueries.all()] },
    mutationFn: async ({ categories, why }: { categories: Category[]; why: string }) => {
      const latest = await getLatestCodebook(db(), studyId);
      const edit = editCodebook(latest, categories, { usedForLabels: latest.frozen, now: new Date().toISOString() });
      return saveCodebookEdit(db(), edit, why);
    },
  });
}
