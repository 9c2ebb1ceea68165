import { compareIds } from '../agreement/rater-pairs';
import type { Allocation } from './sample-settings';

export interface StratumSize {
  name: string;
  /** Threads of the stratum in the population. */
  size: number;
}

function proportional(strata: readonly StratumSize[], total: number, populationSize: number): number[] {
  // Integer arithmetic: quota_i = total·N_i / N = floor + remainder / N, compared exactly.
  const floors = strata.map((s) => Math.floor((total * s.size) / populationSize));
  const remainders = strata.map((s) => (total * s.size) % populationSize);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = strata
    .map((_, i) => i)
    .sort((i, j) => remainders[j]! - remainders[i]! || compareIds(strata[i]!.name, strata[j]!.name));
  for (const i of order) {
    if (left === 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

function equal(strata: readonly StratumSize[], total: number): number[] {
  const counts = strata.map(() => 0);
  const byName = strata.map((_, i) => i).sort((i, j) => compareIds(strata[i]!.name, strata[j]!.name));
  let left = total;
  for (;;) {
    const open = byName.filter((i) => counts[i]! < strata[i]!.size);
    if (left === 0 || open.length === 0) return counts;
    const share = Math.floor(left / open.length);
    if (share === 0) {
      for (const i of open.slice(0, left)) counts[i]! += 1;
      return counts;
    }
    for (const i of open) {
      const add = Math.min(share, strata[i]!.size - counts[i]!);
      counts[i]! += add;
      left -= add;
    }
  }
}

/**
 * How many threads to draw from each stratum, returned in the order of `strata`.
 *
 * - 'proportional': largest remainder (Hamilton) method. Stratum i of N_i threads in a
 *   population of N gets floor(total·N_i/N); the places left go one each to the strata with
 *   the largest remainders (total·N_i mod N), ties to the stratum whose name comes first
 *   (UTF-16 code unit order). A stratum never gets more than its size. Example: sizes 7/2/1,
 *   total 5: quotas 3.5/1/0.5, so the tie of 0.5 goes to the first name: 4/1/0.
 * - 'equal': the total dealt round-robin over the strata in name order, skipping a stratum
 *   once all its threads are allocated. Equivalently, every stratum gets min(N_i, L) for the
 *   largest level L whose sum fits in the total, and the places left go one each to the
 *   strata with more than L threads, in name order. Without small strata: floor(total/k)
 *   each, the remainder to the first names.
 *
 * Preconditions (thrown, naming the rule): stratum names distinct, sizes positive integers,
 * total an integer from 0 to the sum of the sizes. Pure and deterministic.
 */
export function allocate(strata: readonly StratumSize[], total: number, method: Allocation): number[] {
  const names = new Set(strata.map((s) => s.name));
  if (names.size !== strata.length) throw new Error('allocate: stratum names must be distinct');
  if (strata.some((s) => !Number.isInteger(s.size) || s.size < 1))
    throw new Error('allocate: stratum sizes must be positive integers');
  const populationSize = strata.reduce((a, s) => a + s.size, 0);
  if (!Number.isInteger(total) || total < 0 || total > populationSize) {
    throw new Error(
      `allocate: total must be an integer from 0 to the population size ${populationSize} (got ${total})`,
    );
  }
  if (!Number.isSafeInteger(total * populationSize))
    throw new Error('allocate: total × population size must be a safe integer');
  return method === 'proportional' ? proportional(strata, total, populationSize) : equal(strata, total);
}
