import { wilsonInterval as wilsonBounds } from '../../learning/stats/proportion-intervals.js';

/** A two-sided confidence interval for a proportion. */
export interface ProportionInterval {
  low: number;
  high: number;
}

/**
 * Wilson score interval (95%) for `successes` out of `n`, as the `{ low, high }` the import report
 * and its insights carry; the one formula lives in learning/stats. n = 0 gives [0, 1].
 */
export function wilsonInterval(successes: number, n: number): ProportionInterval {
  const [low, high] = wilsonBounds({ successes, trials: n });
  return { low, high };
}
