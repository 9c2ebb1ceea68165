import { expect, test } from 'vitest';
import { documentTitle } from './use-document-title';

test('the page first, then its context, then the app; missing parts are left out', () => {
  expect(documentTitle(['Labeling 12/300', 'Sample 1'])).toBe('Labeling 12/300 · Sample 1 · Concord');
  expect(documentTitle(['Codebook', undefined])).toBe('Codebook · Concord');
  expect(documentTitle([' ', null])).toBe('Concord');
});
