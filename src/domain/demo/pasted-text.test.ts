import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { pastedText } from './pasted-text';
import type { PasteKind } from './template-types';

const KINDS: PasteKind[] = ['email', 'notes', 'policy', 'article', 'code', 'data', 'log', 'referral'];

describe('pastedText', () => {
  it('reaches the target length without overshooting by more than one unit', () => {
    for (const kind of KINDS) {
      for (const target of [1, 300, 5000, 40_000]) {
        const text = pastedText(kind, target, createRandom(target));
        expect(text.length, `${kind} ${target}`).toBeGreaterThanOrEqual(Math.min(target, 40) - 1);
        expect(text.length, `${kind} ${target}`).toBeLessThanOrEqual(Math.max(target, 0) + 450);
      }
    }
  });

  it('is deterministic for a seed and varied within a text', () => {
    const a = pastedText('policy', 20_000, createRandom(5));
    expect(pastedText('policy', 20_000, createRandom(5))).toBe(a);
    const sentences = a.split(/(?<=\.)\s+/);
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.5);
  });

  it('uses placeholders, never names, in referrals', () => {
    expect(pastedText('referral', 800, createRandom(1))).toContain('Patient: [Name]  DOB: [redacted]');
  });
});
