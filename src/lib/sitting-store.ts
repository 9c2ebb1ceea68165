import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ReviewerId, SampleId, StudyId } from '../domain/ids';

/** One reviewer at the shared workstation: while it lasts only their queue is open. */
export interface Sitting {
  studyId: StudyId;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  reviewerName: string;
}

interface SittingState {
  sitting: Sitting | null;
  sittingStarted: (sitting: Sitting) => void;
  sittingEnded: () => void;
}

// Kept in localStorage, read synchronously at start: a sitting that vanished on a reload (or in
// a new tab) would drop the reviewer onto the lead's pages, agreement figures included.
export const useSittingStore = create<SittingState>()(
  persist(
    (set) => ({
      sitting: null,
      sittingStarted: (sitting) => set({ sitting }),
      sittingEnded: () => set({ sitting: null }),
    }),
    {
      name: 'concord-sitting',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ sitting: s.sitting }),
    },
  ),
);
