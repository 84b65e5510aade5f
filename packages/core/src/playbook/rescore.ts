import type { CompiledIcp } from './compile-icp.js';
import { dimensionStatus } from './fit-score.js';

/** One contact of a re-scoring result. */
export interface RescoredContact {
  /** Row index in the feature table. */
  index: number;
  fit: number;
  matched: boolean;
}

/** Result of {@link rescore}. */
export interface RescoreResult {
  /** The best `topK` contacts by fit descending, then row index ascending. */
  top: RescoredContact[];
  /** ICP matches among all contacts. */
  matchedCount: number;
}

/** Options of {@link rescore}. */
export interface RescoreOptions {
  /** How many of the best contacts to return. Default 1,000. */
  topK?: number;
  /**
   * Every contact's fit is written here when given (length >= the table size); otherwise a scratch
   * buffer is allocated per call.
   */
  fits?: Float64Array;
}

/** Min-heap of row indices by (fit, then higher index first): the root is the worst kept contact. */
function siftDown(heap: Int32Array, length: number, fits: Float64Array, start: number): void {
  let parent = start;
  const item = heap[parent] as number;
  const itemFit = fits[item] as number;
  for (;;) {
    let child = 2 * parent + 1;
    if (child >= length) break;
    const right = child + 1;
    if (right < length && worse(heap[right] as number, heap[child] as number, fits)) child = right;
    const childItem = heap[child] as number;
    const childFit = fits[childItem] as number;
    if (childFit > itemFit || (childFit === itemFit && childItem < item)) break;
    heap[parent] = childItem;
    parent = child;
  }
  heap[parent] = item;
}

function worse(a: number, b: number, fits: Float64Array): boolean {
  const fitA = fits[a] as number;
  const fitB = fits[b] as number;
  return fitA < fitB || (fitA === fitB && a > b);
}

function siftUp(heap: Int32Array, fits: Float64Array, start: number): void {
  let child = start;
  const item = heap[child] as number;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!worse(item, heap[parent] as number, fits)) break;
    heap[child] = heap[parent] as number;
    child = parent;
  }
  heap[child] = item;
}

/**
 * Re-scores every contact of a feature table against a compiled ICP and returns the top K:
 * fit = (companySums[company[i]] + roleSums[role[i]]) / Σ weight over typed arrays, while a bounded
 * min-heap keeps the best K in the same pass. Equal to `fitScore` on the same contacts (same scorers, same
 * summation order).
 */
export function rescore(compiled: CompiledIcp, options: RescoreOptions = {}): RescoreResult {
  const size = compiled.size;
  const topK = Math.max(0, Math.min(options.topK ?? 1000, size));
  const fits = options.fits ?? new Float64Array(size);
  const { companyCodes, roleCodes, companySums, roleSums, companyStatus, roleStatus, totalWeight } = compiled;
  const threshold = compiled.matchThreshold;
  const heap = new Int32Array(topK);
  let heapLength = 0;
  let matchedCount = 0;
  const rowStatus = (row: number): number =>
    (companyStatus ? (companyStatus[companyCodes[row] as number] as number) : 0) | (roleStatus ? (roleStatus[roleCodes[row] as number] as number) : 0);

  const hasStatus = companyStatus !== undefined || roleStatus !== undefined;
  for (let row = 0; row < size; row++) {
    const sum = (companySums[companyCodes[row] as number] as number) + (roleSums[roleCodes[row] as number] as number);
    const fit = sum === Number.NEGATIVE_INFINITY ? 0 : totalWeight > 0 ? sum / totalWeight : 1;
    fits[row] = fit;
    // Statuses are only looked up for rows that reach the threshold (hard fails are already 0).
    if (fit >= threshold && (!hasStatus || rowStatus(row) === 0)) matchedCount++;
    if (heapLength < topK) {
      heap[heapLength] = row;
      siftUp(heap, fits, heapLength++);
    } else if (topK > 0 && fit > (fits[heap[0] as number] as number)) {
      // Rows arrive in ascending index order, so an equal fit never displaces the root.
      heap[0] = row;
      siftDown(heap, heapLength, fits, 0);
    }
  }

  const top = Array.from(heap.subarray(0, heapLength), (row) => ({
    index: row,
    fit: fits[row] as number,
    matched: rowStatus(row) === 0 && (fits[row] as number) >= threshold,
  }));
  top.sort((a, b) => b.fit - a.fit || a.index - b.index);
  return { top, matchedCount };
}
