import { useEffect, useState } from 'react';

/**
 * `value`, once the frame that follows its change has been painted (undefined until then). Work
 * keyed on it, such as laying out the next thread ahead, then never delays the frame a reviewer
 * is waiting for: a requestAnimationFrame callback runs before that frame, a message posted from
 * it after. A message, not a timer: Chromium may run a timer before tasks queued ahead of it, so
 * a 45,000-character thread laid out ahead could delay what that frame had queued (measured in
 * bench/labeling-bench.ts), while messages keep their order.
 */
export function useAfterPaint<T>(value: T): T | undefined {
  const [settled, setSettled] = useState<T>();
  useEffect(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => setSettled(() => value);
    const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    return () => {
      cancelAnimationFrame(frame);
      channel.port1.close();
    };
  }, [value]);
  return settled;
}
