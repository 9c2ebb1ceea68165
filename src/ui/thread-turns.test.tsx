// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { ThreadTurns } from './thread-turns';

test('every prompt block lets the browser pick its direction, so Arabic and Hebrew read right to left', () => {
  render(<ThreadTurns turns={['اكتب رسالة إلى المريض', 'Write an email', 'כתוב מכתב']} />);
  const blocks = within(screen.getByRole('list', { name: 'Prompts' })).getAllByRole('listitem');
  expect(blocks).toHaveLength(3);
  for (const [i, block] of blocks.entries()) {
    const text = within(block).getByText(['اكتب رسالة إلى المريض', 'Write an email', 'כתוב מכתב'][i]!);
    expect(text).toHaveAttribute('dir', 'auto');
  }
});
