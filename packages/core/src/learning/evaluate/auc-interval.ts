import { normalQuantile } from '../stats/normal-quantile.js';

/**
 * Confidence interval of an AUC from its value and the numbers of positives and negatives, by the
 * standard error of Hanley and McNeil (1982, Radiology 143:29–36), clipped to [0, 1]. It widens
 * with few positives, which is what limits a reply history: 40 replies give about ±0.08.
 *
 * @example
 * aucInterval(0.8, 50, 450); // ≈ [0.724, 0.876] (standard error 0.0385)
 */
export function aucInterval(value: number, positives: number, negatives: number, level = 0.95): [number, number] {
  if (positives < 1 || negatives < 1) return [0, 1];
  const q1 = value / (2 - value);
  const q2 = (2 * value * value) / (1 + value);
  const variance =
    (value * (1 - value) + (positives - 1) * (q1 - value * value) + (negatives - 1) * (q2 - value * value)) / (positives * negatives);
  const halfWidth = normalQuantile(1 - (1 - level) / 2) * Math.sqrt(Math.max(0, variance));
  return [Math.max(0, value - halfWidth), Math.min(1, value + halfWidth)];
}
