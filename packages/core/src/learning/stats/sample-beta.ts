/**
 * Random draws from Gamma and Beta distributions, for Thompson sampling and posterior simulation.
 */

// Box–Muller yields two independent normals; the second is kept for the next call from the same source.
let spareNormal = 0;
let spareSource: (() => number) | undefined;

/** A standard normal draw by the Box–Muller transform (both values used, per random source). */
export function sampleNormal(random: () => number): number {
  if (spareSource === random) {
    spareSource = undefined;
    return spareNormal;
  }
  const u = 1 - random();
  const v = random();
  const radius = Math.sqrt(-2 * Math.log(u));
  spareNormal = radius * Math.sin(2 * Math.PI * v);
  spareSource = random;
  return radius * Math.cos(2 * Math.PI * v);
}

/**
 * A Gamma(shape, 1) draw by the Marsaglia–Tsang squeeze method; shapes below 1 use the
 * Gamma(shape + 1) · U^(1/shape) boost.
 */
export function sampleGamma(shape: number, random: () => number): number {
  if (shape < 1) {
    const boosted = sampleGamma(shape + 1, random);
    return boosted * Math.pow(1 - random(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A Beta(a, b) draw as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b).
 *
 * @example
 * sampleBeta(3, 97, Math.random); // around 0.03
 */
export function sampleBeta(a: number, b: number, random: () => number): number {
  const x = sampleGamma(a, random);
  const y = sampleGamma(b, random);
  const total = x + y;
  // Both draws underflow only for tiny shapes; fall back to the mean.
  return total > 0 ? x / total : a / (a + b);
}

/**
 * A Binomial(trials, p) draw: exact Bernoulli sums for small counts, a continuity-corrected normal
 * approximation once both expected counts exceed 30 (used for forecast volumes).
 */
export function sampleBinomial(trials: number, p: number, random: () => number): number {
  if (trials <= 0 || p <= 0) return 0;
  if (p >= 1) return trials;
  const mean = trials * p;
  if (trials < 200 || mean < 30 || trials - mean < 30) {
    if (trials < 200) {
      let count = 0;
      for (let index = 0; index < trials; index++) if (random() < p) count++;
      return count;
    }
    // Few expected events in many trials: count geometric gaps between successes.
    let count = 0;
    let position = 0;
    const logFailure = Math.log1p(-p);
    for (;;) {
      position += Math.floor(Math.log(1 - random()) / logFailure) + 1;
      if (position > trials) return count;
      count++;
    }
  }
  const draw = Math.round(mean + Math.sqrt(mean * (1 - p)) * sampleNormal(random));
  return Math.min(trials, Math.max(0, draw));
}
