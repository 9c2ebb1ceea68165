import type { ThreadId } from '../ids';

/**
 * One conversation thread as it comes out of an import file, after validation.
 * `turns` are the user prompts in order; the thread's text is their concatenation and is
 * never truncated. Optional fields are null when the file has no such column or the cell is empty.
 */
export interface ThreadInput {
  threadId: ThreadId;
  turns: string[];
  userId: string | null;
  department: string | null;
  role: string | null;
  /** The hospital's wall-clock time as the file gave it, 'YYYY-MM-DD HH:mm' or 'YYYY-MM-DD' (formatWallClock): no zone, never shifted; null when absent. */
  createdAt: string | null;
  /** The LLM's label from a column of the threads file, already mapped to a codebook category name. */
  llmLabel: string | null;
  /** 1-based row number in the source file (the header is row 1 of a CSV), for messages. */
  sourceRow: number;
}

/** Separator used when the turns of a thread are shown or exported as one text. */
export const TURN_SEPARATOR = '\n\n';

export const threadText = (turns: readonly string[]): string => turns.join(TURN_SEPARATOR);

export const threadLength = (turns: readonly string[]): number =>
  turns.reduce((n, t) => n + t.length, 0) + TURN_SEPARATOR.length * Math.max(0, turns.length - 1);

/** A spreadsheet cell holds at most this many characters (Excel's limit). */
export const SPREADSHEET_CELL_LIMIT = 32_767;
