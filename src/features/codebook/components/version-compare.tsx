import { useState } from 'react';
import { diffCodebooks } from '../../../domain/codebook/codebook-diff';
import type { CodebookVersion } from '../../../domain/codebook/codebook';

const field = 'ml-1 rounded border border-slate-300 bg-white px-2 py-1';

/** Two versions side by side: added, removed, renamed, redefined and rekeyed categories. */
export function VersionCompare({ versions }: { versions: CodebookVersion[] }) {
  const last = versions.length;
  const [a, setA] = useState(Math.max(1, last - 1));
  const [b, setB] = useState(last);
  const va = versions.find((v) => v.version === a);
  const vb = versions.find((v) => v.version === b);
  const diff = va && vb ? diffCodebooks(va.categories, vb.categories) : [];
  return (
    <section aria-labelledby="compare-heading" className="space-y-2 text-sm">
      <h2 id="compare-heading" className="text-lg font-semibold">
        Compare versions
      </h2>
      <div className="flex gap-3">
        <label>
          From
          <select value={a} onChange={(e) => setA(Number(e.target.value))} className={field}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                v{v.version}
              </option>
            ))}
          </select>
        </label>
        <label>
          To
          <select value={b} onChange={(e) => setB(Number(e.target.value))} className={field}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                v{v.version}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table className="w-full text-left">
        <caption className="sr-only">
          Changes from v{a} to v{b}
        </caption>
        <thead>
          <tr>
            <th scope="col">Category in v{a}</th>
            <th scope="col">Category in v{b}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {diff.map((d) => (
            <tr
              key={`${d.status}-${d.id}`}
              className={`border-t border-slate-100 ${d.status === 'unchanged' ? 'text-slate-500' : ''}`}
            >
              <td>{d.before?.name ?? '—'}</td>
              <td>{d.after?.name ?? '—'}</td>
              <td>{d.status === 'changed' ? d.changes.join(', ') + ` (${d.fields.join(', ')})` : d.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
