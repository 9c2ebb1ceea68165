import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { reopenDecision, saveDecision } from '../db/repos/decisions';
import { setAutoAcceptUnanimous } from '../db/repos/samples';
import type { SampleId, StudyId, ThreadId } from '../domain/ids';
import type { Decision } from '../domain/decisions/decision';
import { db } from './database';
import { readSampleGold } from './sample-gold';
import { sampleQueries } from './sample-queries';

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
