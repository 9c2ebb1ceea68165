import { expect, test } from 'vitest';
import { asReviewerId, asSampleId, asStudyId, asThreadId } from '../../../src/domain/ids';
import { EMPTY_UNDO } from '../../../src/domain/labeling/undo-sitting';
import { useDecisionsUi } from '../../../src/features/decisions/store';
import { useLabelingUi } from '../../../src/features/labeling/store';

// The two tests run in order: the second sees what the setup file's reset left of the first.
test('a test leaves a store changed', () => {
  useLabelingUi.getState().overlayOpened('help');
  const sitting = { studyId: asStudyId('s'), sampleId: asSampleId('p'), reviewerId: asReviewerId('r') };
  const choice = { label: 'Coding', otherSuggestion: null, codebookVersion: 1 };
  useLabelingUi.getState().labeled(sitting, { threadId: asThreadId('t1'), position: 1, saved: choice, previous: null });
  useDecisionsUi.getState().anonymizeToggled();
  expect(useLabelingUi.getState().overlay).toBe('help');
});

test('the next test finds every store as it was created', () => {
  expect(useLabelingUi.getState()).toMatchObject({ overlay: 'none', undo: EMPTY_UNDO, showExamples: false });
  expect(useDecisionsUi.getState()).toMatchObject({ anonymize: false, recordedBy: null, overlay: 'none', draft: null });
});
