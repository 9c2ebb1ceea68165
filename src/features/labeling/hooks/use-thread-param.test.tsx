// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { useThreadParam } from './use-thread-param';

// The frame after which a move is written to the address, run by the test when it chooses.
const painted: (() => void)[] = [];
vi.mock('../../../lib/after-paint', () => ({
  afterPaint: (callback: () => void) => {
    painted.push(callback);
    return () => undefined;
  },
}));

function renderThreadParam(path: string) {
  const location = memoryLocation({ path, record: true });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Router hook={location.hook} searchHook={location.searchHook}>
      {children}
    </Router>
  );
  return { ...renderHook(() => useThreadParam(), { wrapper }), location };
}

afterEach(() => {
  painted.length = 0;
});

describe('useThreadParam', () => {
  it('shows a move at once and writes it to the address after the frame', () => {
    const { result, location } = renderThreadParam('/label?t=a');
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('b');
    expect(location.history.at(-1)).toBe('/label?t=a');
    act(() => painted.shift()!());
    expect(location.history.at(-1)).toBe('/label?t=b');
    expect(result.current[0]).toBe('b');
  });

  it('keeps a move made after the address was written but before React drew it (a fast second key)', () => {
    const { result } = renderThreadParam('/label?t=a');
    act(() => result.current[1]('b'));
    const go = result.current[1];
    act(() => {
      painted.shift()!();
      go('c');
    });
    expect(result.current[0]).toBe('c');
  });

  it('lets the address win when it changes from elsewhere (a link, back)', () => {
    const { result, location } = renderThreadParam('/label?t=a');
    act(() => result.current[1]('b'));
    act(() => location.navigate('/label?t=z', { replace: true }));
    expect(result.current[0]).toBe('z');
  });
});
