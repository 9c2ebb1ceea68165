import type { ThreadMeta } from './thread-meta';

export interface ThreadFilter {
  department: string | null;
  role: string | null;
  /** Keep threads the LLM gave this label (through `llmLabels`); '' keeps threads without one. */
  llmLabel: string | null;
  llmLabels: ReadonlyMap<string, string> | null;
  /** Keep threads of these users only (the frequent users), or all when null. */
  users: ReadonlySet<string> | null;
  /** Keep threads whose text matched the search, or all when null. */
  searchHits: ReadonlySet<string> | null;
}

export const NO_FILTER: ThreadFilter = {
  department: null,
  role: null,
  llmLabel: null,
  llmLabels: null,
  users: null,
  searchHits: null,
};

/** The threads that pass every filter that is set, in their original order. */
export function filterThreads(threads: readonly ThreadMeta[], f: ThreadFilter): ThreadMeta[] {
  return threads.filter((t) => {
    if (f.department !== null && t.department !== f.department) return false;
    if (f.role !== null && t.role !== f.role) return false;
    if (f.users !== null && (t.userId === null || !f.users.has(t.userId))) return false;
    if (f.searchHits !== null && !f.searchHits.has(t.threadId)) return false;
    if (f.llmLabel !== null && f.llmLabels !== null && (f.llmLabels.get(t.threadId) ?? '') !== f.llmLabel) return false;
    return true;
  });
}
