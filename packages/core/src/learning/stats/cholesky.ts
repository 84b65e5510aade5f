/**
 * Cholesky factorization of a symmetric positive-definite matrix and the triangular solves that
 * go with it (dense, row-major `Float64Array`s of size × size).
 */

/**
 * The lower-triangular L with L·Lᵀ = A, reading only A's lower triangle. A pivot that is not
 * positive (A only semi-definite, or rounding) is floored at 1e-300 so the factor stays finite.
 *
 * @example
 * choleskyFactor(Float64Array.of(4, 0, 2, 2), 2); // [2, 0, 1, 1]
 */
export function choleskyFactor(lower: Float64Array, size: number): Float64Array {
  const factor = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) {
    const rowI = i * size;
    for (let j = 0; j <= i; j += 1) {
      const rowJ = j * size;
      let sum = lower[rowI + j] as number;
      for (let k = 0; k < j; k += 1) sum -= (factor[rowI + k] as number) * (factor[rowJ + k] as number);
      factor[rowI + j] = i === j ? Math.sqrt(Math.max(sum, 1e-300)) : sum / (factor[rowJ + j] as number);
    }
  }
  return factor;
}

/** Solves L·y = b (forward substitution) for the lower-triangular factor L. */
export function solveLower(factor: Float64Array, right: ArrayLike<number>, size: number): Float64Array {
  const y = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    let sum = right[i] ?? 0;
    for (let k = 0; k < i; k += 1) sum -= (factor[i * size + k] ?? 0) * (y[k] ?? 0);
    y[i] = sum / (factor[i * size + i] ?? 1);
  }
  return y;
}

/** Solves Lᵀ·x = y (back substitution) for the lower-triangular factor L. */
export function solveUpper(factor: Float64Array, right: ArrayLike<number>, size: number): Float64Array {
  const solution = new Float64Array(size);
  for (let i = size - 1; i >= 0; i -= 1) {
    let sum = right[i] ?? 0;
    for (let k = i + 1; k < size; k += 1) sum -= (factor[k * size + i] ?? 0) * (solution[k] ?? 0);
    solution[i] = sum / (factor[i * size + i] ?? 1);
  }
  return solution;
}

/** Solves A·x = b for symmetric positive-definite A (lower triangle filled) by Cholesky. */
export function solveSymmetric(lower: Float64Array, right: ArrayLike<number>, size: number): Float64Array {
  const factor = choleskyFactor(lower, size);
  return solveUpper(factor, solveLower(factor, right, size), size);
}
