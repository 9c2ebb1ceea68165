import { describe, expect, it } from 'vitest';
import { asCategoryId } from '../ids';
import type { Category } from './codebook';
import { DEFAULT_CATEGORIES } from './default-codebook';
import { CATEGORY_KEY_ORDER, assignShortcutKeys, checkShortcutKeys, nextFreeKey } from './shortcut-keys';

const cat = (name: string, key: string, isOther = false): Category => ({
  id: asCategoryId(name.toLowerCase()),
  name,
  key,
  definition: `${name} things.`,
  examples: [],
  medhelm: { category: 'Administration and Workflow', subcategory: 'Organizing Workflow Processes', proposed: true },
  isOther,
});

const keysOf = (categories: Category[]) => categories.map((c) => c.key).join('');

describe('CATEGORY_KEY_ORDER', () => {
  it('is 1-9, 0, then letters without the reserved keys and o', () => {
    expect(CATEGORY_KEY_ORDER.join('')).toBe('1234567890abcdehimpqrstvwxyz');
  });
});

describe('nextFreeKey', () => {
  it('returns the first unused key, case-insensitively', () => {
    expect(nextFreeKey([])).toBe('1');
    expect(nextFreeKey([{ key: '1' }, { key: '3' }])).toBe('2');
    const digits = [...'1234567890'].map((key) => ({ key }));
    expect(nextFreeKey([...digits, { key: 'A' }])).toBe('b');
  });

  it('returns null when every key is taken', () => {
    expect(nextFreeKey(CATEGORY_KEY_ORDER.map((key) => ({ key })))).toBeNull();
  });
});

describe('assignShortcutKeys', () => {
  it('keeps the default codebook as it is', () => {
    expect(assignShortcutKeys(DEFAULT_CATEGORIES)).toEqual(DEFAULT_CATEGORIES);
  });

  it('gives keyless categories the next free keys in order, and Other "o"', () => {
    const result = assignShortcutKeys([cat('A', ''), cat('B', '1'), cat('C', ''), cat('Other', '', true)]);
    expect(keysOf(result)).toBe('21' + '3' + 'o');
  });

  it('replaces reserved, invalid and duplicate keys, keeping the first holder of a duplicate', () => {
    const result = assignShortcutKeys([
      cat('A', 'j'),
      cat('B', '?'),
      cat('C', '12'),
      cat('D', '5'),
      cat('E', '5'),
      cat('F', ' '),
    ]);
    expect(result.map((c) => c.key)).toEqual(['1', '2', '3', '5', '4', '6']);
  });

  it('folds kept keys to lower case and treats A and a as one key', () => {
    const result = assignShortcutKeys([cat('A', 'A'), cat('B', 'a')]);
    expect(result.map((c) => c.key)).toEqual(['a', '1']);
  });

  it('takes "o" from a category that is not Other and gives it to Other', () => {
    const result = assignShortcutKeys([cat('A', 'o'), cat('Other', '', true)]);
    expect(result.map((c) => c.key)).toEqual(['1', 'o']);
  });

  it('lets Other keep another valid key', () => {
    expect(assignShortcutKeys([cat('Other', '7', true)])[0]?.key).toBe('7');
  });

  it('does not change its input', () => {
    const input = [cat('A', '')];
    assignShortcutKeys(input);
    expect(input[0]?.key).toBe('');
  });

  it('throws when no key is left', () => {
    const full = CATEGORY_KEY_ORDER.map((k) => cat(`C${k}`, k));
    expect(assignShortcutKeys([...full, cat('Other', '', true)]).at(-1)?.key).toBe('o');
    expect(() => assignShortcutKeys([...full, cat('Extra', '')])).toThrow(
      /assignShortcutKeys: no free shortcut key for "Extra"/,
    );
  });
});

describe('checkShortcutKeys', () => {
  it('finds nothing wrong with the default codebook', () => {
    expect(checkShortcutKeys(DEFAULT_CATEGORIES)).toEqual([]);
  });

  it('names both categories of a collision, case-insensitively', () => {
    const problems = checkShortcutKeys([cat('Coding', 'a'), cat('Brainstorming', '2'), cat('Email', 'A')]);
    expect(problems).toEqual([
      {
        kind: 'collision',
        key: 'a',
        categoryIds: ['coding', 'email'],
        message: 'Key "a" is used by "Coding" and "Email".',
      },
    ]);
  });

  it('names every category when three share a key', () => {
    const [problem] = checkShortcutKeys([cat('A', '1'), cat('B', '1'), cat('C', '1')]);
    expect(problem?.message).toBe('Key "1" is used by "A", "B" and "C".');
  });

  it('reports reserved keys with the command they belong to', () => {
    const problems = checkShortcutKeys([cat('A', 'J'), cat('B', '?'), cat('C', 'u')]);
    expect(problems.map((p) => [p.kind, p.key])).toEqual([
      ['reserved', 'j'],
      ['reserved', '?'],
      ['reserved', 'u'],
    ]);
    expect(problems[0]?.message).toBe('"A" uses key "j", which is kept for next thread.');
  });

  it('keeps g and l for the labeling commands "go to a thread" and "revisit" (issue #12)', () => {
    const problems = checkShortcutKeys([cat('A', 'g'), cat('B', 'L')]);
    expect(problems.map((p) => [p.kind, p.key])).toEqual([
      ['reserved', 'g'],
      ['reserved', 'l'],
    ]);
    expect(problems[1]?.message).toBe('"B" uses key "l", which is kept for the list of labeled and flagged threads.');
    expect(keysOf(assignShortcutKeys([cat('A', 'g'), cat('B', 'l')]))).toBe('12');
  });

  it('reports invalid and missing keys', () => {
    const problems = checkShortcutKeys([cat('A', ''), cat('B', '10'), cat('C', '!'), cat('D', 'é')]);
    expect(problems.map((p) => p.kind)).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
    expect(problems[0]?.message).toBe('"A" has no shortcut key.');
    expect(problems[1]?.message).toBe('"B" has key "10"; a key is one digit or letter.');
  });

  it('allows Other on another key, but not "o" on another category', () => {
    expect(checkShortcutKeys([cat('A', '1'), cat('Other', '2', true)])).toEqual([]);
    const problems = checkShortcutKeys([cat('A', 'O'), cat('Other', '2', true)]);
    expect(problems).toEqual([
      { kind: 'other-key', key: 'o', categoryIds: ['a'], message: '"A" uses key "o", which is kept for Other.' },
    ]);
  });

  it('reports a category with several problems once per rule', () => {
    const problems = checkShortcutKeys([cat('A', 'o'), cat('Other', 'o', true)]);
    expect(problems.map((p) => p.kind)).toEqual(['collision', 'other-key']);
  });

  it('returns nothing for an empty codebook', () => {
    expect(checkShortcutKeys([])).toEqual([]);
  });
});
