import type { ThreadId } from '../ids';
import type { ThreadMeta } from '../threads/thread-meta';

/**
 * Which threads may be drawn. A list is a set of accepted values (null: no filter); the
 * empty string stands for a missing value (no department, no role, no LLM label).
 */
export interface PopulationFilters {
  /** Keep only threads of users with more than `frequentThreshold` threads in the whole study. */
  frequentOnly: boolean;
  frequentThreshold: number;
  departments: readonly string[] | null;
  roles: readonly string[] | null;
  /** Inclusive calendar dates 'YYYY-MM-DD' (UTC) on `createdAt`; either may be null. */
  dateFrom: string | null;
  dateTo: string | null;
  /** LLM labels to keep, read from `SamplePopulation.llmLabelOf`. */
  llmLabels: readonly string[] | null;
  /** Keep threads that are in earlier samples (excluded by default). */
  includePreviouslySampled: boolean;
}

export const STRATIFY_BY = ['none', 'llmLabel', 'department'] as const;
export type StratifyBy = (typeof STRATIFY_BY)[number];
export const ALLOCATIONS = ['proportional', 'equal'] as const;
export type Allocation = (typeof ALLOCATIONS)[number];

export interface SampleSettings extends PopulationFilters {
  size: number;
  /** An integer in 0 … 2^32 − 1 (MAX_SEED). */
  seed: number;
  stratifyBy: StratifyBy;
  /** Ignored when `stratifyBy` is 'none'. */
  allocation: Allocation;
}

/** Everything a draw reads besides the settings. */
export interface SamplePopulation {
  /** Every thread of the study, in any order. */
  threads: readonly ThreadMeta[];
  /** Threads per user over the whole study (StudySummary.byUser), for the frequent-user filter. */
  userThreadCounts: Readonly<Record<string, number>>;
  /** The chosen LLM run's label of each thread, or null when no run is chosen. */
  llmLabelOf: ReadonlyMap<string, string> | null;
  /** Threads in the study's earlier samples. */
  previouslySampled: ReadonlySet<ThreadId | string>;
}

export const MAX_SEED = 0xffffffff;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(s: string): boolean {
  if (!DAY.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function listProblem(name: string, list: readonly string[] | null): string[] {
  if (list !== null && list.length === 0) return [`${name} must be null (no filter) or a non-empty list`];
  return [];
}

/** Every broken rule of the filters, as sentences; empty when they are usable. */
export function populationFilterProblems(f: PopulationFilters): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(f.frequentThreshold) || f.frequentThreshold < 0) {
    problems.push(`frequentThreshold must be a non-negative integer (got ${f.frequentThreshold})`);
  }
  problems.push(
    ...listProblem('departments', f.departments),
    ...listProblem('roles', f.roles),
    ...listProblem('llmLabels', f.llmLabels),
  );
  for (const [name, value] of [
    ['dateFrom', f.dateFrom],
    ['dateTo', f.dateTo],
  ] as const) {
    if (value !== null && !isCalendarDate(value)) problems.push(`${name} must be a date 'YYYY-MM-DD' (got '${value}')`);
  }
  if (f.dateFrom !== null && f.dateTo !== null && f.dateFrom > f.dateTo) {
    problems.push(`dateFrom (${f.dateFrom}) is after dateTo (${f.dateTo})`);
  }
  return problems;
}

/** Every broken rule of the settings (filters, size, seed), as sentences; empty when usable. */
export function sampleSettingsProblems(s: SampleSettings): string[] {
  const problems = populationFilterProblems(s);
  if (!Number.isInteger(s.size) || s.size < 1) problems.push(`size must be a positive integer (got ${s.size})`);
  if (!Number.isInteger(s.seed) || s.seed < 0 || s.seed > MAX_SEED) {
    problems.push(`seed must be an integer from 0 to ${MAX_SEED} (got ${s.seed})`);
  }
  if (!STRATIFY_BY.includes(s.stratifyBy))
    problems.push(`stratifyBy must be one of ${STRATIFY_BY.join(', ')} (got '${s.stratifyBy}')`);
  if (!ALLOCATIONS.includes(s.allocation))
    problems.push(`allocation must be one of ${ALLOCATIONS.join(', ')} (got '${s.allocation}')`);
  return problems;
}
