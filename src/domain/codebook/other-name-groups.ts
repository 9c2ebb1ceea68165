import { plural } from '../format-count';
import type { LlmRunId, ReviewerId, ThreadId } from '../ids';
import { groupOtherSuggestions, tidySuggestion, type OtherSuggestion } from './other-suggestions';

/** The names one LLM run gave the threads it labeled Other, thread id -> name. */
export interface LlmOtherNames {
  runId: LlmRunId;
  model: string;
  names: Readonly<Record<string, string>>;
}

export interface OtherNameGroup {
  /** The folded text every name of the group shares (`foldSuggestion`). */
  key: string;
  /** The most common tidied spelling over every source, ties by code-point order. */
  name: string;
  /** The reviewers' suggestions in the group; null when no reviewer gave this name. */
  reviewers: { count: number; reviewerIds: ReviewerId[]; threadIds: ThreadId[] } | null;
  /** The runs whose LLM gave this name, in the order of `runs`, each with its threads. */
  llmRuns: { runId: LlmRunId; model: string; threadIds: ThreadId[] }[];
  /** Every tidied spelling with its count over every source, most common first. */
  spellings: { text: string; count: number }[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const mentions = (g: OtherNameGroup) =>
  (g.reviewers?.count ?? 0) + g.llmRuns.reduce((n, r) => n + r.threadIds.length, 0);

/**
 * Groups the names reviewers suggested when they picked Other with the names LLM runs gave the
 * threads they labeled Other (issue #11), so both feed the next codebook version.
 *
 * Names fold as `groupOtherSuggestions` folds them (case, spacing, trailing punctuation); blank
 * ones are left out. A group keeps its sources apart: the reviewers' suggestions (as
 * `groupOtherSuggestions` counts them) and each run's threads. Its name is the most common
 * spelling over all sources. Groups are sorted by mentions (reviewer suggestions plus LLM
 * threads), descending, then by folded text. Empty inputs give no groups.
 */
export function groupOtherNames(
  suggestions: readonly OtherSuggestion[],
  runs: readonly LlmOtherNames[],
): OtherNameGroup[] {
  const groups = new Map<string, { spellings: Map<string, number>; group: OtherNameGroup }>();
  const groupOf = (key: string) => {
    let entry = groups.get(key);
    if (entry === undefined) {
      entry = { spellings: new Map(), group: { key, name: key, reviewers: null, llmRuns: [], spellings: [] } };
      groups.set(key, entry);
    }
    return entry;
  };
  for (const g of groupOtherSuggestions(suggestions)) {
    const entry = groupOf(g.key);
    entry.group.reviewers = { count: g.count, reviewerIds: g.reviewerIds, threadIds: g.threadIds };
    for (const { text, count } of g.spellings) entry.spellings.set(text, count);
  }
  for (const run of runs) {
    for (const [threadId, raw] of Object.entries(run.names)) {
      const text = tidySuggestion(raw);
      if (text === '') continue;
      const entry = groupOf(text.toLowerCase());
      entry.spellings.set(text, (entry.spellings.get(text) ?? 0) + 1);
      let source = entry.group.llmRuns.find((r) => r.runId === run.runId);
      if (source === undefined) {
        source = { runId: run.runId, model: run.model, threadIds: [] };
        entry.group.llmRuns.push(source);
      }
      source.threadIds.push(threadId as ThreadId);
    }
  }
  return [...groups.values()]
    .map(({ spellings, group }): OtherNameGroup => {
      const sorted = [...spellings.entries()]
        .map(([text, count]) => ({ text, count }))
        .sort((a, b) => b.count - a.count || byCodePoint(a.text, b.text));
      return { ...group, name: sorted[0]?.text ?? group.key, spellings: sorted };
    })
    .sort((a, b) => mentions(b) - mentions(a) || byCodePoint(a.key, b.key));
}

/** Where a group's names came from, in words: "3 reviewers: 4 threads; LLM run gpt-4o: 12 threads". */
export function describeOtherNameSources(group: Pick<OtherNameGroup, 'reviewers' | 'llmRuns'>): string {
  const parts = group.reviewers
    ? [
        `${plural(group.reviewers.reviewerIds.length, 'reviewer')}: ${plural(group.reviewers.threadIds.length, 'thread')}`,
      ]
    : [];
  for (const run of group.llmRuns) parts.push(`LLM run ${run.model}: ${plural(run.threadIds.length, 'thread')}`);
  return parts.join('; ');
}
