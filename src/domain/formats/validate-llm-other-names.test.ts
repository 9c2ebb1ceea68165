import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { autoMapColumns } from './column-mapping';
import { parseDelimited } from './delimited';
import { parseJsonl } from './jsonl';
import type { RawTable } from './raw-table';
import { validateLlmLabels, type LlmLabelValidationContext } from './validate-llm-labels';
import { readSheet } from './xlsx';

const context: LlmLabelValidationContext = {
  studyIds: new Set(['t1', 't2', 't3']),
  codebookLabels: new Set(['Coding', 'Other']),
  otherLabel: 'Other',
};
const rows = [
  ['thread_id', 'label', 'other_name'],
  ['t1', 'Other', ' Badge printing '],
  ['t2', 'Coding', 'Parking'],
  ['t3', 'Other', ''],
];

function xlsxTable(): RawTable {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Labels');
  return readSheet(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'Labels');
}

const tables: Record<string, () => RawTable> = {
  CSV: () => parseDelimited(rows.map((r) => r.join(',')).join('\n')),
  TSV: () => parseDelimited(rows.map((r) => r.join('\t')).join('\n')),
  JSONL: () =>
    parseJsonl(
      rows
        .slice(1)
        .map(([thread_id, label, other_name]) => JSON.stringify({ thread_id, label, other_name }))
        .join('\n'),
    ),
  XLSX: xlsxTable,
};

describe("validateLlmLabels: the LLM's Other name", () => {
  it.each(Object.keys(tables))(
    'keeps the name of an Other label and warns, naming the row, of one on another label (%s)',
    (format) => {
      const table = tables[format]!();
      const mapping = autoMapColumns(table.headers);
      expect(mapping.llmOtherName).toBe('other_name');
      const v = validateLlmLabels(table, mapping, context);
      expect(v.valid.map((r) => [r.threadId, r.label, r.otherName])).toEqual([
        ['t1', 'Other', 'Badge printing'],
        ['t2', 'Coding', undefined],
        ['t3', 'Other', undefined],
      ]);
      // A JSONL file has no header line: its second object is on line 2.
      const row = format === 'JSONL' ? 2 : 3;
      expect(v.problems).toEqual([
        expect.objectContaining({ row, severity: 'warning', code: 'other-name-not-other', column: 'other_name' }),
      ]);
      expect(v.problems[0]!.message).toBe(
        `Row ${row}: the Other name "Parking" is left out: the label is "Coding", not Other.`,
      );
    },
  );

  it('leaves every name out when the codebook has no Other category', () => {
    const v = validateLlmLabels(tables.CSV!(), autoMapColumns(rows[0]!), { ...context, otherLabel: null });
    expect(v.valid.some((r) => r.otherName)).toBe(false);
    expect(v.problems.map((p) => p.row)).toEqual([2, 3]);
  });
});
