import type { ThreadOutcome } from '../../../domain/decisions/thread-outcome';
import { defaultDraft } from '../draft';
import { useDecisionsUi, type DraftState } from '../store';

/** The lead's draft of a thread, or its defaults when the lead has not touched it. */
export function readDraft(outcome: ThreadOutcome): DraftState {
  const stored = useDecisionsUi.getState().draft;
  return stored?.threadId === outcome.threadId ? stored : defaultDraft(outcome);
}

/** Renders from the store; edits start from the defaults of the thread. */
export function useDraft(outcome: ThreadOutcome): [DraftState, (patch: Partial<Omit<DraftState, 'threadId'>>) => void] {
  const stored = useDecisionsUi((s) => s.draft);
  const edited = useDecisionsUi((s) => s.draftEdited);
  const draft = stored?.threadId === outcome.threadId ? stored : defaultDraft(outcome);
  return [draft, (patch) => edited(defaultDraft(outcome), patch)];
}
