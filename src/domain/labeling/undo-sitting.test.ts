import { describe, expect, it } from 'vitest';
import { asReviewerId, asSampleId, asStudyId, asThreadId } from '../ids';
import { EMPTY_UNDO, enterSitting, popUndo, pushUndo, undoMessage, type UndoEntry } from './undo-sitting';

const study = asStudyId('st');
const ada = { studyId: study, sampleId: asSampleId('s1'), reviewerId: asReviewerId('ada') };
const ben = { ...ada, reviewerId: asReviewerId('ben') };
const coding = { label: 'Coding', otherSuggestion: null, codebookVersion: 1 };
const entry = (threadId: string, position: number, previous: UndoEntry['previous'] = null): UndoEntry => ({
  threadId: asThreadId(threadId),
  position,
  saved: coding,
  previous,
});

describe('the undo stack of a sitting', () => {
  it("undoes a sitting's own labels, newest first", () => {
    const stack = pushUndo(pushUndo(EMPTY_UNDO, ada, entry('t1', 1)), ada, entry('t2', 2));
    const first = popUndo(stack, ada);
    expect(first.entry?.threadId).toBe('t2');
    expect(popUndo(first.rest, ada).entry?.threadId).toBe('t1');
  });

  it('gives another reviewer nothing of the one before them, and starts empty again when the first returns', () => {
    const adas = pushUndo(EMPTY_UNDO, ada, entry('t1', 1));
    const bens = popUndo(adas, ben);
    expect(bens.entry).toBeNull();
    const back = popUndo(enterSitting(bens.rest, ada), ada);
    expect(back.entry).toBeNull();
  });

  it('starts empty when the same reviewer moves to another sample', () => {
    const adas = pushUndo(EMPTY_UNDO, ada, entry('t1', 1));
    expect(popUndo(adas, { ...ada, sampleId: asSampleId('s2') }).entry).toBeNull();
  });

  it('keeps the stack when the same sitting is entered again', () => {
    const adas = pushUndo(EMPTY_UNDO, ada, entry('t1', 1));
    expect(enterSitting(adas, { ...ada })).toBe(adas);
  });

  it('says what it undid and whether u undoes more', () => {
    expect(undoMessage(entry('t12', 12), 3)).toBe('Undid Coding on thread 12; u again undoes the one before.');
    expect(undoMessage(entry('t12', 12, { label: 'Other', otherSuggestion: 'Badges', codebookVersion: 1 }), 0)).toBe(
      'Undid Coding on thread 12, back to Other (“Badges”); nothing more to undo in this sitting.',
    );
  });
});
