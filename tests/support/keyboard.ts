import type userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

/** Keyboard only: Tab until the element has focus (a user's way to a control). */
export async function tabTo(user: ReturnType<typeof userEvent.setup>, element: HTMLElement): Promise<void> {
  for (let i = 0; i < 80 && document.activeElement !== element; i++) await user.tab();
  expect(document.activeElement).toBe(element);
}
