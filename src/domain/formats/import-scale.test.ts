import { describe, expect, it } from 'vitest';
import { autoMapColumns } from './column-mapping';
import { decodeText } from './decode-text';
import { parseDelimited } from './delimited';
import { validateThreads } from './validate-threads';

// A smoke check at the study's row count, not a benchmark: nothing here is timed (timings
// vary with the machine); it catches accidental quadratic work, which would make it hang.
const ROWS = 30_503;

function syntheticCsv(): string {
  let seed = 7;
  const next = () => (seed = (seed * 1_664_525 + 1_013_904_223) >>> 0);
  const lines = ['thread_id,user_id,department,created_at,llm_label,user_prompts'];
  for (let i = 0; i < ROWS; i += 1) {
    const long = i % 97 === 0;
    const text = long
      ? 'Long, "quoted"\r\nprompt. '.repeat(1_500)
      : `Prompt ${next() % 1000}, "please"\nthanks ${'x'.repeat(next() % 200)}`;
    lines.push(
      `T${i},U${i % 900},Dept ${i % 40},2024-03-${String((i % 28) + 1).padStart(2, '0')} 10:15,${i % 5 === 0 ? 'Other' : 'Coding'},"${text.replace(/"/g, '""')}"`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('importing a study-sized file', () => {
  it(`reads and validates ${ROWS} rows`, () => {
    const bytes = new TextEncoder().encode(syntheticCsv());
    const table = parseDelimited(decodeText(bytes).text);
    expect(table.rows).toHaveLength(ROWS);
    expect(table.problems).toEqual([]);
    const v = validateThreads(table, autoMapColumns(table.headers), {
      existingIds: new Set(),
      codebookLabels: new Set(['Coding', 'Other']),
    });
    expect(v.valid).toHaveLength(ROWS);
    expect(v.overLimit).toBe(Math.ceil(ROWS / 97));
    expect(v.valid[0]?.turns[0]).toHaveLength('Long, "quoted"\r\nprompt. '.length * 1_500);
  });
});
