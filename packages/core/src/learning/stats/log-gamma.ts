/**
 * The natural logarithm of the gamma function, for the beta and hypergeometric computations.
 */

// Lanczos approximation with g = 7 and nine coefficients (published constants; ~15 significant digits).
const lanczosG = 7;
const lanczosCoefficients = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * ln Γ(x) for x > 0 (reflection is applied below 0.5).
 *
 * @example
 * logGamma(5); // ln 24
 */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection: Γ(x) Γ(1 − x) = π / sin(πx).
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const shifted = x - 1;
  let sum = lanczosCoefficients[0] ?? 1;
  for (let index = 1; index < lanczosCoefficients.length; index++) {
    sum += (lanczosCoefficients[index] ?? 0) / (shifted + index);
  }
  const t = shifted + lanczosG + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
