// @vitest-environment jsdom
import { render, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { documentTitle, useDocumentTitle } from './use-document-title';

test('the page first, then its context, then the app; missing parts are left out', () => {
  expect(documentTitle(['Labeling 12/300', 'Sample 1'])).toBe('Labeling 12/300 · Sample 1 · Concord');
  expect(documentTitle(['Codebook', undefined])).toBe('Codebook · Concord');
  expect(documentTitle([' ', null])).toBe('Concord');
});

function Page({ n }: { n: number }) {
  useDocumentTitle(`Labeling ${n}/3`, 'Sample 1');
  return null;
}

test('the title changes after the frame that shows the page, not in its commit (off the keypress path)', async () => {
  document.title = 'Concord';
  const { rerender } = render(<Page n={1} />);
  expect(document.title).toBe('Concord');
  await waitFor(() => expect(document.title).toBe('Labeling 1/3 · Sample 1 · Concord'));
  rerender(<Page n={2} />);
  expect(document.title).toBe('Labeling 1/3 · Sample 1 · Concord');
  await waitFor(() => expect(document.title).toBe('Labeling 2/3 · Sample 1 · Concord'));
});
