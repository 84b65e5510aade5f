/**
 * Beta-Binomial posteriors: a Beta prior (given as a mean and a strength in pseudo-sends) updated
 * with successes out of trials.
 */
import { betaInterval } from '../stats/beta-quantile.js';

/** A Beta prior as a mean rate and a strength (α + β, in pseudo-sends). */
export interface BetaPrior {
  /** Prior mean rate, in (0, 1). */
  mean: number;
  /** Prior strength α + β (> 0): how many sends the prior is worth. */
  strength: number;
}

/** A Beta posterior with its summary. */
export interface BetaPosterior {
  alpha: number;
  beta: number;
  /** Posterior mean α / (α + β). */
  mean: number;
  /** Equal-tailed credible interval. */
  interval: [number, number];
  /** Observed trials (sends) behind it. */
  n: number;
}

/**
 * The posterior Beta(strength·mean + successes, strength·(1 − mean) + failures).
 *
 * @param level Credible level of `interval` (default 0.95).
 * @example
 * betaPosterior({ successes: 3, trials: 10 }, { mean: 0.5, strength: 2 }); // Beta(4, 8), mean 1/3
 */
export function betaPosterior(count: { successes: number; trials: number }, prior: BetaPrior, level = 0.95): BetaPosterior {
  const alpha = prior.strength * prior.mean + count.successes;
  const beta = prior.strength * (1 - prior.mean) + (count.trials - count.successes);
  return { alpha, beta, mean: alpha / (alpha + beta), interval: betaInterval(alpha, beta, level), n: count.trials };
}

/**
 * The Beta with a given mean and variance (moment matching); the variance is capped just below
 * mean·(1 − mean), the most a distribution on [0, 1] can have.
 */
export function betaFromMoments(mean: number, variance: number): { alpha: number; beta: number } {
  const clampedMean = Math.min(1 - 1e-9, Math.max(1e-9, mean));
  const maxVariance = clampedMean * (1 - clampedMean);
  const strength = Math.max(1e-3, maxVariance / Math.min(Math.max(variance, 1e-18), maxVariance * 0.999) - 1);
  return { alpha: clampedMean * strength, beta: (1 - clampedMean) * strength };
}
