import type { ThreadMeta } from './threads/thread-meta';
import { SPREADSHEET_CELL_LIMIT } from './threads/thread';

/** Counts kept per study so lists and filters never count through an index (docs/stack.md). */
export interface StudySummary {
  threadCount: number;
  /** Threads whose text exceeds a spreadsheet cell (32,767 characters). */
  overLimitCount: number;
  totalCharacters: number;
  byDepartment: Record<string, number>;
  byRole: Record<string, number>;
  /** Threads per user id; frequent users are derived from it with the study's threshold. */
  byUser: Record<string, number>;
}

export function emptySummary(): StudySummary {
  return { threadCount: 0, overLimitCount: 0, totalCharacters: 0, byDepartment: {}, byRole: {}, byUser: {} };
}

function bump(counts: Record<string, number>, key: string | null, by: number): void {
  if (key === null) return;
  const next = (counts[key] ?? 0) + by;
  if (next === 0) delete counts[key];
  else counts[key] = next;
}

/**
 * The summary after adding (sign 1) or removing (sign -1) threads. Pure: returns a new object.
 */
export function updateSummary(summary: StudySummary, threads: readonly ThreadMeta[], sign: 1 | -1 = 1): StudySummary {
  const next: StudySummary = {
    threadCount: summary.threadCount,
    overLimitCount: summary.overLimitCount,
    totalCharacters: summary.totalCharacters,
    byDepartment: { ...summary.byDepartment },
    byRole: { ...summary.byRole },
    byUser: { ...summary.byUser },
  };
  for (const t of threads) {
    next.threadCount += sign;
    next.totalCharacters += sign * t.length;
    if (t.length > SPREADSHEET_CELL_LIMIT) next.overLimitCount += sign;
    bump(next.byDepartment, t.department, sign);
    bump(next.byRole, t.role, sign);
    bump(next.byUser, t.userId, sign);
  }
  return next;
}

/** Users with more than `threshold` threads (PRODUCT.md's "frequent users": more than five). */
export function frequentUsers(summary: StudySummary, threshold: number): Set<string> {
  if (!Number.isInteger(threshold) || threshold < 0) {
    throw new Error('frequentUsers: threshold must be a non-negative integer');
  }
  const users = new Set<string>();
  for (const [user, count] of Object.entries(summary.byUser)) if (count > threshold) users.add(user);
  return users;
}
