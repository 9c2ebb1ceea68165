import { describe, expect, it } from 'vitest';
import { asReviewerId, asStudyId, type CategoryId } from '../ids';
import { compareExamplePicks } from './compare-example-picks';
import { defaultCodebook } from './default-codebook';
import type { ExampleCandidate, ExamplePick } from './example-candidate';
import { parseExampleCandidatesCsv } from './example-candidates-csv';
import { takeExamples } from './take-examples';
import { takenIntoVersion } from './taken-into-version';

const categories = defaultCodebook().categories;
const coding = categories.find((c) => c.name === 'Coding')!;
const other = categories.find((c) => c.isOther)!;
const studyId = asStudyId('s');
const [ana, ben, cy] = ['ana', 'ben', 'cy'].map(asReviewerId) as [
  ReturnType<typeof asReviewerId>,
  ReturnType<typeof asReviewerId>,
  ReturnType<typeof asReviewerId>,
];
const candidate = (candidateId: string, categoryId: CategoryId = coding.id): ExampleCandidate => ({
  studyId,
  candidateId,
  categoryId,
  text: `Text ${candidateId}`,
  source: 'typed',
  addedAt: '2026-01-01T00:00:00Z',
});
const pick = (reviewerId: typeof ana, c: ExampleCandidate): ExamplePick => ({
  studyId,
  reviewerId,
  candidateId: c.candidateId,
  categoryId: c.categoryId,
  pickedAt: '2026-01-02T00:00:00Z',
});

describe('parseExampleCandidatesCsv', () => {
  it('reads category and text in any column order, matching category names loosely', () => {
    const csv = 'text,category\n"Write a SQL query, please",coding\n  Fix my macro  ,CODING \n"Two\nlines",Other\n';
    expect(parseExampleCandidatesCsv('c.csv', csv, categories)).toEqual({
      candidates: [
        { categoryId: coding.id, text: 'Write a SQL query, please' },
        { categoryId: coding.id, text: 'Fix my macro' },
        { categoryId: other.id, text: 'Two\nlines' },
      ],
      problems: [],
    });
  });

  it('refuses the file with every problem naming the file and the row', () => {
    const csv = 'category,text\nCoding,Write a query\nRecipes,Cook\nCoding,  \nCoding,Write a query\nCoding\n';
    const reading = parseExampleCandidatesCsv('c.csv', csv, categories);
    expect(reading.candidates).toEqual([]);
    expect(reading.problems).toEqual([
      'c.csv, row 3: the codebook has no category "Recipes".',
      'c.csv, row 4: the text is empty.',
      'c.csv, row 5: the same text for Coding is already in row 2.',
      'c.csv, row 6: 1 fields, but the header has 2',
    ]);
  });

  it('names a missing column, and a file with no candidate', () => {
    expect(parseExampleCandidatesCsv('c.csv', 'category,prompt\nCoding,x\n', categories).problems).toEqual([
      'c.csv, row 1: missing column text (header: category,prompt)',
    ]);
    expect(parseExampleCandidatesCsv('c.csv', 'category,text\n', categories).problems).toEqual([
      'c.csv, row 2: the file holds no candidate.',
    ]);
  });
});

describe('compareExamplePicks', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => candidate(id));
  const o = candidate('o', other.id);

  it('puts the reviewers side by side per category, agreed candidates first', () => {
    const picks = [pick(ana, b!), pick(ana, c!), pick(ben, c!), pick(ben, a!), pick(cy, o)];
    const [codingPicks, otherPicks, ...rest] = compareExamplePicks(categories, [a!, b!, c!, d!, o], picks, [
      ana,
      ben,
      cy,
    ]);
    expect(rest).toEqual([]);
    expect(codingPicks!.category.name).toBe('Coding');
    expect(codingPicks!.reviewerIds).toEqual(['ana', 'ben']);
    expect(codingPicks!.candidates.map((r) => [r.candidate.candidateId, r.pickedBy, r.agreed])).toEqual([
      ['c', ['ana', 'ben'], true],
      ['a', ['ben'], false],
      ['b', ['ana'], false],
      ['d', [], false],
    ]);
    expect(otherPicks!.reviewerIds).toEqual(['cy']);
    expect(otherPicks!.candidates[0]).toMatchObject({ pickedBy: ['cy'], agreed: false });
  });

  it('ignores picks of unknown reviewers or candidates, and candidates of a removed category', () => {
    const gone = candidate('x', 'removed' as CategoryId);
    const [only, ...rest] = compareExamplePicks(
      categories,
      [a!, gone],
      [pick(asReviewerId('zoe'), a!), pick(ana, gone)],
      [ana, ben],
    );
    expect(rest).toEqual([]);
    expect(only!.reviewerIds).toEqual([]);
    expect(only!.candidates).toEqual([{ candidate: a, pickedBy: [], agreed: false }]);
  });
});

describe('takeExamples', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => candidate(id));

  it("makes the candidates' texts the category's examples, in order, and changes nothing else", () => {
    const next = takeExamples(categories, coding.id, [c!, a!, b!]);
    expect(next.find((x) => x.id === coding.id)!.examples).toEqual(['Text c', 'Text a', 'Text b']);
    expect(next.filter((x) => x.id !== coding.id)).toEqual(categories.filter((x) => x.id !== coding.id));
    expect(coding.examples).not.toContain('Text c');
  });

  it('refuses none, more than three, one of another category, one twice or an unknown category', () => {
    expect(() => takeExamples(categories, coding.id, [])).toThrow('takeExamples: take 1 to 3 candidates (got 0)');
    expect(() => takeExamples(categories, coding.id, [a!, b!, c!, d!])).toThrow('(got 4)');
    expect(() => takeExamples(categories, coding.id, [candidate('o', other.id)])).toThrow(
      'candidate o is not of the category Coding',
    );
    expect(() => takeExamples(categories, coding.id, [a!, a!])).toThrow('chosen twice');
    expect(() => takeExamples(categories, 'nope' as CategoryId, [a!])).toThrow('no category with id nope');
  });
});

describe('takenIntoVersion', () => {
  const withExamples = (version: number, examples: string[]) => ({
    version,
    categories: categories.map((c) => (c.id === coding.id ? { ...c, examples } : c)),
  });

  it('is the lowest version whose category holds the text, in any order of versions', () => {
    const c = candidate('c1');
    expect(takenIntoVersion(c, [withExamples(3, ['Text c1']), withExamples(1, []), withExamples(2, ['Text c1'])])).toBe(
      2,
    );
  });

  it('is null when no version holds it, or only another category holds the same text', () => {
    const c = candidate('c1');
    expect(takenIntoVersion(c, [withExamples(1, ['Text c2'])])).toBeNull();
    const elsewhere = categories.map((x) => (x.id === other.id ? { ...x, examples: ['Text c1'] } : x));
    expect(takenIntoVersion(c, [{ version: 1, categories: elsewhere }])).toBeNull();
    expect(takenIntoVersion(c, [])).toBeNull();
  });
});
