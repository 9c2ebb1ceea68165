// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { asReviewerId, asSampleId, asStudyId } from '../domain/ids';
import { paths } from '../lib/paths';
import { UpdatePrompt } from './update-prompt';
import { resetAppUpdate, useAppUpdate } from './use-app-update';

afterEach(resetAppUpdate);

function renderAt(path: string) {
  const location = memoryLocation({ path });
  render(
    <Router hook={location.hook}>
      <UpdatePrompt />
    </Router>,
  );
  return location;
}

const labelingPath = paths.label.to(asStudyId('s1'), asSampleId('sample-1'), asReviewerId('r1'));

test('nothing is offered until a new version is waiting', () => {
  renderAt(paths.studies.to());
  expect(screen.queryByRole('complementary', { name: 'New version' })).not.toBeInTheDocument();
});

test('a waiting version is offered, and Reload applies it', async () => {
  const reload = vi.fn();
  renderAt(paths.samples.to(asStudyId('s1')));
  act(() => useAppUpdate.getState().updateReady(reload));
  const prompt = screen.getByRole('complementary', { name: 'New version' });
  expect(prompt).toHaveTextContent('A new version is ready.');
  await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
  expect(reload).toHaveBeenCalledOnce();
});

test('the offer is hidden while a labeling page is open, and shown again once the reviewer leaves it', async () => {
  const location = renderAt(labelingPath);
  act(() => useAppUpdate.getState().updateReady(vi.fn()));
  expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  act(() => location.navigate(paths.samples.to(asStudyId('s1'))));
  expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
});
