import { useEffect, useState } from 'react';

const nextFrame = (run: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : (setTimeout(run, 16) as unknown as number);

/**
 * `value`, once the frame that follows its change has been painted (undefined until then). Work
 * keyed on it, such as laying out the next thread ahead, then never delays the frame a reviewer
 * is waiting for.
 */
export function useAfterPaint<T>(value: T): T | undefined {
  const [settled, setSettled] = useState<T>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = nextFrame(() => { timer = setTimeout(() => setSettled(() => value), 0); });
    return () => {
      if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return settled;
}
