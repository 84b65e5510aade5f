/**
 * Confidence intervals for a proportion (Wilson score) and for a difference of two proportions
 * (Newcombe's hybrid score method, which keeps its coverage at small counts and rates near 0).
 */
import { normalQuantile } from './normal-quantile.js';
import type { ProportionCount } from './two-proportion-test.js';

/**
 * Wilson score interval for successes / trials at `level` (default 0.95).
 *
 * @example
 * wilsonInterval({ successes: 0, trials: 10 }); // [0, 0.278]
 */
export function wilsonInterval(count: ProportionCount, level = 0.95): [number, number] {
  const { successes, trials } = count;
  if (trials <= 0) return [0, 1];
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return [Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth)];
}

/**
 * Newcombe's hybrid score interval for p₁ − p₂ at `level` (default 0.95).
 *
 * @example
 * differenceInterval({ successes: 56, trials: 70 }, { successes: 48, trials: 80 }); // ≈ [0.0524, 0.3339]
 */
export function differenceInterval(first: ProportionCount, second: ProportionCount, level = 0.95): [number, number] {
  const p1 = first.trials > 0 ? first.successes / first.trials : 0;
  const p2 = second.trials > 0 ? second.successes / second.trials : 0;
  const [low1, high1] = wilsonInterval(first, level);
  const [low2, high2] = wilsonInterval(second, level);
  const difference = p1 - p2;
  const lower = difference - Math.sqrt((p1 - low1) ** 2 + (high2 - p2) ** 2);
  const upper = difference + Math.sqrt((high1 - p1) ** 2 + (p2 - low2) ** 2);
  return [Math.max(-1, lower), Math.min(1, upper)];
}
