import { describe, expect, it } from 'vitest';
import { CODEBOOK_FILE_VERSION, codebookToJson, parseCodebookJson } from './codebook-file';
import { defaultCodebook } from './default-codebook';
import { newCategory } from './new-category';

const NOW = '2025-03-01T12:00:00.000Z';

/** A format-1 file as Concord 0.1 wrote it; it must keep parsing when the format moves on. */
const V1_FIXTURE = `{
  "format": "concord-codebook",
  "formatVersion": 1,
  "exportedAt": "2025-01-15T08:00:00.000Z",
  "version": 3,
  "categories": [
    {
      "id": "coding",
      "name": "Coding",
      "key": "1",
      "definition": "Writing, explaining or debugging code.",
      "examples": ["Why does this SQL query return duplicate rows?"],
      "medhelm": { "category": "Administration and Workflow", "subcategory": "Organizing Workflow Processes", "proposed": true },
      "isOther": false
    },
    {
      "id": "other",
      "name": "Other",
      "key": "o",
      "definition": "Anything else.",
      "examples": [],
      "medhelm": { "category": "Administration and Workflow", "subcategory": "Organizing Workflow Processes", "proposed": true },
      "isOther": true
    }
  ]
}
`;

const problemsOf = (text: string) => {
  const result = parseCodebookJson(text);
  if (!('problems' in result)) throw new Error('expected problems');
  return result.problems;
};

const withEnvelope = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(codebookToJson(defaultCodebook(), NOW)), ...patch });

describe('codebookToJson', () => {
  it('writes the versioned envelope', () => {
    const parsed = JSON.parse(codebookToJson(defaultCodebook(), NOW));
    expect(Object.keys(parsed)).toEqual(['format', 'formatVersion', 'exportedAt', 'version', 'categories']);
    expect(parsed).toMatchObject({ format: 'concord-codebook', formatVersion: 1, exportedAt: NOW, version: 1 });
    expect(parsed.categories).toHaveLength(11);
  });

  it('writes only the fields of a category', () => {
    const categories = defaultCodebook().categories.map((c) => ({ ...c, studyId: 's1' }));
    expect(codebookToJson({ version: 2, categories }, NOW)).not.toContain('studyId');
  });

  it('refuses a bad version number or a blank clock', () => {
    expect(() => codebookToJson({ version: 0, categories: [] }, NOW)).toThrow(
      'codebookToJson: the version must be a positive integer (got 0)',
    );
    expect(() => codebookToJson({ version: 1, categories: [] }, '')).toThrow('codebookToJson: now must be a timestamp');
  });
});

describe('parseCodebookJson', () => {
  it('round-trips the default codebook', () => {
    const codebook = defaultCodebook();
    expect(parseCodebookJson(codebookToJson(codebook, NOW))).toEqual({
      categories: codebook.categories,
      version: 1,
      exportedAt: NOW,
      warnings: [],
    });
  });

  it('reads every old fixture', () => {
    const result = parseCodebookJson(V1_FIXTURE);
    expect(result).toMatchObject({ version: 3, exportedAt: '2025-01-15T08:00:00.000Z', warnings: [] });
    expect('categories' in result && result.categories.map((c) => c.id)).toEqual(['coding', 'other']);
    expect(CODEBOOK_FILE_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('ignores a byte-order mark and unknown fields', () => {
    const text = `\uFEFF${withEnvelope({ comment: 'hi' })}`;
    const result = parseCodebookJson(text);
    expect('categories' in result && result.categories).toEqual(defaultCodebook().categories);
  });

  it('reads an incomplete draft, with its problems as warnings', () => {
    const categories = defaultCodebook().categories;
    const draft = { version: 2, categories: [...categories, newCategory('Scheduling Help', categories)] };
    const result = parseCodebookJson(codebookToJson(draft, NOW));
    expect('warnings' in result && result.warnings.map((w) => w.kind)).toEqual(['definition-empty']);
  });

  it('explains text that is not JSON, or not a codebook', () => {
    expect(problemsOf('{"format": ')[0]).toMatch(/^The file is not valid JSON: /);
    expect(problemsOf('[1, 2]')).toEqual([
      'The file is not a Concord codebook: it has no "format": "concord-codebook".',
    ]);
    expect(problemsOf('{"format": "concord-labels"}')).toEqual([
      'The file is not a Concord codebook (its format is "concord-labels"): it has no "format": "concord-codebook".',
    ]);
  });

  it('asks for an update when the format version is newer', () => {
    expect(problemsOf(withEnvelope({ formatVersion: 2 }))).toEqual([
      'The file uses codebook format version 2, but this Concord reads versions up to 1. Update Concord to open it.',
    ]);
  });

  it('refuses a missing or malformed format version', () => {
    expect(problemsOf(withEnvelope({ formatVersion: undefined }))).toEqual([
      'Format version: expected a whole number from 1, found nothing.',
    ]);
    expect(problemsOf(withEnvelope({ formatVersion: '1' }))).toEqual([
      'Format version: expected a whole number from 1, found "1".',
    ]);
    expect(problemsOf(withEnvelope({ formatVersion: 0 }))).toHaveLength(1);
  });

  it('reports every shape problem, each with its place in words', () => {
    const envelope = JSON.parse(codebookToJson(defaultCodebook(), NOW));
    envelope.version = -1;
    delete envelope.exportedAt;
    envelope.categories[2].medhelm.subcategory = 7;
    envelope.categories[7].examples[1] = null;
    envelope.categories[9].id = '  ';
    delete envelope.categories[10].isOther;
    envelope.categories[4].name = 5;
    expect(problemsOf(JSON.stringify(envelope))).toEqual([
      'Export time: is missing.',
      'Codebook version: expected a number above 0, found the number -1.',
      'Category 3 ("Brainstorming"), MedHELM subcategory: expected text, found the number 7.',
      'Category 5, name: expected text, found the number 5.',
      'Category 8 ("Coding"), example 2: expected text, found null.',
      'Category 10 ("Generate Visual Aids"), id: must not be blank.',
      'Category 11 ("Other"), Other flag: is missing.',
    ]);
  });

  it('reports categories that are not a list, or not objects', () => {
    expect(problemsOf(withEnvelope({ categories: {} }))).toEqual(['Categories: expected a list, found an object.']);
    expect(problemsOf(withEnvelope({ categories: ['Coding'] }))).toEqual([
      'Category 1: expected an object, found text "Coding".',
    ]);
  });

  it('refuses two categories with one id, naming both', () => {
    const envelope = JSON.parse(codebookToJson(defaultCodebook(), NOW));
    envelope.categories[7].id = 'brainstorming';
    expect(problemsOf(JSON.stringify(envelope))).toEqual([
      'Category 8 ("Coding"), id: "brainstorming" is already the id of category 3.',
    ]);
  });
});
