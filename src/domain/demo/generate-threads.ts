import { DEFAULT_CATEGORIES, USAGE_SHARES } from '../codebook/default-codebook';
import { asThreadId } from '../ids';
import { createRandom } from '../random';
import type { ThreadInput } from '../threads/thread';
import { templatesFor } from './category-templates';
import { composeTurns } from './compose-turns';
import { demoTimestamps } from './demo-dates';
import { createDemoUsers, writerContext } from './demo-users';
import { DEMO_LLM_MODEL, simulateLlmLabel } from './llm-labels';
import { pickWeighted, shuffle } from './pick';

export interface DemoThread extends ThreadInput {
  /** The category name the text was written for (the demo's ground truth). */
  intendedCategory: string;
  /** The model that produced `llmLabel`. */
  llmModel: string;
}

export interface DemoOptions {
  count: number;
  seed: number;
  /** ISO date of the first day of the eleven-month period; default '2024-01-01'. */
  startDate?: string;
}

/** Share of threads longer than 32,000 characters, as in the study. */
export const LONG_THREAD_SHARE = 0.011;

/**
 * Realistic synthetic threads for demos, tests and benchmarks: healthcare staff prompts in
 * the study's category proportions (USAGE_SHARES), 1-6 user turns, long-tailed lengths
 * with ~1.1% of threads over 32,000 characters (up to ~45,000), ~count/12 users with fixed
 * departments and roles (98% of threads from non-clinicians; ~40% of users frequent), dates
 * over eleven months in ascending order, and an LLM label agreeing with the intended
 * category ~85% of the time. No real patient data.
 *
 * Deterministic: the same options give the same threads, byte for byte.
 * Preconditions: count a non-negative integer, seed finite, startDate an ISO date.
 */
export function generateDemoThreads(options: DemoOptions): DemoThread[] {
  const { count, seed, startDate = '2024-01-01' } = options;
  if (!Number.isInteger(count) || count < 0) {
    throw new Error('generateDemoThreads: count must be a non-negative integer');
  }
  const random = createRandom(seed);
  const users = createDemoUsers(count, random);
  const writers = shuffle(
    random,
    users.flatMap((u) => new Array<typeof u>(u.threadCount).fill(u)),
  );
  const dates = demoTimestamps(count, startDate, random);
  const shares = DEFAULT_CATEGORIES.map((c) => USAGE_SHARES[c.id] ?? 0);
  const threads: DemoThread[] = [];
  for (let i = 0; i < count; i++) {
    const category = DEFAULT_CATEGORIES[pickWeighted(random, shares)];
    const user = writers[i];
    if (category === undefined || user === undefined) throw new Error('generateDemoThreads: internal error');
    const turns = composeTurns(
      {
        templates: templatesFor(category.id),
        context: writerContext(user),
        long: random() < LONG_THREAD_SHARE,
      },
      random,
    );
    threads.push({
      threadId: asThreadId(`T${String(i + 1).padStart(6, '0')}`),
      turns,
      userId: user.userId,
      department: user.department,
      role: user.role,
      createdAt: dates[i] ?? null,
      llmLabel: simulateLlmLabel(category.name, random),
      sourceRow: i + 2,
      intendedCategory: category.name,
      llmModel: DEMO_LLM_MODEL,
    });
  }
  return threads;
}
