/**
 * Standard normal density, distribution function and the ADF ratio φ(t)/Φ(t), accurate in the far
 * left tail where Φ underflows. Internal to the reply model.
 */

const inverseSqrtTwoPi = 0.3989422804014327;

/** Standard normal density φ(t). */
export function normalDensity(t: number): number {
  return inverseSqrtTwoPi * Math.exp(-0.5 * t * t);
}

/** Standard normal distribution function Φ(t) (relative error below about 1e-5; ample for probabilities). */
export function normalCdf(t: number): number {
  return 0.5 * complementaryErrorFunction(-t / Math.SQRT2);
}

/**
 * φ(t)/Φ(t), the mean shift of assumed-density filtering. For t < −6 it uses the asymptotic
 * expansion −t·(1 + 1/t² − 2/t⁴)⁻¹ since Φ(t) is below 1e-9 there.
 */
export function normalHazardLeft(t: number): number {
  if (t < -6) {
    const inverseSquare = 1 / (t * t);
    return -t / (1 - inverseSquare + 3 * inverseSquare * inverseSquare);
  }
  return normalDensity(t) / normalCdf(t);
}

// Chebyshev fit of erfc (Numerical Recipes, 2nd ed. §6.2), about 1e-5 relative error.
function complementaryErrorFunction(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const value =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851973 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? value : 2 - value;
}
