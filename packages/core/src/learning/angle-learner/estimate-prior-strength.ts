/**
 * Empirical-Bayes prior strength from how much child groups (e.g. segments) vary around their
 * parents' rates, by the method of moments for the Beta-Binomial model.
 */

/** One child group: its counts and its parent's mean rate. */
export interface ChildCount {
  successes: number;
  trials: number;
  parentMean: number;
}

/** Bounds and fallback for the estimate. */
export interface PriorStrengthBounds {
  /** Smallest strength returned (default 2). */
  min?: number;
  /** Largest strength returned, reached when children vary no more than binomial noise (default 1000). */
  max?: number;
  /** Strength used when the data cannot inform it (fewer than two children with more than one trial); default 50. */
  fallback?: number;
}

/**
 * Estimates κ = α + β of the Beta prior children are drawn from. Under the Beta-Binomial model
 * E[Σ nᵢ(rᵢ − mᵢ)²] = Σ mᵢ(1 − mᵢ)(1 + (nᵢ − 1)ρ) with intra-class correlation ρ = 1 / (κ + 1); we
 * solve for ρ and clamp κ to [min, max].
 *
 * @example
 * estimatePriorStrength([{ successes: 5, trials: 100, parentMean: 0.05 }, { successes: 5, trials: 100, parentMean: 0.05 }]); // 1000 (no excess spread)
 */
export function estimatePriorStrength(children: readonly ChildCount[], bounds: PriorStrengthBounds = {}): number {
  const { min = 2, max = 1000, fallback = 50 } = bounds;
  let spread = 0;
  let noise = 0;
  let slope = 0;
  let informative = 0;
  for (const child of children) {
    if (child.trials <= 1) continue;
    informative++;
    const m = Math.min(1 - 1e-9, Math.max(1e-9, child.parentMean));
    const variance = m * (1 - m);
    const rate = child.successes / child.trials;
    spread += child.trials * (rate - m) * (rate - m);
    noise += variance;
    slope += variance * (child.trials - 1);
  }
  if (informative < 2 || slope <= 0) return fallback;
  const rho = (spread - noise) / slope;
  if (rho <= 0) return max;
  return Math.min(max, Math.max(min, 1 / rho - 1));
}
