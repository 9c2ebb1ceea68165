import type { RowProblem } from '../../../domain/formats/raw-table';
import { placeText } from '../../../domain/formats/row-label';

export function ProblemTable({ problems }: { problems: RowProblem[] }) {
  return (
    <div className="max-h-96 overflow-auto rounded border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="p-2 text-left font-medium">Problems by row</caption>
        <thead className="sticky top-0 bg-slate-100">
          <tr>
            <th scope="col" className="px-2 py-1">
              Row
            </th>
            <th scope="col" className="px-2 py-1">
              Column
            </th>
            <th scope="col" className="px-2 py-1">
              Severity
            </th>
            <th scope="col" className="px-2 py-1">
              Problem
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} className="border-t border-slate-100 align-top">
              <td className="px-2 py-1 font-mono">{placeText(p)}</td>
              <td className="px-2 py-1">{p.column ?? ''}</td>
              <td className={`px-2 py-1 ${p.severity === 'error' ? 'text-red-800' : 'text-amber-800'}`}>
                {p.severity === 'error' ? 'not imported' : 'warning'}
              </td>
              <td className="px-2 py-1">{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
