/**
 * Quantiles and equal-tailed credible intervals of Beta distributions (inverse of the regularized
 * incomplete beta function).
 */
import { betaDensity, regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

/**
 * The p-quantile of Beta(a, b): the x with I_x(a, b) = p. Safeguarded Newton iteration inside a
 * shrinking bisection bracket, so it always converges; absolute accuracy about 1e-10.
 *
 * @example
 * betaQuantile(0.25, 2, 1); // 0.5 (the CDF is x²)
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) throw new RangeError(`Beta parameters must be positive (got a=${a}, b=${b})`);
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  // Solve the smaller tail: quantiles near 1 are better found as 1 − (a quantile near 0 of Beta(b, a)).
  if (p > 0.5) return 1 - betaQuantile(1 - p, b, a);
  let low = 0;
  let high = 1;
  // Start from the mean: inside the bulk for every shape we meet (counts plus a prior).
  let x = a / (a + b);
  const tolerance = 1e-12 * Math.min(p, 1 - p);
  for (let iteration = 0; iteration < 400; iteration++) {
    const error = regularizedIncompleteBeta(x, a, b) - p;
    if (Math.abs(error) < tolerance) return x;
    if (error > 0) high = x;
    else low = x;
    const density = betaDensity(x, a, b);
    let next = density > 0 ? x - error / density : Number.NaN;
    if (!(next > low && next < high)) {
      // Tail quantiles of small shapes can be 1e-14 or smaller: bisect geometrically near 0.
      next = low === 0 && high < 0.25 ? high / 16 : low > 0 && high / low > 16 ? Math.sqrt(low * high) : (low + high) / 2;
    }
    if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300)) return next;
    x = next;
  }
  return x;
}

/**
 * The equal-tailed credible interval of Beta(a, b) at `level` (default 0.95).
 *
 * @example
 * betaInterval(23, 79); // ≈ [0.15, 0.31]
 */
export function betaInterval(a: number, b: number, level = 0.95): [number, number] {
  const tail = (1 - level) / 2;
  return [betaQuantile(tail, a, b), betaQuantile(1 - tail, a, b)];
}
