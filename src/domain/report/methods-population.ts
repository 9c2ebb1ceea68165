import type { SampleManifest } from '../sampling/sample-manifest';
import { list } from './report-format';
import { formatCount, plural } from '../format-count';

export interface MethodsSample {
  readonly name: string;
  readonly size: number;
  readonly seed: number;
  /** How many reviewers the sample has. */
  readonly reviewers: number;
  /** The record of the draw; null when the sample has none (e.g. made by hand). */
  readonly manifest: SampleManifest | null;
}

/**
 * "The study held 30,503 threads from 2,000 users; 812 users had more than 5 threads (frequent
 * users), with 25,402 threads." Frequent users: more than `frequentUserThreshold` threads in
 * `byUser` (threads per user id; threads without a user id are not in it).
 */
export function populationSentence(study: {
  threadCount: number;
  frequentUserThreshold: number;
  byUser: Readonly<Record<string, number>>;
}): string {
  const counts = Object.values(study.byUser);
  const held = `The study held ${plural(study.threadCount, 'thread')}`;
  if (counts.length === 0) return `${held} (without user ids, so frequent users were not counted).`;
  const frequent = counts.filter((n) => n > study.frequentUserThreshold);
  const threads = frequent.reduce((sum, n) => sum + n, 0);
  return `${held} from ${plural(counts.length, 'user')}; ${formatCount(frequent.length)} ${frequent.length === 1 ? 'user' : 'users'} had more than ${plural(study.frequentUserThreshold, 'thread')} (frequent users), with ${plural(threads, 'thread')} in all.`;
}

/** One sentence per sample: its size and seed, and how it was drawn, from its manifest. */
export function describeDraw(sample: MethodsSample): string {
  const head = `Sample "${sample.name}" (${plural(sample.size, 'thread')}, seed ${sample.seed})`;
  const m = sample.manifest;
  if (m === null) return `${head} has no record of how it was drawn.`;
  const how =
    m.stratification.by === 'none'
      ? 'simple random sampling without replacement'
      : `stratified random sampling by ${m.stratification.by === 'llmLabel' ? `the LLM's label${m.llmRun ? ` (${m.llmRun.model})` : ''}` : 'department'} with ${m.stratification.allocation ?? 'proportional'} allocation over ${plural(m.strata.length, 'stratum', 'strata')}`;
  const filters = filterClauses(m);
  const eligible = `from ${plural(m.population.size, 'eligible thread')}${filters.length === 0 ? '' : ` (${filters.join('; ')})`}`;
  return `${head} was drawn by ${how} ${eligible}, with Concord's seeded algorithm ${m.algorithm}.`;
}

function filterClauses(m: SampleManifest): string[] {
  const f = m.filters;
  const clauses: string[] = [];
  if (f.frequentOnly && f.frequentThreshold !== null)
    clauses.push(`threads of frequent users, those with more than ${plural(f.frequentThreshold, 'thread')}`);
  if (f.departments)
    clauses.push(`${f.departments.length === 1 ? 'department' : 'departments'} ${list(f.departments.map(named))}`);
  if (f.roles) clauses.push(`${f.roles.length === 1 ? 'role' : 'roles'} ${list(f.roles.map(named))}`);
  if (f.dateFrom && f.dateTo) clauses.push(`dated ${f.dateFrom} to ${f.dateTo}`);
  else if (f.dateFrom) clauses.push(`dated from ${f.dateFrom}`);
  else if (f.dateTo) clauses.push(`dated up to ${f.dateTo}`);
  if (f.llmLabels) clauses.push(`LLM ${f.llmLabels.length === 1 ? 'label' : 'labels'} ${list(f.llmLabels.map(named))}`);
  if (m.population.previouslySampledExcluded > 0) {
    clauses.push(`excluding ${plural(m.population.previouslySampledExcluded, 'thread')} already in earlier samples`);
  }
  return clauses;
}

const named = (value: string) => (value === '' ? '(none)' : `"${value}"`);
