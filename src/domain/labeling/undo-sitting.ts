import type { ReviewerId, SampleId, StudyId, ThreadId } from '../ids';
import type { Rating } from '../rating';

/** One reviewer labeling one sample: what `u` may undo belongs to it alone (issue #9). */
export interface Sitting {
  studyId: StudyId;
  sampleId: SampleId;
  reviewerId: ReviewerId;
}

/** The part of a rating that labeling a thread sets and undoing it puts back. */
export type LabelChoice = Pick<Rating, 'label' | 'otherSuggestion' | 'codebookVersion'>;

export interface UndoEntry {
  threadId: ThreadId;
  /** The thread's 1-based place in the sample, as the workspace shows it ("thread 12"). */
  position: number;
  saved: LabelChoice;
  /** The label the thread had before, or null when it had none. */
  previous: LabelChoice | null;
}

/** Labels of one sitting, newest last. */
export interface UndoStack {
  sitting: string | null;
  entries: readonly UndoEntry[];
}

export const EMPTY_UNDO: UndoStack = { sitting: null, entries: [] };

const keyOf = (s: Sitting) => JSON.stringify([s.studyId, s.sampleId, s.reviewerId]);

/**
 * The stack as `sitting` sees it: unchanged when it is that sitting's own, empty when another
 * reviewer or another sample had it (reviewers taking turns in one tab never undo each other).
 */
export function enterSitting(stack: UndoStack, sitting: Sitting): UndoStack {
  const key = keyOf(sitting);
  return stack.sitting === key ? stack : { sitting: key, entries: [] };
}

/** The stack after `sitting` labeled a thread. */
export function pushUndo(stack: UndoStack, sitting: Sitting, entry: UndoEntry): UndoStack {
  const own = enterSitting(stack, sitting);
  return { sitting: own.sitting, entries: [...own.entries, entry] };
}

/** The newest label of `sitting` (null when it has none) and the stack without it. */
export function popUndo(stack: UndoStack, sitting: Sitting): { entry: UndoEntry | null; rest: UndoStack } {
  const own = enterSitting(stack, sitting);
  const entry = own.entries[own.entries.length - 1] ?? null;
  return { entry, rest: { sitting: own.sitting, entries: own.entries.slice(0, -1) } };
}

const named = (c: LabelChoice) => (c.otherSuggestion ? `${c.label} (“${c.otherSuggestion}”)` : c.label);

/** What an undo says it did, e.g. "Undid Coding on thread 12; u again undoes the one before." */
export function undoMessage(entry: UndoEntry, remaining: number): string {
  const back = entry.previous ? `, back to ${named(entry.previous)}` : '';
  const next = remaining > 0 ? 'u again undoes the one before' : 'nothing more to undo in this sitting';
  return `Undid ${named(entry.saved)} on thread ${entry.position}${back}; ${next}.`;
}
