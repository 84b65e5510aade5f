/** Settings of {@link expectedCalibrationError}. */
export interface ExpectedCalibrationErrorOptions {
  /** Number of bins. Default 10. */
  bins?: number;
  /**
   * `equal-mass` (default): bins hold equal numbers of predictions, sorted by probability, which
   * suits the low, narrow probabilities of reply prediction (equal-width bins would put nearly every
   * prediction in the first bin). `equal-width`: bins [0, 0.1), [0.1, 0.2), … .
   */
  strategy?: 'equal-mass' | 'equal-width';
}

/**
 * Expected calibration error: the average, weighted by bin size, of |mean predicted probability −
 * observed rate| over probability bins. 0 means the predictions match the observed rates in every
 * bin. Returns `undefined` for no predictions.
 *
 * @example
 * expectedCalibrationError([0.2, 0.2, 0.8, 0.8], [false, false, true, true], { bins: 2 }); // 0.2
 */
export function expectedCalibrationError(
  probabilities: readonly number[],
  labels: readonly boolean[],
  options: ExpectedCalibrationErrorOptions = {},
): number | undefined {
  if (probabilities.length !== labels.length) {
    throw new RangeError(
      `expectedCalibrationError: ${probabilities.length} probabilities but ${labels.length} labels; pass one per label`,
    );
  }
  const count = probabilities.length;
  if (count === 0) return undefined;
  const binCount = Math.max(1, Math.floor(options.bins ?? 10));
  const binOf = binAssigner(probabilities, binCount, options.strategy ?? 'equal-mass');
  const predicted = new Float64Array(binCount);
  const observed = new Float64Array(binCount);
  const sizes = new Float64Array(binCount);
  for (let index = 0; index < count; index += 1) {
    const bin = binOf(index);
    predicted[bin] = (predicted[bin] ?? 0) + (probabilities[index] ?? 0);
    observed[bin] = (observed[bin] ?? 0) + (labels[index] === true ? 1 : 0);
    sizes[bin] = (sizes[bin] ?? 0) + 1;
  }
  let total = 0;
  for (let bin = 0; bin < binCount; bin += 1) {
    total += Math.abs((predicted[bin] ?? 0) - (observed[bin] ?? 0));
  }
  // Σ_b (n_b/N)·|p̄_b − ō_b| = Σ_b |Σp − Σo| / N.
  return total / count;
}

function binAssigner(
  probabilities: readonly number[],
  binCount: number,
  strategy: 'equal-mass' | 'equal-width',
): (index: number) => number {
  if (strategy === 'equal-width') {
    return (index) => Math.min(binCount - 1, Math.max(0, Math.floor((probabilities[index] ?? 0) * binCount)));
  }
  const order = probabilities.map((_, index) => index).sort((a, b) => (probabilities[a] ?? 0) - (probabilities[b] ?? 0));
  const bins = new Int32Array(probabilities.length);
  order.forEach((index, position) => {
    bins[index] = Math.floor((position * binCount) / probabilities.length);
  });
  return (index) => bins[index] ?? 0;
}
