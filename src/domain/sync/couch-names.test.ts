import { describe, expect, it } from 'vitest';
import { asReviewerId, asSampleId, asStudyId } from '../ids';
import { COUCH_DATABASE_NAME, fnv1a64, leadUserName, reviewerDatabaseName, reviewerUserName } from './couch-names';

const study = asStudyId('3f2b8c1e-7a4d-4e0b-9c55-1d2e3f4a5b6c');
const sample = asSampleId('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d');
const ana = asReviewerId('0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5');

describe('CouchDB names', () => {
  it('keeps UUIDs readable, joined by underscores after the prefix', () => {
    expect(reviewerDatabaseName(study, sample, ana)).toBe(`concord_${study}_${sample}_${ana}`);
    expect(reviewerUserName(study, sample, ana)).toBe(`concord-reviewer_${study}_${sample}_${ana}`);
    expect(leadUserName(study)).toBe(`concord-lead_${study}`);
  });

  it('hashes ids CouchDB would refuse or that would make the join ambiguous, deterministically', () => {
    const odd = [asStudyId('Study 1'), asSampleId('sample_1'), asReviewerId('Ana/Arias')] as const;
    const name = reviewerDatabaseName(...odd);
    expect(name).toMatch(/^concord-h[0-9a-f]{16}$/);
    expect(reviewerDatabaseName(...odd)).toBe(name);
    expect(leadUserName(asStudyId('Étude'))).toMatch(/^concord-lead-h[0-9a-f]{16}$/);
  });

  it('gives every name CouchDB accepts, and distinct ids distinct names', () => {
    const ids = ['a', 'a-b', 'a_b', 'A', 'b', 'x'.repeat(80), '', '1', 'a b', '_', '-'];
    const names = new Set<string>();
    for (const s of ids)
      for (const p of ids)
        for (const r of ids) {
          const name = reviewerDatabaseName(asStudyId(s), asSampleId(p), asReviewerId(r));
          expect(name).toMatch(COUCH_DATABASE_NAME);
          names.add(name);
        }
    expect(names.size).toBe(ids.length ** 3);
    // 'a-b' + 'c' and 'a' + 'b-c' would collide if parts were joined with hyphens.
    expect(reviewerDatabaseName(asStudyId('a-b'), asSampleId('c'), ana)).not.toBe(
      reviewerDatabaseName(asStudyId('a'), asSampleId('b-c'), ana),
    );
  });

  it('hashes with FNV-1a 64 (the published test vectors)', () => {
    // http://www.isthe.com/chongo/tech/comp/fnv/ (test vectors of FNV-1a, 64 bits)
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    expect(leadUserName(asStudyId('A'))).toBe(`concord-lead-h${fnv1a64('["A"]')}`);
  });

  it('refuses what CouchDB refuses', () => {
    for (const bad of ['Concord', '1concord', '_users', 'con cord', 'x'.repeat(239)])
      expect(bad).not.toMatch(COUCH_DATABASE_NAME);
  });
});
