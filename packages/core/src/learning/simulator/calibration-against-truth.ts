/**
 * Calibration against known true probabilities (only a simulation has them): far less noisy than
 * against 0/1 outcomes, so it separates a miscalibrated model from an unlucky sample.
 */

/** Figures of {@link calibrationAgainstTruth}; `undefined` for no predictions. */
export interface CalibrationAgainstTruth {
  /** Mean squared difference between predicted and true probabilities. */
  meanSquaredError: number | undefined;
  /** Σ over equal-mass bins of predictions of (bin share) × |mean predicted − mean true probability|. */
  ece: number | undefined;
}

/**
 * Compares predictions with the true probabilities they estimate.
 * @param bins Equal-mass bins, sorted by prediction. Default 10.
 * @example
 * calibrationAgainstTruth([0.1, 0.3], [0.2, 0.2], 1); // { meanSquaredError: 0.01, ece: 0 }
 */
export function calibrationAgainstTruth(predicted: readonly number[], truth: readonly number[], bins = 10): CalibrationAgainstTruth {
  const count = Math.min(predicted.length, truth.length);
  if (count === 0) return { meanSquaredError: undefined, ece: undefined };
  let squared = 0;
  for (let index = 0; index < count; index += 1) squared += ((predicted[index] ?? 0) - (truth[index] ?? 0)) ** 2;
  const order = Array.from({ length: count }, (_, index) => index).sort((a, b) => (predicted[a] ?? 0) - (predicted[b] ?? 0));
  const binCount = Math.max(1, Math.floor(bins));
  const gap = new Float64Array(binCount);
  order.forEach((index, position) => {
    const bin = Math.floor((position * binCount) / count);
    gap[bin] = (gap[bin] ?? 0) + (predicted[index] ?? 0) - (truth[index] ?? 0);
  });
  let total = 0;
  for (const value of gap) total += Math.abs(value);
  return { meanSquaredError: squared / count, ece: total / count };
}
