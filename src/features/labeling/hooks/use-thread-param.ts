import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'wouter';
import { afterPaint } from '../../../lib/after-paint';

interface Move {
  /** The address's `t` when the move was made: a move stands only while the address has not changed since. */
  from: string | null;
  to: string;
}

/**
 * `?t=`, the thread on screen, and the move to another. A move is shown at once and written to
 * the address after the frame that shows it: history.replaceState is a same-document navigation
 * whose message to the browser cost each labeling keypress 0.4 ms of CPU and up to 6 ms of waiting
 * before the next thread was painted (bench/labeling-bench.ts, trace). The address still wins: when
 * it changes from elsewhere (a link, back), its thread is shown. The move renders synchronously
 * (flushSync), in the same render as the label's cached ratings, which their store updates
 * schedule synchronously too: a plain state update would be a second render, after the frame.
 * A move starts from the address as last known, which includes what this hook has just written:
 * a key pressed after the write but before React re-rendered would otherwise start from the
 * address before it, and be dropped as if the address had changed from elsewhere.
 */
export function useThreadParam(): [string | null, (t: string) => void] {
  const [params, setParams] = useSearchParams();
  const inAddress = params.get('t');
  const [move, setMove] = useState<Move | null>(null);
  const pending = move && move.from === inAddress && move.to !== inAddress ? move : null;
  const address = useRef(inAddress);
  useLayoutEffect(() => {
    address.current = inAddress;
  }, [inAddress]);
  useEffect(() => {
    if (!pending) return;
    return afterPaint(() => {
      address.current = pending.to;
      setParams({ t: pending.to }, { replace: true });
    });
  }, [pending, setParams]);
  const go = useCallback((t: string) => flushSync(() => setMove({ from: address.current, to: t })), []);
  return [pending ? pending.to : inAddress, go];
}
