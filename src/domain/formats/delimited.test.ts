import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { detectDelimiter } from './detect-delimiter';
import { parseDelimited } from './delimited';
import { fixtureBytes } from '../../../tests/support/fixture-bytes';

const fixture = (name: string) => parseDelimited(decodeText(fixtureBytes(name)).text);

describe('detectDelimiter', () => {
  it('counts delimiters in the header outside quotes', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('a;b;c\r\n1,2,3,4')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('"x,y,z";b;c\n')).toBe(';');
    expect(detectDelimiter('"multi\nline, header";b\n')).toBe(';');
  });

  it('defaults to a comma for a single column or a tie', () => {
    expect(detectDelimiter('text\nhello, world')).toBe(',');
    expect(detectDelimiter('a,b;c\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});

describe('parseDelimited', () => {
  it('reads a UTF-8 CSV with BOM, CRLF, quoted line breaks, doubled quotes and many scripts', () => {
    const t = fixture('threads-utf8-bom-crlf.csv');
    expect(t.format).toBe('csv');
    expect(t.headers).toEqual(['thread_id', 'user_prompts', 'llm_label', 'department', 'created_at']);
    expect(t.problems).toEqual([]);
    expect(t.rowsRead).toBe(5);
    expect(t.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6]);
    expect(t.rows[0]?.cells[1]).toBe('Draft an email to the family.\r\nKeep it short, please.');
    expect(t.rows[1]?.cells[1]).toBe('He said "call me" twice');
    expect(t.rows[2]?.cells[1]).toBe('مرحبا، كيف يمكنني المساعدة؟ 😀');
    expect(t.rows[3]?.cells[1]).toBe('你好，请帮我翻译这段话。');
    expect(t.rows[4]?.cells[1]).toBe('कृपया इस पत्र का सारांश दें।');
  });

  it('reads a Windows-1252 file with semicolons', () => {
    const t = fixture('threads-cp1252-semicolon.csv');
    expect(t.format).toBe('semicolon');
    expect(t.notes).toContain('Delimiter: semicolon.');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['w1', 'Le café coûte 3 €', 'Other'],
      ['w2', '“quoted” – dash', 'Other'],
    ]);
  });

  it('reads tabs and skips empty and blank rows, counting them', () => {
    const t = fixture('threads.tsv');
    expect(t.format).toBe('tsv');
    expect(t.rows.map((r) => [r.rowNumber, ...r.cells])).toEqual([
      [2, 'x1', 'first', 'Nurse'],
      [5, 'x2', 'second, with comma; and semicolon', 'Scheduler'],
    ]);
    expect(t.notes).toContain('2 empty rows skipped.');
    expect(t.rowsRead).toBe(2);
  });

  it('numbers rows as records, not lines, after a quoted line break', () => {
    const t = parseDelimited('id,text\n1,"a\nb\nc"\n2,oops,extra\n');
    expect(t.rows.map((r) => r.rowNumber)).toEqual([2]);
    expect(t.problems).toMatchObject([{ row: 3, code: 'too-many-fields', severity: 'error' }]);
  });

  it('reports rows with too many or too few fields and leaves them out', () => {
    const t = parseDelimited('id,text,label\n1,a,L\n2,b\n3,c,L,extra\n4,d,L\n');
    expect(t.rows.map((r) => r.cells[0])).toEqual(['1', '4']);
    expect(t.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'too-few-fields'],
      [4, 'too-many-fields'],
    ]);
    expect(t.problems[1]?.message).toMatch(/4 fields but the header has 3/);
    expect(t.rowsRead).toBe(4);
  });

  it('accepts trailing empty fields (trailing delimiters) beyond the header', () => {
    const t = parseDelimited('id,text\n1,a,,\n');
    expect(t.problems).toEqual([]);
    expect(t.rows[0]?.cells).toEqual(['1', 'a']);
  });

  it('reports an unterminated quote at its row and reads on from the next line', () => {
    const t = parseDelimited('id,text\r\n1,fine\r\n2,"never closed\r\n3,read again\r\n');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['1', 'fine'],
      ['3', 'read again'],
    ]);
    expect(t.problems).toMatchObject([{ row: 3, code: 'unterminated-quote', severity: 'error' }]);
    expect(t.problems[0]?.message).toMatch(
      /^Row 3: a quote opened in this row is never closed.*the file is in step again/,
    );
    expect(t.rowsRead).toBe(3);
  });

  it('never lets a quoted text swallow the records after it', () => {
    // Papa alone reads row 2's text as "swallow,b\n3,\"ok, fine" and loses row 3.
    const t = parseDelimited('id,text,x\n2,"swallow,b\n3,"ok, fine",c\n4,z,d\n');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['3', 'ok, fine', 'c'],
      ['4', 'z', 'd'],
    ]);
    expect(t.problems).toMatchObject([{ row: 2, code: 'unterminated-quote' }]);
  });

  it('counts the records after an unterminated quote that could not be read, naming the first and the last', () => {
    const t = parseDelimited('id,text,x\n1,"a",b\n2,"open,b\nlost one\nlost two\n5,back,c\n');
    expect(t.rows.map((r) => r.cells[0])).toEqual(['1', '5']);
    const quote = t.problems.find((p) => p.code === 'unterminated-quote');
    expect(quote?.message).toMatch(
      /After it, 2 records could not be read \(the first is row 4, the last row 5\); reading is in step again from row 6\./,
    );
    const end = parseDelimited('id,text,x\n1,"open,b\nlost one\nlost two\n');
    expect(end.problems.find((p) => p.code === 'unterminated-quote')?.message).toMatch(
      /None of the 2 records after it could be read \(the first is row 3, the last row 4\)/,
    );
    expect(parseDelimited('id,text\n1,"open').problems[0]?.message).toMatch(/it is the last record of the file/);
  });

  it('stops reading at the 25th unterminated quote rather than let the rest be one field', () => {
    const lines = ['id,text', ...Array.from({ length: 30 }, (_, i) => `${i},"open ${i}`), 'last,row'];
    const t = parseDelimited(`${lines.join('\n')}\n`);
    const quotes = t.problems.filter((p) => p.code === 'unterminated-quote');
    expect(quotes).toHaveLength(25);
    expect(quotes[24]?.message).toBe(
      'Row 26: a quote opened in this row is never closed, the 25th such quote in the file: reading stopped here, so this row and the rest of the file (to line 32) are not imported. Repair the quotes and import again.',
    );
    expect(t.rows).toEqual([]);
  });

  it('names the line as well as the row once a quoted line break has shifted them', () => {
    const t = parseDelimited('id,text,x\n1,"a\nb\nc",x\n2,"open,b\n3,c\n4,d,e,f\n');
    expect(t.rows.map((r) => [r.rowNumber, r.line, r.cells[0]])).toEqual([[2, undefined, '1']]);
    expect(t.problems.map((p) => [p.row, p.line, p.code])).toEqual([
      [3, 5, 'unterminated-quote'],
      [4, 6, 'too-few-fields'],
      [5, 7, 'too-many-fields'],
    ]);
    expect(t.problems[1]?.message).toBe('Row 4 (line 6) has 2 fields but the header has 3.');
    expect(t.problems[0]?.message).toMatch(
      /^Row 3 \(line 5\): .*None of the 2 records after it could be read \(the first is row 4 \(line 6\), the last row 5 \(line 7\)\)/,
    );
  });

  it('skips a repeated header row with one note: no row, no problem', () => {
    const t = parseDelimited('\uFEFFid,text\r\n1,a\r\n\uFEFFid,text\r\n2,b\r\nID , Text\r\n3,c\r\n');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['1', 'a'],
      ['2', 'b'],
      ['3', 'c'],
    ]);
    expect(t.problems).toEqual([]);
    expect(t.rowsRead).toBe(3);
    expect(t.notes).toContain(
      'The header row appears again in rows 3, 5 (files pasted together?); skipped, not read as threads.',
    );
  });

  it('warns about a stray quote after a closing quote', () => {
    const t = parseDelimited('id,text\n1,"ab"c"\n');
    expect(t.problems).toMatchObject([{ row: 2, code: 'malformed-quote', severity: 'warning' }]);
  });

  it('keeps a 45,000-character text whole', () => {
    const long = 'Lorem ipsum, "dolor"\n'.repeat(2143).slice(0, 45_000);
    const t = parseDelimited(`id,text\n1,"${long.replace(/"/g, '""')}"\n`);
    expect(t.rows[0]?.cells[1]).toBe(long);
    expect(t.rows[0]?.cells[1]).toHaveLength(45_000);
  });

  it('names empty and repeated headers', () => {
    const t = parseDelimited(' id ,,text,text\n1,2,3,4');
    expect(t.headers).toEqual(['id', 'Column 2', 'text', 'text (2)']);
    expect(t.notes.some((n) => n.includes('Column 2'))).toBe(true);
  });

  it('reads a file without a final line break, a header-only file and an empty file', () => {
    expect(parseDelimited('id,text\n1,a').rows).toHaveLength(1);
    expect(parseDelimited('id,text\n')).toMatchObject({ headers: ['id', 'text'], rows: [], rowsRead: 0 });
    expect(parseDelimited('')).toMatchObject({
      headers: [],
      rows: [],
      rowsRead: 0,
      notes: ['Delimiter: comma.', 'The file is empty.'],
    });
  });
});
