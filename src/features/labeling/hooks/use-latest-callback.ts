import { useCallback, useLayoutEffect, useRef } from 'react';

/** A function of stable identity that always calls the latest `callback`: a memoised child given it is not re-rendered by a new closure. */
export function useLatestCallback<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
