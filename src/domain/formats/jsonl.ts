import { threadText } from '../threads/thread';
import { sortProblems, type RawRow, type RawTable, type RowProblem } from './raw-table';
import { userTurnsFromJson } from './user-turns';

const NOT_BLANK = /\S/;
const MAX_ERROR_DETAIL = 160;

/** The column whose array value becomes RawRow.turns. */
export const JSONL_TURNS_KEY = 'turns';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Reads JSON Lines (one JSON object per line) into a RawTable.
 *
 * - Every key becomes a column; headers are the union of keys in first-seen order, and a
 *   row without a key has '' there. Strings are kept as they are (never trimmed), numbers
 *   and booleans are written with String(), nested objects and arrays as JSON.
 * - A thread's prompts are either a string (e.g. `text`) or a `turns` array, read by
 *   userTurnsFromJson (strings, or {role, content} objects of which only role "user" is
 *   kept). The prompts go to RawRow.turns, and the `turns` cell holds them joined as one
 *   text (threadText) for previews.
 * - Row numbers are line numbers (1-based). Blank lines are skipped and counted in notes.
 * - A line that is not valid JSON is 'bad-json', a JSON value that is not an object is
 *   'not-an-object', a `turns` that is not such an array is 'bad-turns': all errors, and
 *   those lines are not in `rows`.
 * A leading byte order mark is ignored; CRLF line ends are accepted.
 */
export function parseJsonl(text: string): RawTable {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headers: string[] = [];
  const columnOf = new Map<string, number>();
  const rows: RawRow[] = [];
  const problems: RowProblem[] = [];
  let blankLines = 0;
  let rowsRead = 0;
  let lineNumber = 0;
  for (let pos = 0; pos < input.length;) {
    const newline = input.indexOf('\n', pos);
    const end = newline < 0 ? input.length : newline;
    let line = input.slice(pos, end);
    pos = end + 1;
    lineNumber += 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (!NOT_BLANK.test(line)) {
      blankLines += 1;
      continue;
    }
    rowsRead += 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      const detail = (e instanceof Error ? e.message : String(e)).slice(0, MAX_ERROR_DETAIL);
      problems.push({
        row: lineNumber,
        code: 'bad-json',
        severity: 'error',
        message: `Line ${lineNumber} is not valid JSON: ${detail}`,
      });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
      problems.push({
        row: lineNumber,
        code: 'not-an-object',
        severity: 'error',
        message: `Line ${lineNumber} is ${kind}, not a JSON object.`,
      });
      continue;
    }
    const row: RawRow = { rowNumber: lineNumber, cells: new Array<string>(headers.length).fill('') };
    let badTurns = false;
    for (const [key, v] of Object.entries(value)) {
      let index = columnOf.get(key);
      if (index === undefined) {
        index = headers.length;
        headers.push(key);
        columnOf.set(key, index);
      }
      if (key === JSONL_TURNS_KEY && v !== null && v !== undefined) {
        const turns = userTurnsFromJson(v);
        if (turns === null) badTurns = true;
        else {
          row.turns = turns;
          row.cells[index] = threadText(turns);
        }
      } else {
        row.cells[index] = cellText(v);
      }
    }
    if (badTurns) {
      problems.push({
        row: lineNumber,
        column: JSONL_TURNS_KEY,
        code: 'bad-turns',
        severity: 'error',
        message: `Line ${lineNumber}: "turns" must be an array of strings or of {role, content} objects.`,
      });
      continue;
    }
    rows.push(row);
  }
  for (const row of rows) {
    for (let i = 0; i < headers.length; i += 1) if (row.cells[i] === undefined) row.cells[i] = '';
  }
  const notes = ['Format: JSON Lines.'];
  if (blankLines > 0) notes.push(`${blankLines} blank line${blankLines === 1 ? '' : 's'} skipped.`);
  return { headers, rows, problems: sortProblems(problems), format: 'jsonl', notes, rowsRead };
}
