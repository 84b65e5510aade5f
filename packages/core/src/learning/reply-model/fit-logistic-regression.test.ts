import { describe, expect, it } from 'vitest';
import { fitLogisticRegression } from './fit-logistic-regression.js';

describe('fitLogisticRegression', () => {
  it('reproduces the closed-form MLE of a 2×2 table', () => {
    // x = 0: 1 success in 4; x = 1: 3 successes in 5. MLE: intercept = logit(1/4), slope = logit(3/5) − logit(1/4).
    const rows = [[0], [0], [0], [0], [1], [1], [1], [1], [1]];
    const labels = [true, false, false, false, true, true, true, false, false];
    const fit = fitLogisticRegression(rows, labels, { l2: 0 });
    expect(fit.converged).toBe(true);
    expect(fit.intercept).toBeCloseTo(Math.log(1 / 3), 8);
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(3 / 2) - Math.log(1 / 3), 8);
    expect(fit.predict([1])).toBeCloseTo(0.6, 8);
  });

  it('reproduces the observed rate with no columns', () => {
    const fit = fitLogisticRegression([[], [], [], []], [true, false, false, false], { l2: 0 });
    expect(fit.predict([])).toBeCloseTo(0.25, 10);
  });

  it('stays finite on separable data thanks to the small ridge', () => {
    const fit = fitLogisticRegression([[0], [0], [1], [1]], [false, false, true, true]);
    expect(Number.isFinite(fit.coefficients[0])).toBe(true);
    expect(fit.predict([1])).toBeGreaterThan(0.99);
  });
});
