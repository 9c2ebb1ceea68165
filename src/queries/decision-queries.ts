import { queryOptions, useMutation } from '@tanstack/react-query';
import { reopenDecision, saveDecision } from '../db/repos/decisions';
import { setAutoAcceptUnanimous } from '../db/repos/samples';
import type { SampleId, StudyId, ThreadId } from '../domain/ids';
import type { Decision } from '../domain/decisions/decision';
import { agreementQueries } from './agreement-queries';
import { db } from './database';
import { readSampleGold } from './sample-gold';
import { sampleQueries } from './sample-queries';

export const decisionQueries = {
  all: () => ['decisions'] as const,
  /** A sample's outcomes (reads ratings too: refreshed when ratings or decisions change). */
  sampleGold: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({
      queryKey: [...decisionQueries.all(), 'sampleGold', { studyId, sampleId }],
      queryFn: () => readSampleGold(studyId, sampleId),
    }),
};

// A decision changes the sample's outcomes and the agreement with the gold labels.
const DECIDED = [decisionQueries.all(), agreementQueries.all()];

/** Records a decision; resolves once it and its audit event are stored. */
export function useSaveDecision() {
  return useMutation({
    meta: { invalidates: DECIDED },
    mutationFn: (decision: Decision) => saveDecision(db(), decision),
  });
}

export function useReopenDecision() {
  return useMutation({
    meta: { invalidates: DECIDED },
    mutationFn: ({
      key,
      actor,
      why,
    }: {
      key: { studyId: StudyId; sampleId: SampleId; threadId: ThreadId };
      actor: string;
      why: string | null;
    }) => reopenDecision(db(), key, { actor, why, at: new Date().toISOString() }),
  });
}

export function useSetAutoAcceptUnanimous(studyId: StudyId, sampleId: SampleId) {
  return useMutation({
    meta: { invalidates: [sampleQueries.all(), ...DECIDED] },
    mutationFn: (auto: boolean) => setAutoAcceptUnanimous(db(), studyId, sampleId, auto, new Date().toISOString()),
  });
}
