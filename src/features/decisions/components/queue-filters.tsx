import type { Category } from '../../../domain/codebook/codebook';
import type { useDecisionParams } from '../hooks/use-decision-params';
import { KIND_NAMES, KINDS } from '../names';

interface Props {
  categories: readonly Category[];
  params: ReturnType<typeof useDecisionParams>[0];
  nav: ReturnType<typeof useDecisionParams>[1];
}

export function QueueFilters({ categories, params, nav }: Props) {
  return (
    <div role="group" aria-label="Queue filters" className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      <fieldset className="flex flex-wrap items-center gap-3">
        <legend className="sr-only">Kinds of thread</legend>
        <span aria-hidden="true">Show</span>
        {KINDS.map((kind) => (
          <label key={kind} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={params.kinds.includes(kind)}
              onChange={(e) =>
                nav.setKinds(e.target.checked ? [...params.kinds, kind] : params.kinds.filter((k) => k !== kind))
              }
            />
            {KIND_NAMES[kind]}
          </label>
        ))}
      </fieldset>
      <label className="flex min-w-0 max-w-full items-center gap-2">
        Category involved
        <select
          value={params.category ?? ''}
          onChange={(e) => nav.setCategory(e.target.value || null)}
          className="min-w-0 max-w-full rounded border border-slate-300 px-2 py-1"
        >
          <option value="">Any category</option>
          {categories.map((c) => (
            <option key={c.id} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          checked={params.includeDecided}
          onChange={(e) => nav.setIncludeDecided(e.target.checked)}
        />
        Show decided threads
      </label>
    </div>
  );
}
