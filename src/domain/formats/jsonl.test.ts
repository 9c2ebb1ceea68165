import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { fixtureBytes } from '../../../tests/support/fixture-bytes';
import { parseJsonl } from './jsonl';
import { turnsFromCell, userTurnsFromJson } from './user-turns';

describe('parseJsonl', () => {
  const t = parseJsonl(decodeText(fixtureBytes('threads.jsonl')).text);

  it('makes the union of keys the headers, in first-seen order', () => {
    expect(t.format).toBe('jsonl');
    expect(t.headers).toEqual(['id', 'text', 'llm_label', 'turns', 'department', 'extra', 'score']);
    expect(t.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 7]);
    expect(t.rows.every((r) => r.cells.length === t.headers.length)).toBe(true);
  });

  it('reads the text form and the turns form', () => {
    expect(t.rows[0]?.cells.slice(0, 3)).toEqual(['j1', 'plain text form', 'Coding']);
    expect(t.rows[0]?.turns).toBeUndefined();
    expect(t.rows[1]?.turns).toEqual(['first prompt', 'second prompt']);
    expect(t.rows[1]?.cells[3]).toBe('first prompt\n\nsecond prompt');
  });

  it('keeps only the user turns of role objects', () => {
    expect(t.rows[2]?.turns).toEqual(['hello', 'part one']);
  });

  it('writes nested values as JSON and numbers as text', () => {
    expect(t.rows[3]?.cells).toEqual(['j5', 'emoji 🧪 and 中文', '', '', '', '{"nested":true}', '0.5']);
  });

  it('reports bad lines with their line numbers and skips blank lines', () => {
    expect(t.problems.map((p) => [p.row, p.code, p.severity])).toEqual([
      [4, 'bad-json', 'error'],
      [6, 'not-an-object', 'error'],
    ]);
    expect(t.problems[1]?.message).toBe('Line 6 is an array, not a JSON object.');
    expect(t.notes).toContain('1 blank line skipped.');
    expect(t.rowsRead).toBe(6);
  });

  it('reports a turns value that is not an array of prompts', () => {
    const bad = parseJsonl('{"id":"a","turns":"just text"}\r\n{"id":"b","turns":[1]}\r\n');
    expect(bad.rows).toEqual([]);
    expect(bad.problems.map((p) => [p.row, p.code])).toEqual([
      [1, 'bad-turns'],
      [2, 'bad-turns'],
    ]);
  });
});

describe('userTurnsFromJson and turnsFromCell', () => {
  it('accepts strings and role objects, and rejects anything else', () => {
    expect(
      userTurnsFromJson(['a', { role: 'USER', text: 'b' }, { content: 'c' }, { role: 'tool', content: 'x' }]),
    ).toEqual(['a', 'b', 'c']);
    expect(userTurnsFromJson('a')).toBeNull();
    expect(userTurnsFromJson([null])).toBeNull();
    expect(userTurnsFromJson([{ role: 'user', content: 3 }])).toBeNull();
  });

  it('reads a JSON array cell or the whole cell as one prompt', () => {
    expect(turnsFromCell(' ["a","b"]')).toEqual(['a', 'b']);
    expect(turnsFromCell('plain [text]')).toEqual(['plain [text]']);
    expect(turnsFromCell('[not json')).toBeNull();
  });
});
