import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, USAGE_SHARES } from '../codebook/default-codebook';
import { threadLength } from '../threads/thread';
import { generateDemoThreads, type DemoThread } from './generate-threads';

const STUDY_SIZE = 30_503;
const names = new Set(DEFAULT_CATEGORIES.map((c) => c.name));
const share = (threads: readonly DemoThread[], keep: (t: DemoThread) => boolean) =>
  threads.filter(keep).length / threads.length;

describe('generateDemoThreads: determinism', () => {
  it('gives the same threads for the same seed and different ones for another seed', () => {
    const a = JSON.stringify(generateDemoThreads({ count: 3000, seed: 7 }));
    expect(JSON.stringify(generateDemoThreads({ count: 3000, seed: 7 }))).toBe(a);
    expect(JSON.stringify(generateDemoThreads({ count: 3000, seed: 8 }))).not.toBe(a);
  });
});

describe('generateDemoThreads: a study-sized corpus', () => {
  let threads: DemoThread[] = [];
  beforeAll(() => {
    threads = generateDemoThreads({ count: STUDY_SIZE, seed: 1 });
  });

  it('has the requested count, unique ids in order and source rows', () => {
    expect(threads).toHaveLength(STUDY_SIZE);
    expect(new Set(threads.map((t) => t.threadId)).size).toBe(STUDY_SIZE);
    expect(threads[0]?.threadId).toBe('T000001');
    expect(threads.every((t, i) => t.sourceRow === i + 2 && /^T\d{6}$/.test(t.threadId))).toBe(true);
  });

  it('follows the study category shares', () => {
    for (const c of DEFAULT_CATEGORIES) {
      const expected = USAGE_SHARES[c.id] ?? 0;
      const tolerance = expected >= 0.05 ? 0.01 : 0.005;
      expect(Math.abs(share(threads, (t) => t.intendedCategory === c.name) - expected), c.name).toBeLessThan(tolerance);
    }
  });

  it('labels with codebook categories, agreeing with the intended category ~85%', () => {
    expect(threads.every((t) => t.llmLabel !== null && names.has(t.llmLabel) && names.has(t.intendedCategory))).toBe(
      true,
    );
    expect(Math.abs(share(threads, (t) => t.llmLabel === t.intendedCategory) - 0.85)).toBeLessThan(0.02);
    expect(threads.every((t) => t.llmModel === 'gpt-4o-2024-08-06')).toBe(true);
  });

  it('has long-tailed lengths with ~1.1% over 32,000 characters', () => {
    const lengths = threads.map((t) => threadLength(t.turns)).sort((a, b) => a - b);
    const over = lengths.filter((n) => n > 32_000).length / lengths.length;
    expect(over).toBeGreaterThanOrEqual(0.007);
    expect(over).toBeLessThanOrEqual(0.015);
    expect(lengths.at(-1)).toBeLessThanOrEqual(46_000);
    const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(150);
    expect(median).toBeLessThan(600);
    expect(lengths[0]).toBeGreaterThan(0);
  });

  it('has 1-6 turns, mostly one or two', () => {
    expect(threads.every((t) => t.turns.length >= 1 && t.turns.length <= 6)).toBe(true);
    expect(share(threads, (t) => t.turns.length <= 2)).toBeGreaterThan(0.7);
    expect(share(threads, (t) => t.turns.length >= 4)).toBeGreaterThan(0.05);
  });

  it('has ~count/12 users with fixed departments and roles, ~40% of them frequent', () => {
    const byUser = new Map<string, DemoThread[]>();
    for (const t of threads) byUser.set(t.userId ?? '', [...(byUser.get(t.userId ?? '') ?? []), t]);
    expect(Math.abs(byUser.size - STUDY_SIZE / 12)).toBeLessThan(10);
    const frequent = [...byUser.values()].filter((ts) => ts.length > 5).length / byUser.size;
    expect(frequent).toBeGreaterThanOrEqual(0.35);
    expect(frequent).toBeLessThanOrEqual(0.45);
    for (const ts of byUser.values()) {
      expect(new Set(ts.map((t) => `${t.department}|${t.role}`)).size).toBe(1);
    }
    expect(new Set(threads.map((t) => t.department)).size).toBeGreaterThanOrEqual(15);
  });

  it('comes 98% from non-clinicians', () => {
    const clinicians = share(threads, (t) => ['Nurse', 'Physician', 'Pharmacist'].includes(t.role ?? ''));
    expect(clinicians).toBeGreaterThan(0.01);
    expect(clinicians).toBeLessThanOrEqual(0.021);
  });

  it('spreads dates over eleven months from the start date, in order', () => {
    const dates = threads.map((t) => t.createdAt ?? '');
    expect(dates.every((d) => d >= '2024-01-01T00:00:00Z' && d < '2024-12-01T00:00:00Z')).toBe(true);
    expect(dates.every((d, i) => i === 0 || d >= (dates[i - 1] ?? ''))).toBe(true);
    expect(dates[0]?.slice(0, 7)).toBe('2024-01');
    expect(dates.at(-1)?.slice(0, 7)).toBe('2024-11');
  });

  it('contains no real identifiers: only placeholders after "Patient:"', () => {
    const referrals = threads.filter((t) => t.turns.some((x) => x.includes('Patient: ')));
    expect(referrals.length).toBeGreaterThan(0);
    expect(referrals.every((t) => t.turns.join('').includes('Patient: [Name]'))).toBe(true);
  });
});

describe('generateDemoThreads: edge cases', () => {
  it('handles empty and tiny corpora', () => {
    expect(generateDemoThreads({ count: 0, seed: 1 })).toEqual([]);
    for (const count of [1, 5, 13, 50]) expect(generateDemoThreads({ count, seed: 3 })).toHaveLength(count);
  });

  it('uses the given start date', () => {
    const threads = generateDemoThreads({ count: 500, seed: 2, startDate: '2023-06-15' });
    expect(threads.every((t) => (t.createdAt ?? '') >= '2023-06-15' && (t.createdAt ?? '') < '2024-05-15')).toBe(true);
  });

  it('rejects a bad count or start date', () => {
    expect(() => generateDemoThreads({ count: -1, seed: 1 })).toThrow(/count/);
    expect(() => generateDemoThreads({ count: 1.5, seed: 1 })).toThrow(/count/);
    expect(() => generateDemoThreads({ count: 10, seed: 1, startDate: 'soon' })).toThrow(/startDate/);
  });
});
