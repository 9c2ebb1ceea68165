import { create } from 'zustand';
import type { DecisionDraft } from '../../domain/decisions/decision-rules';
import type { ThreadId } from '../../domain/ids';

export type DecisionsOverlay = 'none' | 'help' | 'reopen';

/** The lead's unsaved choices for one thread; `attempts` counts refused saves (problems show after the first). */
export interface DraftState extends DecisionDraft {
  threadId: ThreadId;
  attempts: number;
}

interface DecisionsUi {
  /** View state only: votes show "Reviewer 1/2/3" in the sample's order. */
  anonymize: boolean;
  /** Who records decisions (a reviewer id or 'lead'); null until the lead chooses (a default applies). */
  recordedBy: string | null;
  overlay: DecisionsOverlay;
  /** At most one draft: moving to another thread leaves it, and that thread starts from its defaults. */
  draft: DraftState | null;
  anonymizeToggled: () => void;
  recordedByChosen: (who: string) => void;
  overlayOpened: (overlay: DecisionsOverlay) => void;
  overlayClosed: () => void;
  draftEdited: (base: DraftState, patch: Partial<Omit<DraftState, 'threadId'>>) => void;
  draftDiscarded: () => void;
}

export const useDecisionsUi = create<DecisionsUi>((set) => ({
  anonymize: false,
  recordedBy: null,
  overlay: 'none',
  draft: null,
  anonymizeToggled: () => set((s) => ({ anonymize: !s.anonymize })),
  recordedByChosen: (recordedBy) => set({ recordedBy }),
  overlayOpened: (overlay) => set({ overlay }),
  overlayClosed: () => set({ overlay: 'none' }),
  draftEdited: (base, patch) =>
    set((s) => ({
      draft: { ...(s.draft?.threadId === base.threadId ? s.draft : base), ...patch, threadId: base.threadId },
    })),
  draftDiscarded: () => set({ draft: null }),
}));
