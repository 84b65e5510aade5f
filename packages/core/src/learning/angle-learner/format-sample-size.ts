/**
 * The sends an angle's figure stands on, as a reason says it ("n=140"). The learner weighs a send
 * still inside its reply window by the share of the window elapsed, so two closed sends and one 93%
 * through its window weigh 2.93: that is three sends, and the weight is rounded up to them (a
 * float's last-digit error, 140.0000000001, is not a 141st send). Thousands get separators.
 *
 * @example
 * formatSampleSize(2.93); // '3'
 * formatSampleSize(1400); // '1,400'
 */
export function formatSampleSize(trials: number): string {
  return Math.max(0, Math.ceil(trials - 1e-6)).toLocaleString('en-US');
}
