/**
 * Platt scaling shrunk toward the identity: q = σ(a·z + b) for a raw logit z, fitted by Newton's
 * method on held-out (z, y) pairs maximizing log-likelihood − λ/2·((a − 1)² + b²). With few pairs
 * the map stays near the identity; with many it corrects a model that is over- or under-confident.
 * Internal to the reply model.
 */

/** The fitted map. */
export interface PlattMap {
  a: number;
  b: number;
}

/** The identity map. */
export const identityPlatt: PlattMap = { a: 1, b: 0 };

/** Applies the map to a probability. */
export function applyPlatt(map: PlattMap, p: number): number {
  if (map.a === 1 && map.b === 0) return p;
  const clamped = Math.min(1 - 1e-12, Math.max(1e-12, p));
  const z = Math.log(clamped / (1 - clamped));
  return 1 / (1 + Math.exp(-(map.a * z + map.b)));
}

/** Fits the map to raw logits `scores` and `labels` (1/0) with ridge strength `lambda`. */
export function fitPlatt(scores: ArrayLike<number>, labels: ArrayLike<number>, lambda: number): PlattMap {
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 25; iteration += 1) {
    let ga = -lambda * (a - 1);
    let gb = -lambda * b;
    let haa = lambda;
    let hab = 0;
    let hbb = lambda;
    for (let index = 0; index < scores.length; index += 1) {
      const z = scores[index] ?? 0;
      const q = 1 / (1 + Math.exp(-(a * z + b)));
      const residual = (labels[index] ?? 0) - q;
      const weight = q * (1 - q);
      ga += residual * z;
      gb += residual;
      haa += weight * z * z;
      hab += weight * z;
      hbb += weight;
    }
    const determinant = haa * hbb - hab * hab;
    if (!(determinant > 0)) break;
    const stepA = (hbb * ga - hab * gb) / determinant;
    const stepB = (haa * gb - hab * ga) / determinant;
    a += stepA;
    b += stepB;
    if (Math.abs(stepA) < 1e-9 && Math.abs(stepB) < 1e-9) break;
  }
  return { a, b };
}
