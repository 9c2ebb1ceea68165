import type { Category } from '../../../domain/codebook/codebook';
import type { CategoryId } from '../../../domain/ids';

/** Every category on one screen; a row's button opens that category, alone, for editing. */
export function CategoryTable({
  categories,
  openId,
  onOpen,
}: {
  categories: readonly Category[];
  openId: CategoryId | null;
  onOpen: (id: CategoryId) => void;
}) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table aria-label="Categories" className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-1">
              Key
            </th>
            <th scope="col" className="px-2 py-1">
              Name
            </th>
            <th scope="col" className="hidden px-2 py-1 md:table-cell">
              MedHELM category
            </th>
            <th scope="col" className="hidden px-2 py-1 lg:table-cell">
              Definition
            </th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => {
            const open = c.id === openId;
            return (
              <tr key={c.id} className={`border-t border-slate-100 ${open ? 'bg-indigo-50' : ''}`}>
                <td className="px-2 py-1 font-mono">{c.key || '—'}</td>
                <td className="px-2 py-1">
                  <button
                    type="button"
                    onClick={() => onOpen(c.id)}
                    aria-expanded={open}
                    aria-controls="category-editor"
                    className="text-left text-indigo-800 underline-offset-2 hover:underline"
                  >
                    {c.name || 'New category'}
                  </button>
                </td>
                <td className="hidden px-2 py-1 md:table-cell">{c.medhelm.category}</td>
                <td className="hidden max-w-md truncate px-2 py-1 text-slate-600 lg:table-cell">
                  {c.definition || '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
