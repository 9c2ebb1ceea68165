import { useEffect, useState } from 'react';

/**
 * `value`, once the frame that follows its change has been painted (undefined until then). Work
 * keyed on it, such as laying out the next thread ahead, then never delays the frame a reviewer
 * is waiting for: a requestAnimationFrame callback runs before that frame, a task posted from
 * it after.
 */
export function useAfterPaint<T>(value: T): T | undefined {
  const [settled, setSettled] = useState<T>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setSettled(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return settled;
}
