import type { ReactNode } from 'react';

const tones = {
  error: 'border-red-300 bg-red-50 text-red-900',
  success: 'border-green-300 bg-green-50 text-green-900',
  info: 'border-sky-300 bg-sky-50 text-sky-900',
} as const;

/** A message the user must notice: errors are announced at once (role alert), others politely. */
export function Alert({ tone, title, children }: { tone: keyof typeof tones; title: string; children?: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded border px-3 py-2 text-sm ${tones[tone]}`}>
      <p className="font-semibold">{title}</p>
      {children}
    </div>
  );
}
