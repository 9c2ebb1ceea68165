import { queryOptions, useMutation } from '@tanstack/react-query';
import { createSample, getSample, listSampledThreadIds, listSamples, setRevealLlmAfterDone } from '../db/repos/samples';
import type { SampleId, StudyId } from '../domain/ids';
import type { Sample } from '../domain/sampling/sample';
import { db } from './database';

export const sampleQueries = {
  all: () => ['samples'] as const,
  list: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...sampleQueries.all(), 'list', { studyId }],
      queryFn: () => listSamples(db(), studyId),
    }),
  detail: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({
      queryKey: [...sampleQueries.all(), 'detail', { studyId, sampleId }],
      queryFn: () => getSample(db(), studyId, sampleId),
    }),
  sampledThreadIds: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...sampleQueries.all(), 'sampledThreadIds', { studyId }],
      queryFn: () => listSampledThreadIds(db(), studyId),
    }),
};

export function useCreateSample() {
  return useMutation({
    meta: { invalidates: [sampleQueries.all()] },
    mutationFn: (sample: Sample) => createSample(db(), sample),
  });
}

export function useSetRevealLlmAfterDone(studyId: StudyId, sampleId: SampleId) {
  return useMutation({
    meta: { invalidates: [sampleQueries.all()] },
    mutationFn: (reveal: boolean) => setRevealLlmAfterDone(db(), studyId, sampleId, reveal, new Date().toISOString()),
  });
}
