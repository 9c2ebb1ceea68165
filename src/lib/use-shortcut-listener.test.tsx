// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import type { Shortcut } from './key-dispatcher';
import { useShortcutListener } from './use-shortcut-listener';

function Screen({ shortcuts }: { shortcuts: Shortcut[] }) {
  useShortcutListener(shortcuts);
  return (
    <>
      <label>
        Note <input />
      </label>
      <button type="button">Record decision</button>
    </>
  );
}

function recorder() {
  const runs: string[] = [];
  const shortcut = (id: string, key: string, scope: Shortcut['scope'] = 'feature'): Shortcut => ({
    id,
    keys: [key],
    description: id,
    scope,
    run: () => runs.push(id),
  });
  return { runs, shortcut };
}

test('a key runs its shortcut, and the listener reads the declarations of the latest render', async () => {
  const { runs, shortcut } = recorder();
  const view = render(<Screen shortcuts={[shortcut('label', '1')]} />);
  await userEvent.keyboard('1');
  view.rerender(<Screen shortcuts={[shortcut('next', '1')]} />);
  await userEvent.keyboard('1');
  expect(runs).toEqual(['label', 'next']);
});

test('Escape in a field leaves the field without running a shortcut; then keys work again', async () => {
  const { runs, shortcut } = recorder();
  render(<Screen shortcuts={[shortcut('close', 'Escape', 'dialog'), shortcut('label', '1')]} />);
  const field = screen.getByRole('textbox', { name: 'Note' });
  await userEvent.click(field);
  await userEvent.keyboard('1{Escape}');
  expect(field).not.toHaveFocus();
  expect(field).toHaveValue('1');
  await userEvent.keyboard('1');
  expect(runs).toEqual(['label']);
});

test('a held Enter runs its shortcut once, and Enter on a button is left to the button', async () => {
  const { runs, shortcut } = recorder();
  render(<Screen shortcuts={[shortcut('confirm', 'Enter')]} />);
  await userEvent.keyboard('{Enter>3/}');
  expect(runs).toEqual(['confirm']);
  screen.getByRole('button', { name: 'Record decision' }).focus();
  await userEvent.keyboard('{Enter}');
  expect(runs).toEqual(['confirm']);
});

test('the listener is gone once the screen is', async () => {
  const { runs, shortcut } = recorder();
  const view = render(<Screen shortcuts={[shortcut('label', '1')]} />);
  view.unmount();
  await userEvent.keyboard('1');
  expect(runs).toEqual([]);
});
