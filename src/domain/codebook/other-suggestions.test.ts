import { describe, expect, it } from 'vitest';
import { asReviewerId, asThreadId } from '../ids';
import { defaultCodebook } from './default-codebook';
import {
  findCategoryForSuggestion,
  foldSuggestion,
  groupOtherSuggestions,
  suggestionToCategory,
  tidySuggestion,
  type OtherSuggestion,
} from './other-suggestions';

const s = (suggestion: string | null, thread: string, reviewer: string): OtherSuggestion => ({
  suggestion,
  threadId: asThreadId(thread),
  reviewerId: asReviewerId(reviewer),
});

describe('foldSuggestion', () => {
  it('trims, lower-cases, collapses spacing and strips trailing punctuation', () => {
    expect(foldSuggestion('  Scheduling \t help ?! ')).toBe('scheduling help');
    expect(foldSuggestion('Recipes…')).toBe('recipes');
    expect(tidySuggestion(' Party  Planning. ')).toBe('Party Planning');
  });

  it('keeps punctuation that can belong to a name', () => {
    expect(foldSuggestion('C#')).toBe('c#');
    expect(foldSuggestion('Q&A (HR)')).toBe('q&a (hr)');
    expect(foldSuggestion('...help')).toBe('...help');
  });
});

describe('groupOtherSuggestions', () => {
  it('folds case, spacing and trailing punctuation into one group', () => {
    const groups = groupOtherSuggestions([
      s('Scheduling help', 't1', 'r1'),
      s('scheduling  help.', 't2', 'r2'),
      s(' SCHEDULING HELP', 't1', 'r3'),
    ]);
    expect(groups).toEqual([
      {
        key: 'scheduling help',
        name: 'SCHEDULING HELP',
        count: 3,
        threadIds: ['t1', 't2'],
        reviewerIds: ['r1', 'r2', 'r3'],
        spellings: [
          { text: 'SCHEDULING HELP', count: 1 },
          { text: 'Scheduling help', count: 1 },
          { text: 'scheduling help', count: 1 },
        ],
      },
    ]);
  });

  it('names a group by its most common spelling', () => {
    const [group] = groupOtherSuggestions([
      s('party planning', 't1', 'r1'),
      s('Party planning', 't2', 'r1'),
      s('party planning!', 't3', 'r2'),
    ]);
    expect(group?.name).toBe('party planning');
    expect(group?.spellings).toEqual([
      { text: 'party planning', count: 2 },
      { text: 'Party planning', count: 1 },
    ]);
  });

  it('breaks a tie between spellings alphabetically (code points: capitals first)', () => {
    const [group] = groupOtherSuggestions([s('recipes', 't1', 'r1'), s('Recipes', 't2', 'r2')]);
    expect(group?.name).toBe('Recipes');
  });

  it('sorts groups by count, then by name', () => {
    const groups = groupOtherSuggestions([
      s('Recipes', 't1', 'r1'),
      s('Party planning', 't2', 'r1'),
      s('Badges', 't3', 'r1'),
      s('recipes', 't4', 'r2'),
    ]);
    expect(groups.map((g) => [g.name, g.count])).toEqual([
      ['Recipes', 2],
      ['Badges', 1],
      ['Party planning', 1],
    ]);
  });

  it('counts every suggestion but lists threads and reviewers once', () => {
    const [group] = groupOtherSuggestions([s('Badges', 't1', 'r1'), s('badges', 't1', 'r1')]);
    expect(group).toMatchObject({ count: 2, threadIds: ['t1'], reviewerIds: ['r1'] });
  });

  it('leaves out null, blank and punctuation-only suggestions', () => {
    expect(groupOtherSuggestions([s(null, 't1', 'r1'), s('   ', 't2', 'r1'), s(' ?! ', 't3', 'r1')])).toEqual([]);
    expect(groupOtherSuggestions([])).toEqual([]);
  });
});

describe('suggestionToCategory', () => {
  it('makes a new category named after the group', () => {
    const categories = defaultCodebook().categories;
    const [group] = groupOtherSuggestions([
      s('Scheduling help.', 't1', 'r1'),
      s('scheduling help', 't2', 'r2'),
      s('Scheduling help', 't3', 'r3'),
    ]);
    const category = suggestionToCategory(group!, categories);
    expect(category).toMatchObject({
      id: 'scheduling-help',
      name: 'Scheduling help',
      key: 'a',
      definition: '',
      examples: [],
      isOther: false,
    });
    expect(category.medhelm).toEqual({
      category: 'Administration and Workflow',
      subcategory: 'Organizing Workflow Processes',
      proposed: true,
    });
  });

  it('refuses a suggestion that is already a category', () => {
    const categories = defaultCodebook().categories;
    const [group] = groupOtherSuggestions([s('coding!', 't1', 'r1')]);
    expect(findCategoryForSuggestion(group!, categories)?.id).toBe('coding');
    expect(() => suggestionToCategory(group!, categories)).toThrow(
      'suggestionToCategory: "coding" is already the category "Coding"',
    );
    expect(findCategoryForSuggestion({ key: 'recipes' }, categories)).toBeNull();
  });
});
