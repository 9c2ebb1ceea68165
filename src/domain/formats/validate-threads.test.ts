import { describe, expect, it } from 'vitest';
import { SPREADSHEET_CELL_LIMIT } from '../threads/thread';
import { decodeText } from './decode-text';
import { parseDelimited } from './delimited';
import { fixtureBytes } from '../../../tests/support/fixture-bytes';
import { parseJsonl } from './jsonl';
import type { RawTable } from './raw-table';
import { validateThreads, type ThreadValidationContext } from './validate-threads';

const CODEBOOK = new Set(['Email & Document Writing', 'Text Manipulation', 'Brainstorming', 'Coding', 'Other']);
const none: ThreadValidationContext = { existingIds: new Set(), codebookLabels: CODEBOOK };
const csv = (text: string) => parseDelimited(text);
const mapping = { threadId: 'id', text: 'text', llmLabel: 'label', createdAt: 'date' };

describe('validateThreads', () => {
  it('reads the fixture CSV into threads, text untouched', () => {
    const table = parseDelimited(decodeText(fixtureBytes('threads-utf8-bom-crlf.csv')).text);
    const v = validateThreads(
      table,
      { threadId: 'thread_id', text: 'user_prompts', llmLabel: 'llm_label', department: 'department', createdAt: 'created_at' },
      none,
    );
    expect(v.problems).toEqual([]);
    expect(v.rowsRead).toBe(5);
    expect(v.valid[0]).toEqual({
      threadId: 't1',
      turns: ['Draft an email to the family.\r\nKeep it short, please.'],
      userId: null,
      department: 'Scheduling',
      role: null,
      createdAt: '2024-01-15T09:30:00.000Z',
      llmLabel: 'Email & Document Writing',
      llmModel: null,
      sourceRow: 2,
    });
    expect(v.valid.map((t) => t.createdAt)).toEqual(['2024-01-15T09:30:00.000Z', '2024-01-16T00:00:00.000Z', '2024-01-17T08:00:00.000Z', null, null]);
  });

  it('trims ids and labels but never the text', () => {
    const v = validateThreads(csv('id,text,label,date\n  a1 ,"  spaced text  ", coding ,\n'), mapping, none);
    expect(v.valid[0]).toMatchObject({ threadId: 'a1', turns: ['  spaced text  '], llmLabel: 'Coding' });
  });

  it('reports missing ids, empty text and bad dates as errors', () => {
    const v = validateThreads(csv('id,text,label,date\n,hello,,\nb, \t ,,\nc,ok,,31/12/2024\nd,fine,,\n'), mapping, none);
    expect(v.valid.map((t) => t.threadId)).toEqual(['d']);
    expect(v.problems.map((p) => [p.row, p.code, p.severity, p.column])).toEqual([
      [2, 'missing-id', 'error', 'id'],
      [3, 'empty-text', 'error', 'text'],
      [4, 'bad-date', 'error', 'date'],
    ]);
    expect(v.problems[2]?.message).toBe('Row 4: "31/12/2024" is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:mm or M/D/YYYY).');
  });

  it('reports duplicate ids in the file (naming the first row) and in the study', () => {
    const v = validateThreads(csv('id,text\na,1\nb,2\na,3\nold,4\na,5\n'), { threadId: 'id', text: 'text' }, { ...none, existingIds: new Set(['old']) });
    expect(v.valid.map((t) => t.sourceRow)).toEqual([2, 3]);
    expect(v.problems.map((p) => [p.row, p.code])).toEqual([
      [4, 'duplicate-id-in-file'],
      [5, 'duplicate-id-in-study'],
      [6, 'duplicate-id-in-file'],
    ]);
    expect(v.problems[0]?.message).toBe('Row 4: the thread id "a" is already used in row 2.');
  });

  it('imports threads with unknown labels without their label, and counts the labels', () => {
    const table = csv('id,text,label\n1,a,Emails\n2,b,Emails\n3,c,Misc\n4,d,email & document  writing\n5,e,Junk\n6,f,\n');
    const v = validateThreads(table, { threadId: 'id', text: 'text', llmLabel: 'label' }, none);
    expect(v.valid.map((t) => t.llmLabel)).toEqual([null, null, null, 'Email & Document Writing', null, null]);
    expect(v.unknownLabels).toEqual([
      { label: 'Emails', count: 2 },
      { label: 'Junk', count: 1 },
      { label: 'Misc', count: 1 },
    ]);
    expect(v.problems.every((p) => p.code === 'unknown-label' && p.severity === 'warning')).toBe(true);

    const labelMap = new Map<string, string | null>([['Emails', 'Email & Document Writing'], ['Junk', null]]);
    const mapped = validateThreads(table, { threadId: 'id', text: 'text', llmLabel: 'label' }, { ...none, labelMap });
    expect(mapped.valid.map((t) => t.llmLabel)).toEqual(['Email & Document Writing', 'Email & Document Writing', null, 'Email & Document Writing', null, null]);
    expect(mapped.unknownLabels).toEqual([{ label: 'Misc', count: 1 }]);
    expect(mapped.problems).toHaveLength(1);
  });

  it('keeps any label when there is no codebook', () => {
    const v = validateThreads(csv('id,text,label\n1,a,Whatever\n'), { threadId: 'id', text: 'text', llmLabel: 'label' }, { ...none, codebookLabels: null });
    expect(v.valid[0]?.llmLabel).toBe('Whatever');
  });

  it('reads JSONL turns, drops blank turns, and falls back to text', () => {
    const table = parseJsonl(decodeText(fixtureBytes('threads.jsonl')).text);
    const v = validateThreads(table, { threadId: 'id', text: 'text', turns: 'turns', llmLabel: 'llm_label' }, none);
    expect(v.valid.map((t) => t.turns)).toEqual([['plain text form'], ['first prompt', 'second prompt'], ['hello', 'part one'], ['emoji 🧪 and 中文']]);
    expect(v.problems.map((p) => p.code)).toEqual(['bad-json', 'not-an-object']);
    const blank = validateThreads(parseJsonl('{"id":"x","turns":["  ",""]}'), { threadId: 'id', turns: 'turns' }, none);
    expect(blank.problems.map((p) => p.code)).toEqual(['empty-text']);
  });

  it('reads a turns column of a CSV as a JSON array', () => {
    const v = validateThreads(csv('id,turns\n1,"[""a"",""b""]"\n2,[oops\n3,single\n'), { threadId: 'id', turns: 'turns' }, none);
    expect(v.valid.map((t) => t.turns)).toEqual([['a', 'b'], ['single']]);
    expect(v.problems.map((p) => [p.row, p.code])).toEqual([[3, 'bad-turns']]);
  });

  it('keeps a 45,000-character text whole and counts it over the cell limit', () => {
    const long = 'ا'.repeat(45_000);
    const v = validateThreads(csv(`id,text\n1,${long}\n2,short\n`), { threadId: 'id', text: 'text' }, none);
    expect(v.valid[0]?.turns[0]).toBe(long);
    expect(v.overLimit).toBe(1);
    expect(long.length).toBeGreaterThan(SPREADSHEET_CELL_LIMIT);
  });

  it('includes the reader problems, sorted by row', () => {
    const v = validateThreads(csv('id,text\n1,a,b\n,x\n3\n'), { threadId: 'id', text: 'text' }, none);
    expect(v.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'too-many-fields'],
      [3, 'missing-id'],
      [4, 'too-few-fields'],
    ]);
    expect(v.rowsRead).toBe(3);
  });

  it('accepts Excel serial dates from XLSX only', () => {
    const table: RawTable = { headers: ['id', 'text', 'date'], rows: [{ rowNumber: 2, cells: ['1', 'a', '45306'] }], problems: [], format: 'xlsx', notes: [], rowsRead: 1 };
    const dated = { threadId: 'id', text: 'text', createdAt: 'date' };
    expect(validateThreads(table, dated, none).valid[0]?.createdAt).toBe('2024-01-15T00:00:00.000Z');
    expect(validateThreads({ ...table, format: 'csv' }, dated, none).problems[0]?.code).toBe('bad-date');
  });

  it('throws when the mapping is unusable', () => {
    const table = csv('id,text\n1,a\n');
    expect(() => validateThreads(table, { text: 'text' }, none)).toThrow(/validateThreads: mapping.threadId is required/);
    expect(() => validateThreads(table, { threadId: 'id' }, none)).toThrow(/mapping.text or mapping.turns/);
    expect(() => validateThreads(table, { threadId: 'id', text: 'body' }, none)).toThrow(/"body", which the table does not have/);
    expect(() => validateThreads(table, { threadId: 'id', text: 'text' }, { ...none, labelMap: new Map([['x', 'Nope']]) })).toThrow(/not a category/);
  });
});
