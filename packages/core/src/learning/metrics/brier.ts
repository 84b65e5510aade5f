/**
 * Brier score: the mean squared difference between predicted probabilities and outcomes (0 is
 * perfect; always predicting the base rate b scores b(1−b)). Returns `undefined` for no predictions.
 *
 * @example
 * brier([0.8, 0.3], [true, false]); // ((0.2)² + (0.3)²) / 2 = 0.065
 */
export function brier(probabilities: readonly number[], labels: readonly boolean[]): number | undefined {
  if (probabilities.length !== labels.length) {
    throw new RangeError(`brier: ${probabilities.length} probabilities but ${labels.length} labels; pass one per label`);
  }
  if (probabilities.length === 0) return undefined;
  let sum = 0;
  for (let index = 0; index < probabilities.length; index += 1) {
    const error = (probabilities[index] ?? 0) - (labels[index] === true ? 1 : 0);
    sum += error * error;
  }
  return sum / probabilities.length;
}
