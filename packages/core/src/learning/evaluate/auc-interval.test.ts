import { describe, expect, it } from 'vitest';
import { aucInterval } from './auc-interval.js';

describe('aucInterval', () => {
  it('matches the Hanley–McNeil standard error computed by hand', () => {
    // A = 0.8, 50 positives, 450 negatives: Q1 = 0.8/1.2, Q2 = 1.28/1.8;
    // variance = (0.16 + 49·(Q1 − 0.64) + 449·(Q2 − 0.64)) / 22,500 = 0.00148425, SE = 0.038526.
    const [low, high] = aucInterval(0.8, 50, 450);
    expect(low).toBeCloseTo(0.8 - 1.959964 * 0.038526, 4);
    expect(high).toBeCloseTo(0.8 + 1.959964 * 0.038526, 4);
  });

  it('narrows with more positives and stays within [0, 1]', () => {
    const few = aucInterval(0.7, 10, 500);
    const many = aucInterval(0.7, 200, 500);
    expect(few[1] - few[0]).toBeGreaterThan(many[1] - many[0]);
    expect(aucInterval(0.99, 3, 5)[1]).toBeLessThanOrEqual(1);
    expect(aucInterval(0.6, 0, 5)).toEqual([0, 1]);
  });
});
