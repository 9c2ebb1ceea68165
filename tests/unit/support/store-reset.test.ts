import { expect, test } from 'vitest';
import { useDecisionsUi } from '../../../src/features/decisions/store';
import { useLabelingUi } from '../../../src/features/labeling/store';

// The two tests run in order: the second sees what the setup file's reset left of the first.
test('a test leaves a store changed', () => {
  useLabelingUi.getState().overlayOpened('help');
  useLabelingUi.getState().labeled('t1');
  useDecisionsUi.getState().anonymizeToggled();
  expect(useLabelingUi.getState().overlay).toBe('help');
});

test('the next test finds every store as it was created', () => {
  expect(useLabelingUi.getState()).toMatchObject({ overlay: 'none', undoStack: [], showExamples: false });
  expect(useDecisionsUi.getState()).toMatchObject({ anonymize: false, recordedBy: null, overlay: 'none', draft: null });
});
