/** A two-sided confidence interval for a proportion. */
export interface ProportionInterval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for `successes` out of `n` (95% by default, z = 1.96). Unlike the normal
 * approximation it stays inside [0, 1] and behaves at small n and at 0 or n successes.
 * n = 0 gives [0, 1].
 */
export function wilsonInterval(successes: number, n: number, z = 1.959964): ProportionInterval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}
