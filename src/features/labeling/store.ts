import { create } from 'zustand';

export type LabelingOverlay = 'none' | 'help' | 'other' | 'note';

interface LabelingUi {
  overlay: LabelingOverlay;
  /** Threads labeled in this sitting, newest last: what `u` undoes. */
  undoStack: string[];
  showExamples: boolean;
  examplesToggled: () => void;
  overlayOpened: (overlay: LabelingOverlay) => void;
  overlayClosed: () => void;
  labeled: (threadId: string) => void;
  undone: () => string | null;
}

export const useLabelingUi = create<LabelingUi>((set, get) => ({
  overlay: 'none',
  undoStack: [],
  showExamples: false,
  examplesToggled: () => set((s) => ({ showExamples: !s.showExamples })),
  overlayOpened: (overlay) => set({ overlay }),
  overlayClosed: () => set({ overlay: 'none' }),
  labeled: (threadId) => set((s) => ({ undoStack: [...s.undoStack, threadId] })),
  undone: () => {
    const stack = get().undoStack;
    const last = stack[stack.length - 1] ?? null;
    set({ undoStack: stack.slice(0, -1) });
    return last;
  },
}));
