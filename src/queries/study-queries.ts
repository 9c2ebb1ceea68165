import { queryOptions, useMutation } from '@tanstack/react-query';
import { createStudy, deleteStudy, getStudy, listStudies } from '../db/repos/studies';
import { listLlmRuns } from '../db/repos/llm-labels';
import { defaultCodebook } from '../domain/codebook/default-codebook';
import type { StudyId } from '../domain/ids';
import { latestLlmRun } from '../domain/llm-run';
import { db } from './database';

export const studyQueries = {
  all: () => ['studies'] as const,
  lists: () => [...studyQueries.all(), 'list'] as const,
  list: () => queryOptions({ queryKey: [...studyQueries.lists()], queryFn: () => listStudies(db()) }),
  detail: (studyId: StudyId) =>
    queryOptions({ queryKey: [...studyQueries.all(), 'detail', { studyId }], queryFn: () => getStudy(db(), studyId) }),
  llmRuns: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...studyQueries.all(), 'llmRuns', { studyId }],
      queryFn: () => listLlmRuns(db(), studyId),
    }),
  /** The run the study's LLM labels are compared with (null if none), from the cached list. */
  latestLlmRun: (studyId: StudyId) => queryOptions({ ...studyQueries.llmRuns(studyId), select: latestLlmRun }),
};

export function useCreateStudy() {
  return useMutation({
    meta: { invalidates: [studyQueries.all()] },
    mutationFn: async (name: string) => {
      // Key generation is quick, but the age library is not: loaded only now, off the first page.
      const { generateStudyKeys } = await import('../workers/age-files');
      return createStudy(db(), {
        name,
        now: new Date().toISOString(),
        categories: defaultCodebook().categories,
        ageKeys: await generateStudyKeys(),
      });
    },
  });
}

export function useDeleteStudy() {
  return useMutation({
    // Everything cached under the study goes: studies, threads, labels.
    meta: { invalidates: 'everything' },
    mutationFn: (studyId: StudyId) => deleteStudy(db(), studyId),
  });
}
