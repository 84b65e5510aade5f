/**
 * Power calculation: sends needed per group to detect a difference between two rates.
 */
import { normalQuantile } from './normal-quantile.js';

/**
 * Trials per group for a two-sided test at `alpha` (default 0.05) to detect `baseRate` vs
 * `baseRate + difference` with probability `power` (default 0.8), by the normal approximation.
 *
 * @example
 * sampleSizeTwoProportions(0.1, 0.05); // 686 per group (10% vs 15%)
 */
export function sampleSizeTwoProportions(baseRate: number, difference: number, options: { alpha?: number; power?: number } = {}): number {
  const { alpha = 0.05, power = 0.8 } = options;
  const p1 = Math.min(Math.max(baseRate, 1e-6), 1 - 1e-6);
  const p2 = Math.min(Math.max(baseRate + difference, 1e-6), 1 - 1e-6);
  const pooled = (p1 + p2) / 2;
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zBeta = normalQuantile(power);
  const numerator = zAlpha * Math.sqrt(2 * pooled * (1 - pooled)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil((numerator * numerator) / ((p2 - p1) * (p2 - p1)));
}
