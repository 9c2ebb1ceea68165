import { CLINICIAN_THREAD_SHARE, ROLES, type RoleSpec } from './organisation';
import { logNormal, pick, pickWeighted, shuffle } from './pick';

export interface DemoUser {
  userId: string;
  department: string;
  role: string;
  threadCount: number;
}

/** Users per thread (the study: about 30,503 threads from about 2,500 users). */
export const THREADS_PER_USER = 12;
/** Share of users who are frequent users (more than five threads). */
export const FREQUENT_USER_SHARE = 0.4;
const INFREQUENT_COUNT_WEIGHTS = [0.36, 0.24, 0.17, 0.13, 0.1]; // 1..5 threads

function drawCounts(count: number, random: () => number): number[] {
  const nUsers = Math.max(1, Math.round(count / THREADS_PER_USER));
  const nFrequent = Math.max(1, Math.round(nUsers * FREQUENT_USER_SHARE));
  const infrequent = Array.from(
    { length: nUsers - nFrequent },
    () => 1 + pickWeighted(random, INFREQUENT_COUNT_WEIGHTS),
  );
  const extra = count - infrequent.reduce((a, b) => a + b, 0) - 6 * nFrequent;
  if (extra < 0) {
    // Too few threads for the target mix (tiny corpora): spread them evenly instead.
    const n = Math.min(nUsers, count);
    return Array.from({ length: n }, (_, i) => Math.floor(count / n) + (i < count % n ? 1 : 0));
  }
  // Long tail among frequent users: log-normal weights on top of the six threads each.
  const weights = Array.from({ length: nFrequent }, () => logNormal(random, 1, 1.1));
  const total = weights.reduce((a, b) => a + b, 0);
  const frequent = weights.map((w) => 6 + Math.floor((extra * w) / total));
  let left = count - infrequent.reduce((a, b) => a + b, 0) - frequent.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % nFrequent, left--) frequent[i] = (frequent[i] ?? 0) + 1;
  return [...frequent, ...infrequent];
}

const pickRole = (random: () => number, roles: readonly RoleSpec[]): RoleSpec =>
  roles[
    pickWeighted(
      random,
      roles.map((r) => r.weight),
    )
  ] as RoleSpec;

/**
 * The writers of `count` demo threads: about count / 12 users ('u0001'...), each with a
 * fixed department and role and a long-tailed number of threads summing to `count`, of whom
 * about 40% are frequent users (more than five threads) and whose clinicians (nurses,
 * physicians, pharmacists) write about 2% of the threads.
 */
export function createDemoUsers(count: number, random: () => number): DemoUser[] {
  if (count === 0) return [];
  const counts = shuffle(random, drawCounts(count, random));
  const clinicianRoles = ROLES.filter((r) => r.clinician);
  const otherRoles = ROLES.filter((r) => !r.clinician);
  const clinician = new Array<boolean>(counts.length).fill(false);
  const budget = CLINICIAN_THREAD_SHARE * count;
  let used = 0;
  for (const i of shuffle(
    random,
    counts.map((_, i) => i),
  )) {
    const c = counts[i] ?? 0;
    if (used + c <= budget) {
      clinician[i] = true;
      used += c;
    }
  }
  return counts.map((threadCount, i) => {
    const spec = pickRole(random, clinician[i] ? clinicianRoles : otherRoles);
    return {
      userId: `u${String(i + 1).padStart(4, '0')}`,
      department: pick(random, spec.departments),
      role: spec.role,
      threadCount,
    };
  });
}

/** Template fillers for a user's own slots: {myDept}, {myRole}, {aMyRole} ('an IT analyst'). */
export function writerContext(user: DemoUser): Record<string, string> {
  const myRole = user.role
    .split(' ')
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
  const article = /^([aeiou]|HR\b|IT\b)/i.test(myRole) ? 'an' : 'a';
  return { myDept: user.department, myRole, aMyRole: `${article} ${myRole}` };
}
