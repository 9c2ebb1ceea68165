import type { ReviewerId, ThreadId } from '../ids';
import type { Category } from './codebook';
import { newCategory } from './new-category';

/** One Other label with the name the reviewer suggested for it. */
export interface OtherSuggestion {
  /** As typed; null or blank when the reviewer gave none (then it is left out). */
  suggestion: string | null;
  threadId: ThreadId;
  reviewerId: ReviewerId;
}

export interface OtherSuggestionGroup {
  /** The folded text every suggestion of the group shares (`foldSuggestion`). */
  key: string;
  /** The most common spelling (tidied), ties broken by code-point order. */
  name: string;
  /** Suggestions in the group (a thread suggested by two reviewers counts twice). */
  count: number;
  /** Distinct, in order of first appearance. */
  threadIds: ThreadId[];
  /** Distinct, in order of first appearance. */
  reviewerIds: ReviewerId[];
  /** Every tidied spelling with its count, most common first (ties by code-point order). */
  spellings: { text: string; count: number }[];
}

// Sentence-ending punctuation only: a trailing ')', '"' or '#' can be part of a name ('C#').
const TRAILING_PUNCTUATION = /[\s.,;:!?…。、，；：！？]+$/u;

/** A suggestion as it would be shown: NFC, trimmed, spacing collapsed, trailing '.,;:!?…' removed; case kept. */
export function tidySuggestion(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').replace(TRAILING_PUNCTUATION, '');
}

/**
 * The form in which suggestions are grouped: `tidySuggestion`, lower-cased.
 * 'Scheduling help', 'scheduling  help.' and ' SCHEDULING HELP' all fold to 'scheduling help'.
 */
export function foldSuggestion(text: string): string {
  return tidySuggestion(text).toLowerCase();
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups the names reviewers suggested when they picked Other, so the lead can turn the
 * common ones into categories of the next codebook version.
 *
 * Suggestions are grouped by `foldSuggestion`; null, blank and punctuation-only ones are
 * left out. Each group's display name is its most common tidied spelling (case kept; ties
 * by code-point order, so 'Scheduling help' wins over 'scheduling help'). Groups are
 * sorted by count, descending, then by folded text. The input is not changed; an empty
 * input gives no groups.
 */
export function groupOtherSuggestions(items: readonly OtherSuggestion[]): OtherSuggestionGroup[] {
  const groups = new Map<
    string,
    { spellings: Map<string, number>; count: number; threads: Set<ThreadId>; reviewers: Set<ReviewerId> }
  >();
  for (const item of items) {
    const text = tidySuggestion(item.suggestion ?? '');
    if (text === '') continue;
    const key = text.toLowerCase();
    let group = groups.get(key);
    if (group === undefined) {
      group = { spellings: new Map(), count: 0, threads: new Set(), reviewers: new Set() };
      groups.set(key, group);
    }
    group.count += 1;
    group.spellings.set(text, (group.spellings.get(text) ?? 0) + 1);
    group.threads.add(item.threadId);
    group.reviewers.add(item.reviewerId);
  }

  return [...groups.entries()]
    .map(([key, g]): OtherSuggestionGroup => {
      const spellings = [...g.spellings.entries()]
        .map(([text, count]) => ({ text, count }))
        .sort((a, b) => b.count - a.count || byCodePoint(a.text, b.text));
      return {
        key,
        name: spellings[0]?.text ?? key,
        count: g.count,
        threadIds: [...g.threads],
        reviewerIds: [...g.reviewers],
        spellings,
      };
    })
    .sort((a, b) => b.count - a.count || byCodePoint(a.key, b.key) || byCodePoint(a.name, b.name));
}

/** The category of `categories` whose name folds like the group's suggestions, or null. */
export function findCategoryForSuggestion(
  group: Pick<OtherSuggestionGroup, 'key'>,
  categories: readonly Category[],
): Category | null {
  return categories.find((c) => foldSuggestion(c.name) === group.key) ?? null;
}

/**
 * A new category for a suggestion group, made by `newCategory` with the group's display
 * name (fresh id, next free key, empty definition and examples, proposed MedHELM workflow
 * mapping). It is not added to `categories`; the caller places it (usually before Other).
 *
 * Preconditions (throw): no category already has the name (`findCategoryForSuggestion`);
 * a shortcut key is free.
 */
export function suggestionToCategory(
  group: Pick<OtherSuggestionGroup, 'key' | 'name'>,
  categories: readonly Category[],
): Category {
  const existing = findCategoryForSuggestion(group, categories);
  if (existing !== null) {
    throw new Error(`suggestionToCategory: "${group.name}" is already the category "${existing.name}"`);
  }
  return newCategory(group.name, categories);
}
