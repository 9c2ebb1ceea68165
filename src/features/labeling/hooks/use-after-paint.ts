import { useEffect, useState } from 'react';
import { afterPaint } from '../../../lib/after-paint';

/**
 * `value`, once the frame that follows its change has been painted (undefined until then). Work
 * keyed on it, such as laying out the next thread ahead, then never delays the frame a reviewer
 * is waiting for.
 */
export function useAfterPaint<T>(value: T): T | undefined {
  const [settled, setSettled] = useState<T>();
  useEffect(() => afterPaint(() => setSettled(() => value)), [value]);
  return settled;
}
