import { solveSymmetric } from '../stats/cholesky.js';

/** Settings of {@link fitLogisticRegression}. */
export interface FitLogisticRegressionOptions {
  /**
   * Ridge penalty λ on the coefficients (not the intercept): the fit maximizes
   * log-likelihood − λ/2·‖w‖². Default 1e-4, small enough to be "plain" logistic regression while
   * keeping separable or collinear data (e.g. a full set of one-hot columns) finite.
   */
  l2?: number;
  /** Newton (IRLS) iterations at most. Default 50. */
  maxIterations?: number;
  /** Stop when the largest coefficient change is below this. Default 1e-9. */
  tolerance?: number;
}

/** A fitted batch logistic regression. */
export interface LogisticRegressionFit {
  /** Intercept (logit scale). */
  intercept: number;
  /** One coefficient per column (logit scale). */
  coefficients: Float64Array;
  /** Newton iterations used. */
  iterations: number;
  /** Whether the tolerance was reached within `maxIterations`. */
  converged: boolean;
  /** P(y = 1 | x) for a row of the same columns. */
  predict(row: ArrayLike<number>): number;
}

/**
 * Batch logistic regression by Newton's method (iteratively reweighted least squares) with an
 * intercept and an optional small ridge; the reference the online reply model is compared to.
 *
 * @example
 * // One binary column: the MLE reproduces each group's observed rate.
 * const fit = fitLogisticRegression([[0], [0], [0], [0], [1], [1]], [true, false, false, false, true, false]);
 * fit.predict([0]); // ≈ 0.25
 */
export function fitLogisticRegression(
  rows: readonly ArrayLike<number>[],
  labels: readonly boolean[],
  options: FitLogisticRegressionOptions = {},
): LogisticRegressionFit {
  if (rows.length !== labels.length) {
    throw new RangeError(`fitLogisticRegression: ${rows.length} rows but ${labels.length} labels; pass one label per row`);
  }
  const columns = rows[0]?.length ?? 0;
  const size = columns + 1;
  const l2 = options.l2 ?? 1e-4;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-9;
  const beta = new Float64Array(size);
  const gradient = new Float64Array(size);
  const hessian = new Float64Array(size * size);
  const x = new Float64Array(size);
  // Indices of a row's non-zero entries: one-hot designs are mostly zeros, and the Hessian then
  // costs (non-zeros)² per row instead of (non-zeros × columns). Zero terms add exactly nothing,
  // so the fit is the same to the bit.
  const nonZero = new Int32Array(size);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations += 1;
    gradient.fill(0);
    hessian.fill(0);
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index] as ArrayLike<number>;
      x[0] = 1;
      nonZero[0] = 0;
      let count = 1;
      for (let column = 0; column < columns; column += 1) {
        const value = row[column] ?? 0;
        x[column + 1] = value;
        if (value !== 0) nonZero[count++] = column + 1;
      }
      let score = 0;
      for (let k = 0; k < count; k += 1) {
        const column = nonZero[k] as number;
        score += (beta[column] ?? 0) * (x[column] ?? 0);
      }
      const p = 1 / (1 + Math.exp(-score));
      const residual = (labels[index] === true ? 1 : 0) - p;
      const weight = p * (1 - p);
      for (let k = 0; k < count; k += 1) {
        const a = nonZero[k] as number;
        const xa = x[a] ?? 0;
        gradient[a] = (gradient[a] ?? 0) + residual * xa;
        for (let j = 0; j <= k; j += 1) {
          const b = nonZero[j] as number;
          hessian[a * size + b] = (hessian[a * size + b] ?? 0) + weight * xa * (x[b] ?? 0);
        }
      }
    }
    for (let a = 1; a < size; a += 1) {
      gradient[a] = (gradient[a] ?? 0) - l2 * (beta[a] ?? 0);
      hessian[a * size + a] = (hessian[a * size + a] ?? 0) + l2;
    }
    // A tiny jitter keeps the Cholesky factorization defined when a column is all zero.
    for (let a = 0; a < size; a += 1) hessian[a * size + a] = (hessian[a * size + a] ?? 0) + 1e-10;
    const step = solveSymmetric(hessian, gradient, size);
    let largest = 0;
    for (let a = 0; a < size; a += 1) {
      beta[a] = (beta[a] ?? 0) + (step[a] ?? 0);
      largest = Math.max(largest, Math.abs(step[a] ?? 0));
    }
    converged = largest < tolerance;
  }
  const intercept = beta[0] ?? 0;
  const coefficients = beta.slice(1);
  return {
    intercept,
    coefficients,
    iterations,
    converged,
    predict(row) {
      let score = intercept;
      for (let column = 0; column < columns; column += 1) score += (coefficients[column] ?? 0) * (row[column] ?? 0);
      return 1 / (1 + Math.exp(-score));
    },
  };
}
