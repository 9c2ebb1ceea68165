import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { paths } from '../lib/paths';
import { StorageIndicator } from './storage-indicator';

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex h-screen flex-col print:block print:h-auto">
      <header className="flex items-center justify-between gap-4 border-b border-slate-200 bg-white px-4 py-2 print:hidden">
        <nav aria-label="Main" className="flex items-center gap-4">
          <Link href={paths.studies.to()} className="text-lg font-semibold text-indigo-800">Concord</Link>
          <Link href={paths.studies.to()} className="text-sm underline-offset-2 hover:underline">Studies</Link>
        </nav>
        <StorageIndicator />
      </header>
      <main className="min-h-0 flex-1 overflow-auto p-4 print:overflow-visible print:p-0">{children}</main>
    </div>
  );
}
