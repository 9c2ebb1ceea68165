import { Link } from 'wouter';

export interface Crumb {
  label: string;
  href: string;
}

/** Where the page sits (Studies › study › sample › page); the last crumb is the page itself. */
export function Breadcrumbs({ trail, className = '' }: { trail: readonly Crumb[]; className?: string }) {
  return (
    <nav aria-label="Breadcrumb" className={`min-w-0 text-sm ${className}`}>
      <ol className="flex flex-wrap items-center gap-x-1">
        {trail.map((crumb, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={crumb.href + crumb.label} className="flex min-w-0 items-center gap-x-1">
              {i > 0 && (
                <span aria-hidden="true" className="text-slate-500">
                  ›
                </span>
              )}
              <Link
                href={crumb.href}
                aria-current={last ? 'page' : undefined}
                className={`truncate underline-offset-2 hover:underline ${last ? 'font-medium text-slate-900' : 'text-indigo-800'}`}
              >
                {crumb.label}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
