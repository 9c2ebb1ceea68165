import { expect, test } from 'vitest';
import { asCategoryId } from '../ids';
import { classificationPrompt } from './classification-prompt';
import type { Category } from './codebook';
import { DEFAULT_CATEGORIES } from './default-codebook';

const category = (over: Partial<Category> & Pick<Category, 'name' | 'key' | 'definition'>): Category => ({
  id: asCategoryId(over.name.toLowerCase()),
  examples: [],
  medhelm: { category: '', subcategory: '', proposed: false },
  isOther: false,
  ...over,
});

const SMALL: Category[] = [
  category({
    name: 'Coding',
    key: '1',
    definition: 'Writing, explaining or fixing code.',
    examples: ['Why does this SQL query return duplicates?', 'Write a macro that\nsorts column B.'],
    medhelm: { category: 'Administration and Workflow', subcategory: 'Organizing Workflow Processes', proposed: true },
  }),
  category({
    name: 'Brainstorming',
    key: '2',
    definition: 'Generating ideas.\nNames, themes, activities.',
    medhelm: { category: 'Administration and Workflow', subcategory: '', proposed: false },
  }),
  category({
    name: 'Other',
    key: 'o',
    definition: 'Anything that fits none of the other categories.',
    isOther: true,
    examples: ['Plan dinners.'],
  }),
];

// Written by hand from the specification (issue #11 §4), not generated from the code.
const EXPECTED = `Classify each conversation thread into exactly one category of the codebook below (codebook version 3).

A thread is the prompts one user typed into a chat assistant at work, in order. Read the whole thread, then choose
the one category that best describes what the user wanted.

Categories

Category: Coding
Key: 1
MedHELM: Administration and Workflow / Organizing Workflow Processes
Definition: Writing, explaining or fixing code.
Examples:
- Why does this SQL query return duplicates?
- Write a macro that
  sorts column B.

Category: Brainstorming
Key: 2
MedHELM: Administration and Workflow
Definition: Generating ideas.
  Names, themes, activities.

Category: Other
Key: o
Definition: Anything that fits none of the other categories.
Examples:
- Plan dinners.

If no category fits, answer Other and suggest a short name (a few words) for what the user
wanted, in other_name.

Output format

Answer in CSV, one line per thread, after this header line:
thread_id,label,other_name
- thread_id: the id of the thread, exactly as given.
- label: the name of one category above, exactly as written after "Category:" (the name, not the key).
- other_name: empty unless label is Other.
Put a field in double quotes when it holds a comma, a double quote or a line break, and double every double
quote inside it. Write nothing but the CSV: a program reads it (the LLM labels import of Concord).
`;

test('a small codebook gives exactly the hand-written prompt', () => {
  expect(classificationPrompt({ version: 3, categories: SMALL })).toBe(EXPECTED);
});

test('the default codebook: every category with its definition, three examples and MedHELM mapping', () => {
  const prompt = classificationPrompt({ version: 1, categories: DEFAULT_CATEGORIES });
  for (const c of DEFAULT_CATEGORIES) {
    const block = prompt.slice(prompt.indexOf(`Category: ${c.name}\n`)).split('\n\n')[0]!;
    expect(block).toContain(`Definition: ${c.definition}`);
    expect(block).toContain(`MedHELM: ${c.medhelm.category} / ${c.medhelm.subcategory}`);
    for (const e of c.examples) expect(block).toContain(`- ${e}`);
  }
  expect(prompt.split('\n').filter((l) => l.startsWith('Category: '))).toHaveLength(DEFAULT_CATEGORIES.length);
});
