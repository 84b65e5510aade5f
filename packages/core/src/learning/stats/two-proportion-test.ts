/**
 * Two-sided tests of equal proportions between two groups: Fisher's exact test for small counts,
 * the pooled z test otherwise.
 */
import { logGamma } from './log-gamma.js';
import { normalCdf } from './normal-quantile.js';

/** Successes and trials of one group. */
export interface ProportionCount {
  successes: number;
  trials: number;
}

/** A test result. */
export interface TwoProportionTestResult {
  /** Two-sided p-value. */
  pValue: number;
  /** Which test produced it. */
  method: 'fisher-exact' | 'z-test';
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/**
 * Fisher's exact test, two-sided: the probability, under fixed margins, of a table at most as likely
 * as the observed one.
 *
 * @example
 * fisherExactTest({ successes: 3, trials: 4 }, { successes: 1, trials: 4 }).pValue; // 0.4857
 */
export function fisherExactTest(first: ProportionCount, second: ProportionCount): TwoProportionTestResult {
  const successes = first.successes + second.successes;
  const total = first.trials + second.trials;
  const low = Math.max(0, successes - second.trials);
  const high = Math.min(successes, first.trials);
  const logDenominator = logChoose(total, successes);
  const logProbability = (k: number) => logChoose(first.trials, k) + logChoose(second.trials, successes - k) - logDenominator;
  const observed = logProbability(first.successes);
  // Relative tolerance so tables tied with the observed one in exact arithmetic count as "as extreme".
  const threshold = observed + 1e-7;
  let pValue = 0;
  for (let k = low; k <= high; k++) {
    const value = logProbability(k);
    if (value <= threshold) pValue += Math.exp(value);
  }
  return { pValue: Math.min(1, pValue), method: 'fisher-exact' };
}

/**
 * Two-sided test of p₁ = p₂. Uses Fisher's exact test when any expected cell count is below
 * `exactBelow` (default 10), where the normal approximation is too liberal; the pooled z test otherwise.
 *
 * @example
 * twoProportionTest({ successes: 60, trials: 300 }, { successes: 30, trials: 300 }).pValue; // ≈ 0.0006
 */
export function twoProportionTest(first: ProportionCount, second: ProportionCount, options: { exactBelow?: number } = {}): TwoProportionTestResult {
  const { exactBelow = 10 } = options;
  const successes = first.successes + second.successes;
  const total = first.trials + second.trials;
  if (first.trials === 0 || second.trials === 0 || successes === 0 || successes === total) return { pValue: 1, method: 'z-test' };
  const pooled = successes / total;
  const minExpected = Math.min(first.trials, second.trials) * Math.min(pooled, 1 - pooled);
  if (minExpected < exactBelow) return fisherExactTest(first, second);
  const difference = first.successes / first.trials - second.successes / second.trials;
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / first.trials + 1 / second.trials));
  const z = Math.abs(difference) / standardError;
  return { pValue: Math.min(1, 2 * (1 - normalCdf(z))), method: 'z-test' };
}
