import { create } from 'zustand';
import {
  EMPTY_UNDO,
  enterSitting,
  popUndo,
  pushUndo,
  type Sitting,
  type UndoEntry,
  type UndoStack,
} from '../../domain/labeling/undo-sitting';

export type LabelingOverlay = 'none' | 'help' | 'other' | 'note' | 'goto' | 'revisit';

interface LabelingUi {
  overlay: LabelingOverlay;
  /** The labels of the current sitting (one reviewer, one sample): what `u` undoes. */
  undo: UndoStack;
  showExamples: boolean;
  examplesToggled: () => void;
  overlayOpened: (overlay: LabelingOverlay) => void;
  overlayClosed: () => void;
  sittingEntered: (sitting: Sitting) => void;
  labeled: (sitting: Sitting, entry: UndoEntry) => void;
  /** Takes the sitting's newest label off the stack; null when it has none. */
  undone: (sitting: Sitting) => { entry: UndoEntry | null; remaining: number };
}

export const useLabelingUi = create<LabelingUi>((set, get) => ({
  overlay: 'none',
  undo: EMPTY_UNDO,
  showExamples: false,
  examplesToggled: () => set((s) => ({ showExamples: !s.showExamples })),
  overlayOpened: (overlay) => set({ overlay }),
  overlayClosed: () => set({ overlay: 'none' }),
  sittingEntered: (sitting) => set((s) => ({ undo: enterSitting(s.undo, sitting) })),
  labeled: (sitting, entry) => set((s) => ({ undo: pushUndo(s.undo, sitting, entry) })),
  undone: (sitting) => {
    const { entry, rest } = popUndo(get().undo, sitting);
    set({ undo: rest });
    return { entry, remaining: rest.entries.length };
  },
}));
