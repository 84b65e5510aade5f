import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  benjaminiHochberg,
  betaInterval,
  betaQuantile,
  differenceInterval,
  fisherExactTest,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedIncompleteBeta,
  sampleBeta,
  sampleBinomial,
  sampleGamma,
  sampleSizeTwoProportions,
  seededUniform,
  twoProportionTest,
  wilsonInterval,
} from './index.js';

/** P(Binomial(n, x) ≥ k), summed exactly: equals I_x(k, n − k + 1) for integer k. */
function binomialUpperTail(n: number, k: number, x: number): number {
  let total = 0;
  let coefficient = 1;
  for (let j = 0; j <= n; j++) {
    if (j > 0) coefficient = (coefficient * (n - j + 1)) / j;
    if (j >= k) total += coefficient * x ** j * (1 - x) ** (n - j);
  }
  return total;
}

describe('logGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 10);
  });
});

describe('regularizedIncompleteBeta and betaQuantile', () => {
  it('matches closed forms', () => {
    expect(regularizedIncompleteBeta(0.3, 2, 2)).toBeCloseTo(3 * 0.09 - 2 * 0.027, 12);
    expect(regularizedIncompleteBeta(0.7, 1, 1)).toBeCloseTo(0.7, 12);
    expect(betaQuantile(0.25, 2, 1)).toBeCloseTo(0.5, 9);
    expect(betaQuantile(0.75, 1, 2)).toBeCloseTo(0.5, 9);
    expect(betaQuantile(0.5, 2, 2)).toBeCloseTo(0.5, 9);
    expect(betaQuantile(0.9, 1, 1)).toBeCloseTo(0.9, 9);
  });

  it('equals the binomial upper tail for integer shapes', () => {
    for (const [n, k, x] of [[10, 3, 0.2], [100, 5, 0.03], [50, 40, 0.9], [200, 22, 0.1]] as const) {
      expect(regularizedIncompleteBeta(x, k, n - k + 1)).toBeCloseTo(binomialUpperTail(n, k, x), 10);
    }
  });

  it('inverts the CDF (round trip) over random shapes', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 2000, noNaN: true }), fc.double({ min: 0.5, max: 20000, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (a, b, p) => {
        const x = betaQuantile(p, a, b);
        expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(p, 7);
        expect(x).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('finds extreme tail quantiles of small shapes', () => {
    // Beta(0.2, 0.2) near 0: I_x ≈ x^a / (a·B(a, b)), so the 0.001-quantile is about 2.6e-14.
    const x = betaQuantile(0.001, 0.2, 0.2);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(1e-12);
    expect(regularizedIncompleteBeta(x, 0.2, 0.2) / 0.001).toBeCloseTo(1, 6);
  });

  it('gives known credible intervals', () => {
    // Beta(1, 19): CDF 1 − (1 − x)^19, so quantiles are closed-form.
    const [low, high] = betaInterval(1, 19);
    expect(low).toBeCloseTo(1 - 0.975 ** (1 / 19), 9);
    expect(high).toBeCloseTo(1 - 0.025 ** (1 / 19), 9);
  });
});

describe('normal distribution', () => {
  it('matches tabulated values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326347874, 7);
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424309, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 6);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 6);
  });
});

describe('tests and intervals', () => {
  it('computes Fisher exact on the tea-tasting table', () => {
    expect(fisherExactTest({ successes: 3, trials: 4 }, { successes: 1, trials: 4 }).pValue).toBeCloseTo(34 / 70, 10);
    expect(fisherExactTest({ successes: 4, trials: 4 }, { successes: 0, trials: 4 }).pValue).toBeCloseTo(2 / 70, 10);
  });

  it('uses the z test for large counts', () => {
    const result = twoProportionTest({ successes: 60, trials: 300 }, { successes: 30, trials: 300 });
    expect(result.method).toBe('z-test');
    expect(result.pValue).toBeCloseTo(0.000604, 5);
    expect(twoProportionTest({ successes: 2, trials: 40 }, { successes: 1, trials: 40 }).method).toBe('fisher-exact');
  });

  it('gives Wilson and Newcombe intervals from the literature', () => {
    const [low, high] = wilsonInterval({ successes: 0, trials: 10 });
    expect(low).toBe(0);
    expect(high).toBeCloseTo(0.2775, 4);
    // Newcombe (1998), example (a): 56/70 vs 48/80 → [0.0524, 0.3339].
    const [differenceLow, differenceHigh] = differenceInterval({ successes: 56, trials: 70 }, { successes: 48, trials: 80 });
    expect(differenceLow).toBeCloseTo(0.0524, 4);
    expect(differenceHigh).toBeCloseTo(0.3339, 4);
  });

  it('adjusts p-values by Benjamini–Hochberg (hand example)', () => {
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((value, index) => expect(adjusted[index]).toBeCloseTo(value, 12));
    expect(benjaminiHochberg([0.9, 0.5])).toEqual([0.9, 0.9]);
    expect(benjaminiHochberg([])).toEqual([]);
  });

  it('computes the sample size for a 5-point difference', () => {
    expect(sampleSizeTwoProportions(0.1, 0.05)).toBe(686);
    expect(sampleSizeTwoProportions(0.04, 0.02)).toBeGreaterThan(1800);
  });
});

describe('sampling', () => {
  it('draws Gamma, Beta and Binomial with the right means', () => {
    const random = seededUniform(11);
    const draws = 20000;
    let gamma = 0;
    let smallGamma = 0;
    let beta = 0;
    let binomial = 0;
    let rareBinomial = 0;
    for (let index = 0; index < draws; index++) {
      gamma += sampleGamma(3, random);
      smallGamma += sampleGamma(0.4, random);
      beta += sampleBeta(2, 5, random);
      binomial += sampleBinomial(1000, 0.2, random);
      rareBinomial += sampleBinomial(5000, 0.002, random);
    }
    expect(gamma / draws).toBeCloseTo(3, 1);
    expect(smallGamma / draws).toBeCloseTo(0.4, 1);
    expect(beta / draws).toBeCloseTo(2 / 7, 2);
    expect(binomial / draws / 1000).toBeCloseTo(0.2, 2);
    expect(rareBinomial / draws).toBeCloseTo(10, 0);
  });
});
