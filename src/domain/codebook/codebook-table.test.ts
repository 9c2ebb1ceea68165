import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { asCategoryId } from '../ids';
import type { Category } from './codebook';
import { codebookToCsv, codebookToMarkdown, escapeMarkdownCell } from './codebook-table';
import { defaultCodebook } from './default-codebook';

const tricky: Category = {
  id: asCategoryId('tricky'),
  name: 'Pipes | and \\ slashes',
  key: 'a',
  definition: 'First line\nsecond line\r\nthird | line',
  examples: ['=HYPERLINK("http://evil")', 'one | two', '-5 items\nnext'],
  medhelm: { category: 'Clinical Decision Support', subcategory: 'Planning Treatments', proposed: false },
  isOther: false,
};

describe('escapeMarkdownCell', () => {
  it('escapes pipes and backslashes and turns line breaks into <br>', () => {
    expect(escapeMarkdownCell('a | b')).toBe('a \\| b');
    expect(escapeMarkdownCell('a\\|b')).toBe('a\\\\\\|b');
    expect(escapeMarkdownCell('a\nb\r\nc\rd')).toBe('a<br>b<br>c<br>d');
    expect(escapeMarkdownCell('Email & Document *Writing*')).toBe('Email & Document *Writing*');
  });
});

describe('codebookToMarkdown', () => {
  it('writes a header, a separator and one row per category', () => {
    const lines = codebookToMarkdown(defaultCodebook().categories).split('\n');
    expect(lines[0]).toBe('| Category | Key | Definition | Examples | MedHELM category | MedHELM subcategory |');
    expect(lines[1]).toBe('| --- | --- | --- | --- | --- | --- |');
    expect(lines).toHaveLength(2 + 11 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines[2]).toBe(
      '| Email & Document Writing | 1 | Drafting, rewriting or improving emails, letters, memos, announcements, policies and other written workplace communication. | ' +
        'Write an email to the clinic managers reminding them that the new badge readers go live on Monday.<br>' +
        'Help me write a thank-you letter to a family foundation that donated toys to our inpatient units.<br>' +
        'Draft a memo explaining the updated overtime approval process for our scheduling team. | ' +
        'Administration and Workflow | Organizing Workflow Processes (proposed) |',
    );
  });

  it('keeps each row on one line with six cells, whatever the text holds', () => {
    const [, , row] = codebookToMarkdown([tricky]).split('\n');
    expect(row).toBe(
      '| Pipes \\| and \\\\ slashes | a | First line<br>second line<br>third \\| line | ' +
        '=HYPERLINK("http://evil")<br>one \\| two<br>-5 items<br>next | Clinical Decision Support | Planning Treatments |',
    );
    expect(row?.split(/(?<!\\)\|/).length).toBe(8);
  });

  it('writes the header alone for no categories', () => {
    expect(codebookToMarkdown([]).split('\n')).toHaveLength(3);
  });
});

describe('codebookToCsv', () => {
  it('parses back to the same table', () => {
    const csv = codebookToCsv(defaultCodebook().categories);
    expect(csv.endsWith('Processes (proposed)\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Category', 'Key', 'Definition', 'Examples', 'MedHELM category', 'MedHELM subcategory']);
    expect(rows).toHaveLength(12);
    expect(rows[9]).toEqual([
      'Process Referrals/Documents',
      '9',
      'Extracting, checking or routing information from referrals, faxes, forms, orders or insurance documents.',
      'From this referral text, list the reason for referral, the requested specialty and the urgency. | ' +
        'Which fields are missing from this prior authorization request form? | ' +
        'Sort these incoming fax summaries by department and note which need a call back.',
      'Administration and Workflow',
      'Care Coordination and Planning',
    ]);
    expect(rows[11]?.[5]).toBe('Organizing Workflow Processes (proposed)');
  });

  it('neutralises cells a spreadsheet would run as formulas, and quotes line breaks', () => {
    const formula = { ...tricky, name: '@Risky', definition: '+1 and more', examples: ['=HYPERLINK("x")', 'two'] };
    const rows = Papa.parse<string[]>(codebookToCsv([formula, tricky]), { skipEmptyLines: true }).data;
    expect(rows[1]?.slice(0, 4)).toEqual(["'@Risky", 'a', "'+1 and more", '\'=HYPERLINK("x") | two']);
    expect(rows[2]?.[2]).toBe('First line\nsecond line\r\nthird | line');
    expect(rows[2]?.[3]).toBe('\'=HYPERLINK("http://evil") | one | two | -5 items\nnext');
  });

  it('writes the header alone for no categories', () => {
    expect(codebookToCsv([])).toBe('Category,Key,Definition,Examples,MedHELM category,MedHELM subcategory\r\n');
  });
});
