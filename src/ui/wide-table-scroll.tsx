import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways inside its own box on a phone, so the page never does (its box is
 * positioned, so even an absolutely placed screen-reader label inside stays in it); focusable,
 * so the keyboard scrolls it too (axe: scrollable-region-focusable).
 */
export function WideTableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={`${label} (scrollable)`}
      tabIndex={0}
      className="relative overflow-x-auto print:overflow-visible"
    >
      {children}
    </div>
  );
}
