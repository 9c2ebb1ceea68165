import { useState } from 'react';
import { Button } from '../../../ui/button';

/** For a workbook: which sheet, and (when the guess is wrong) which row holds the headers. */
export function SheetPicker({
  sheets,
  sheet,
  onRead,
}: {
  sheets: string[];
  sheet: string | null;
  onRead: (sheet: string, headerRow: number | null) => void;
}) {
  const [headerRow, setHeaderRow] = useState('');
  return (
    <div className="flex flex-wrap items-end gap-2 text-sm">
      <label className="flex flex-col">
        Sheet
        <select
          value={sheet ?? ''}
          onChange={(e) => onRead(e.target.value, null)}
          className="mt-1 rounded border border-slate-300 bg-white px-2 py-1"
        >
          {sheets.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        Header row (blank: found automatically)
        <input
          type="number"
          min={1}
          value={headerRow}
          onChange={(e) => setHeaderRow(e.target.value)}
          className="mt-1 w-24 rounded border border-slate-300 px-2 py-1"
        />
      </label>
      <Button onClick={() => onRead(sheet ?? sheets[0] ?? '', headerRow ? Number(headerRow) : null)}>
        Read sheet again
      </Button>
    </div>
  );
}
