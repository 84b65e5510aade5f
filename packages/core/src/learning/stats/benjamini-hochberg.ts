/**
 * The Benjamini–Hochberg step-up procedure: adjusted p-values (q-values) that control the false
 * discovery rate over every hypothesis tested together.
 */

/**
 * BH-adjusted p-values, in input order: q₍ᵢ₎ = min over j ≥ i of m·p₍ⱼ₎ / j, capped at 1. Reject the
 * hypotheses with q ≤ the chosen FDR level.
 *
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03, 0.005]); // [0.02, 0.04, 0.04, 0.02]
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const count = pValues.length;
  const order = pValues.map((_, index) => index).sort((left, right) => (pValues[right] ?? 0) - (pValues[left] ?? 0));
  const adjusted = new Array<number>(count).fill(1);
  let running = 1;
  order.forEach((index, position) => {
    const rank = count - position;
    running = Math.min(running, ((pValues[index] ?? 1) * count) / rank);
    adjusted[index] = Math.min(1, running);
  });
  return adjusted;
}
