import { csvText } from '../../../domain/exports/csv-text';
import { downloadText } from '../../../lib/download';
import { Button } from '../../../ui/button';

/** Saves a table as CSV through the one CSV writer (formula-looking cells neutralised). */
export function CsvDownloadButton({
  label,
  fileName,
  fields,
  rows,
  byteOrderMark = true,
}: {
  /** The button's text and accessible name, e.g. "Download shares by department as CSV". */
  label: string;
  fileName: string;
  fields: readonly string[];
  rows: () => readonly (readonly string[])[];
  byteOrderMark?: boolean;
}) {
  return (
    <Button onClick={() => downloadText(fileName, csvText(fields, rows(), { byteOrderMark }), 'text/csv')}>
      {label}
    </Button>
  );
}
