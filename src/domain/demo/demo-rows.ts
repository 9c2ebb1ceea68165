import { threadText } from '../threads/thread';
import type { DemoThread } from './generate-threads';

/** One demo thread as a file record (CSV/TSV columns, or a JSONL object with `turns`). */
export interface DemoThreadRow {
  thread_id: string;
  /** The turns joined by a blank line. */
  user_prompts: string;
  turns: string[];
  llm_label: string;
  llm_model: string;
  user_id: string;
  department: string;
  role: string;
  created_at: string;
}

/** Columns of the demo threads CSV/TSV, in order. */
export const DEMO_CSV_COLUMNS = [
  'thread_id',
  'user_prompts',
  'llm_label',
  'llm_model',
  'user_id',
  'department',
  'role',
  'created_at',
] as const;

/** Records for writing demo threads to files; missing values become empty strings. */
export function demoThreadsToRows(threads: readonly DemoThread[]): DemoThreadRow[] {
  return threads.map((t) => ({
    thread_id: t.threadId,
    user_prompts: threadText(t.turns),
    turns: [...t.turns],
    llm_label: t.llmLabel ?? '',
    llm_model: t.llmModel,
    user_id: t.userId ?? '',
    department: t.department ?? '',
    role: t.role ?? '',
    created_at: t.createdAt ?? '',
  }));
}
