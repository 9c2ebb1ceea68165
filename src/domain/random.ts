/**
 * A seeded pseudo-random source: mulberry32 (Tommy Ettinger, public domain), 32-bit state,
 * period 2^32. Good enough for sampling and bootstrap resampling, and identical on every
 * JavaScript engine, so a seed reproduces a sample or an interval exactly.
 *
 * @param seed any integer; only its low 32 bits matter.
 * @returns a function giving floats uniformly in [0, 1).
 */
export function createRandom(seed: number): () => number {
  if (!Number.isFinite(seed)) throw new Error('createRandom: seed must be a finite number');
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer uniformly in [0, n) from a random source. */
export function randomInt(random: () => number, n: number): number {
  if (!Number.isInteger(n) || n <= 0) throw new Error('randomInt: n must be a positive integer');
  return Math.floor(random() * n);
}
