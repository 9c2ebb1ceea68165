import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { paths } from '../lib/paths';
import { useSittingStore } from '../lib/sitting-store';
import { ThemeSelect } from '../ui/theme-select';
import { AppBreadcrumbs } from './app-breadcrumbs';
import { SittingBar } from './sitting-bar';
import { StorageIndicator } from './storage-indicator';

export function AppLayout({ children }: { children: ReactNode }) {
  const sitting = useSittingStore((s) => s.sitting);
  return (
    <div className="flex h-screen flex-col print:block print:h-auto">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-white px-4 py-2 print:hidden">
        {sitting ? (
          <>
            <span className="text-lg font-semibold text-indigo-800">Concord</span>
            <SittingBar sitting={sitting} />
          </>
        ) : (
          <>
            <Link href={paths.studies.to()} className="text-lg font-semibold text-indigo-800">
              Concord
            </Link>
            {/* Its own row on a phone, so the crumbs never push the page sideways. */}
            <AppBreadcrumbs className="order-last w-full sm:order-none sm:w-auto sm:flex-1" />
          </>
        )}
        <div className="ml-auto flex items-center gap-3">
          <ThemeSelect />
          <StorageIndicator />
        </div>
      </header>
      <main className="min-h-0 flex-1 overflow-auto p-4 print:overflow-visible print:p-0">{children}</main>
    </div>
  );
}
