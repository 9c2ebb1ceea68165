import type { TablePreview } from '../../../domain/formats/import-protocol';

const PREVIEW_CHARS = 160;
const clip = (cell: string) => (cell.length > PREVIEW_CHARS ? `${cell.slice(0, PREVIEW_CHARS)}…` : cell);

/** The first rows as read, cells shown as text (clipped here only; stored whole). */
export function PreviewTable({ table }: { table: TablePreview }) {
  return (
    <div className="overflow-auto rounded border border-slate-200 bg-white">
      <table className="min-w-full text-left text-xs">
        <caption className="p-2 text-left text-sm font-medium">
          Preview of the first {table.preview.length} rows
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-2 py-1">
              Row
            </th>
            {table.headers.map((h) => (
              <th key={h} scope="col" className="px-2 py-1">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.preview.map((row) => (
            <tr key={row.rowNumber} className="border-t border-slate-100 align-top">
              <th scope="row" className="px-2 py-1 font-mono">
                {row.rowNumber}
              </th>
              {table.headers.map((h, i) => (
                <td key={h} dir="auto" className="max-w-xs px-2 py-1 whitespace-pre-wrap break-words">
                  {clip(row.cells[i] ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
