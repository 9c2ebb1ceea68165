import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseGoldCsv } from '../agreement/ratings-csv';
import { asThreadId } from '../ids';
import { goldTable, goldToCsv, goldToJsonl } from './gold-file';
import { exampleGold } from '../../../tests/support/gold-fixture';

describe('goldTable', () => {
  it('has one row per thread in sample order and a label column per reviewer in sample order', () => {
    const table = goldTable(exampleGold());
    expect(table.columns).toEqual([
      'thread_id',
      'final_label',
      'decision_method',
      'status',
      'label_cy',
      'label_ana',
      'label_ben',
      'llm_label',
      'codebook_version',
      'adjudicator',
      'rationale',
      'decided_by',
      'decided_at',
      'note_cy',
      'note_ana',
      'note_ben',
      'flagged_cy',
      'flagged_ana',
      'flagged_ben',
      'other_suggestion_cy',
      'other_suggestion_ana',
      'other_suggestion_ben',
    ]);
    expect(table.rows.map((r) => [r.thread_id, r.final_label, r.decision_method, r.status, r.decided_by])).toEqual([
      ['t1', 'Coding', 'unanimous', 'final', 'automatic'],
      ['t2', 'Coding', 'consensus', 'final', 'lead'],
      ['t3', 'Other', 'adjudicated', 'final', 'Ana'],
      ['t4', '', '', 'needs decision', ''],
      ['t5', '', '', 'incomplete', ''],
    ]);
    expect(table.rows[0]).toMatchObject({
      label_cy: 'Coding',
      llm_label: 'Coding',
      codebook_version: '2',
      decided_at: '2026-02-01T10:00:00Z',
    });
    expect(table.rows[2]).toMatchObject({
      label_cy: 'Other',
      label_ana: 'Brainstorming',
      adjudicator: 'Dee',
      rationale: '-not code, "really"',
      llm_label: '@Brainstorming',
    });
    expect(table.rows[4]).toMatchObject({ label_ana: 'Coding', label_cy: '', label_ben: '', llm_label: '' });
  });

  it("has each reviewer's note, flag and Other suggestion, empty where the reviewer has not labeled", () => {
    const { rows } = goldTable(exampleGold());
    expect(rows[2]).toMatchObject({
      note_cy: '=unsure, "very"',
      flagged_cy: 'true',
      other_suggestion_cy: 'Scheduling',
      note_ana: '',
      flagged_ana: 'false',
      other_suggestion_ana: '',
    });
    expect(rows[4]).toMatchObject({ flagged_ana: 'false', flagged_cy: '', note_cy: '', other_suggestion_cy: '' });
  });

  it('names the columns by identifiers: no spaces, accents or punctuation, one column per reviewer', () => {
    const input = exampleGold();
    const [cy, ana, ben] = input.reviewers;
    const names = ['Reviewer 1', 'José Pérez-Ruiz', 'José Pérez Ruiz'];
    const table = goldTable({ ...input, reviewers: [cy, ana, ben].map((r, i) => ({ ...r!, name: names[i]! })) });
    expect(table.columns.filter((c) => c.startsWith('label_'))).toEqual([
      'label_reviewer_1',
      'label_jose_perez_ruiz',
      'label_jose_perez_ruiz_2',
    ]);
    expect(table.columns.every((c) => /^[a-z][a-z0-9_]*$/.test(c))).toBe(true);
    expect(table.rows[2]).toMatchObject({
      label_reviewer_1: 'Other',
      label_jose_perez_ruiz: 'Brainstorming',
      label_jose_perez_ruiz_2: 'Coding',
    });
  });

  it('adds a text column when texts are given (empty for a thread without text)', () => {
    const table = goldTable(exampleGold(), new Map([[asThreadId('t1'), 'first\n\nsecond']]));
    expect(table.columns.at(-1)).toBe('text');
    expect(table.rows.map((r) => r.text)).toEqual(['first\n\nsecond', '', '', '', '']);
  });

  it('has no LLM labels when the study has none', () => {
    expect(goldTable({ ...exampleGold(), llm: null }).rows.every((r) => r.llm_label === '')).toBe(true);
  });
});

describe('goldToCsv', () => {
  it('writes the header and every row, neutralising formula cells, and parses back', () => {
    const table = goldTable(exampleGold(), new Map([[asThreadId('t2'), '+1 call me, "now"\nplease']]));
    const csv = goldToCsv(table);
    expect(csv.startsWith(`\uFEFF${table.columns.join(',')}\n`)).toBe(true);
    expect(csv.endsWith('\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1).trimEnd(), { header: true }).data;
    expect(parsed).toHaveLength(5);
    expect(parsed[1]).toMatchObject({ label_cy: "'=Other", text: '\'+1 call me, "now"\nplease' });
    expect(parsed[2]).toMatchObject({ note_cy: '\'=unsure, "very"', flagged_cy: 'true' });
    expect(parsed[2]).toMatchObject({ rationale: '\'-not code, "really"', llm_label: "'@Brainstorming" });
  });

  it('is a gold file for npm run agreement: final labels only', () => {
    const { gold, problems } = parseGoldCsv(goldToCsv(goldTable(exampleGold())));
    expect(problems).toEqual([]);
    expect([...gold]).toEqual([
      ['t1', 'Coding'],
      ['t2', 'Coding'],
      ['t3', 'Other'],
    ]);
  });
});

describe('goldToJsonl', () => {
  it('writes one object per line with raw values (JSONL is not a spreadsheet)', () => {
    const table = goldTable(exampleGold());
    const lines = goldToJsonl(table)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>);
    expect(lines).toHaveLength(5);
    expect(Object.keys(lines[0]!)).toEqual(table.columns);
    expect(lines[1]!.label_cy).toBe('=Other');
    expect(lines[2]!.note_cy).toBe('=unsure, "very"');
    expect(lines[2]!.rationale).toBe('-not code, "really"');
    expect(goldToJsonl({ columns: ['thread_id'], rows: [] })).toBe('');
  });
});
