import { useRef, useState } from 'react';
import { decisionProblems } from '../../../domain/decisions/decision-rules';
import { votesSnapshot, type ThreadOutcome } from '../../../domain/decisions/thread-outcome';
import type { ReviewerId, SampleId, StudyId, ThreadId } from '../../../domain/ids';
import { useReopenDecision, useSaveDecision } from '../../../queries/decision-queries';
import { errorMessage } from '../../../ui/error-message';
import { useDecisionsUi } from '../store';
import { readDraft } from './use-draft';

interface Context {
  studyId: StudyId;
  sampleId: SampleId;
  categories: readonly string[];
  /** Who records: `decidedBy` and the audit actor. */
  decidedBy: string;
}

/**
 * Decision writes. A decision is checked first (problems are shown, nothing is written), then
 * stored with its audit event; only once IndexedDB has it does the view move on. A failed write
 * is shown and keeps the lead on the thread.
 */
export function useDecisionActions({ studyId, sampleId, categories, decidedBy }: Context) {
  const save = useSaveDecision();
  const reopen = useReopenDecision();
  // A second Enter while a decision is being written is ignored.
  const writing = useRef(false);
  const [error, setError] = useState<{ threadId: ThreadId; message: string } | null>(null);

  return {
    errorFor: (threadId: ThreadId) => (error?.threadId === threadId ? error.message : null),
    record: async (outcome: ThreadOutcome, then: () => void) => {
      if (writing.current) return;
      const draft = readDraft(outcome);
      const rationale = draft.rationale?.trim() || null;
      if (decisionProblems({ ...draft, rationale }, outcome, categories).length > 0) {
        useDecisionsUi.getState().draftEdited(draft, { attempts: draft.attempts + 1 });
        return;
      }
      const f = outcome.final;
      // Enter on a stored decision left as it was moves on without logging a "change" to the same thing.
      if (
        f?.stored &&
        f.label === draft.finalLabel &&
        f.method === draft.method &&
        f.rationale === rationale &&
        f.adjudicatorId === (draft.method === 'adjudicated' ? draft.adjudicatorId : null)
      ) {
        then();
        return;
      }
      writing.current = true;
      try {
        await save.mutateAsync({
          studyId,
          sampleId,
          threadId: outcome.threadId,
          finalLabel: draft.finalLabel,
          method: draft.method,
          adjudicatorId: draft.method === 'adjudicated' ? (draft.adjudicatorId as ReviewerId) : null,
          rationale,
          decidedBy,
          decidedAt: new Date().toISOString(),
          votes: votesSnapshot(outcome.votes),
        });
        setError(null);
        useDecisionsUi.getState().draftDiscarded();
        then();
      } catch (e) {
        setError({ threadId: outcome.threadId, message: `The decision was not recorded: ${errorMessage(e)}` });
      } finally {
        writing.current = false;
      }
    },
    reopen: async (threadId: ThreadId, why: string) => {
      try {
        await reopen.mutateAsync({ key: { studyId, sampleId, threadId }, actor: decidedBy, why });
        setError(null);
        useDecisionsUi.getState().draftDiscarded();
      } catch (e) {
        setError({ threadId, message: `The decision was not reopened: ${errorMessage(e)}` });
      }
    },
  };
}
