/**
 * A seeded sampler of Gamma(shape, 1) variates, by Marsaglia & Tsang (2000), "A simple method
 * for generating gamma variables", ACM Transactions on Mathematical Software 26:363–372.
 * For shape ≥ 1: d = shape − 1/3, c = 1/√(9d); draw a standard normal x and u ~ U(0, 1),
 * v = (1 + c·x)³, accept d·v when v > 0 and ln u < x²/2 + d − d·v + d·ln v (the squeeze
 * u < 1 − 0.0331·x⁴ accepts most draws without a logarithm). For shape < 1 the paper's boost:
 * Gamma(shape) = Gamma(shape + 1) · u^(1/shape). Normals come from the Box–Muller transform of
 * the same uniform source, so a seed fixes every draw.
 *
 * Preconditions: `random` returns floats in [0, 1) (e.g. `createRandom(seed)`); each `shape` is
 * a finite number > 0 (else it throws, naming the sampler).
 */
export function createGammaSampler(random: () => number): (shape: number) => number {
  let spareNormal: number | null = null;
  const normal = (): number => {
    if (spareNormal !== null) {
      const x = spareNormal;
      spareNormal = null;
      return x;
    }
    // 1 − u lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  const atLeastOne = (shape: number): number => {
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = normal();
      const t = 1 + c * x;
      if (t <= 0) continue;
      const v = t * t * t;
      const u = 1 - random();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  return (shape: number): number => {
    if (!Number.isFinite(shape) || shape <= 0)
      throw new Error(`gamma sampler: shape must be a finite number > 0 (got ${shape})`);
    if (shape >= 1) return atLeastOne(shape);
    return atLeastOne(shape + 1) * Math.pow(1 - random(), 1 / shape);
  };
}
